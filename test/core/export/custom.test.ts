import { describe, expect, it } from '@jest/globals';
import { chooseTemplate } from '../../../src/core/export/choose';
import { planTemplateFill, templateDocId, type Described } from '../../../src/core/export/custom';
import { groupItems } from '../../../src/core/export/build';
import { buildPlan } from '../../../src/core/plan/read';
import { sheetValuesOf } from '../../fixtures/sample-sheets';
import { sample002 } from '../../fixtures/samples';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd';
const values = sheetValuesOf(sample002());
const { plan } = buildPlan(values);
const fill = (body: Described[] | null) => planTemplateFill(plan, values.info, body);
const itemRow = ['{{TT}}', '{{Tiêu chí}}', '{{Biện pháp thực hiện}}', '{{Chủ trì}}'].map((p) => [
  p,
]);

describe('Mẫu văn bản = a Google Doc', () => {
  it.each([
    [`https://docs.google.com/document/d/${ID}/edit?usp=sharing`],
    [`https://docs.google.com/document/u/1/d/${ID}/edit#heading=h.1`],
    [`docs.google.com/document/d/${ID}`],
    [` ${ID} `],
  ])('reads the id from %s', (value) => {
    expect(templateDocId(value)).toBe(ID);
    const info = [
      ['Mục', 'Giá trị'],
      ['Mẫu văn bản', value],
    ];
    expect(chooseTemplate(info)).toMatchObject({ ok: true, docId: ID });
  });

  it('is not a word, NĐ30 or TT57', () => {
    for (const v of ['', 'NĐ30', 'TT57', 'mẫu của phòng', 'https://example.com/x'])
      expect(templateDocId(v)).toBeNull();
  });
});

describe('the fill plan of a template', () => {
  it('fills every `Mục` by its name, NFC and as plain text, a paragraph without placeholders copied as is', () => {
    const result = fill(['KẾ HOẠCH', '{{Tên trường}} — {{ số văn bản }}', [[['{{TT}}']]]]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.steps[0]).toEqual({ from: 0, texts: [null] });
    const school = plan.info.schoolName.normalize('NFC');
    expect(result.steps[1]).toEqual({
      from: 1,
      texts: [`${school} — ${String(values.info?.find((r) => r[0] === 'Số văn bản')?.[1] ?? '')}`],
    });
  });

  it('expands a list placeholder to one paragraph per line, keeping the text around it', () => {
    const result = fill(['- {{Nơi nhận}}', '{{Căn cứ}}', [itemRow]]);
    if (!result.ok) throw new Error(result.message);
    const [recipients, bases] = result.steps as { texts: string[] }[];
    expect(recipients?.texts.length).toBeGreaterThan(1);
    expect(recipients?.texts.at(-1)).toMatch(/^- - Lưu/);
    expect(bases?.texts.every((t) => t.startsWith('Căn cứ'))).toBe(true);
  });

  it('repeats the item row per item in catalog order, the band row per standard, fixed rows once', () => {
    const table: string[][][] = [
      [['TT'], ['Nội dung'], ['Biện pháp'], ['Chủ trì']],
      [['{{Tiêu chuẩn}}'], [''], [''], ['']],
      itemRow,
      [['Tổng'], [''], [''], ['{{Người ký}}']],
    ];
    const result = fill([table]);
    if (!result.ok) throw new Error(result.message);
    const step = result.steps[0] as { item: number; rows: { like: number; cells: string[] }[] };
    expect(step.item).toBe(2);
    const groups = groupItems(plan);
    const items = groups.flatMap((g) => g.items);
    expect(step.rows).toHaveLength(2 + groups.length + items.length);
    expect(step.rows[0]).toEqual({ like: 0, cells: ['TT', 'Nội dung', 'Biện pháp', 'Chủ trì'] });
    expect(step.rows[1]?.like).toBe(1);
    expect(step.rows[1]?.cells[0]).toMatch(/^Tiêu chuẩn \d/);
    const itemRows = step.rows.filter((r) => r.like === 2);
    expect(itemRows.map((r) => r.cells[0])).toEqual(items.map((_, i) => String(i + 1)));
    expect(itemRows.map((r) => r.cells[2])).toEqual(items.map((i) => i.actions));
    expect(step.rows.at(-1)?.like).toBe(3);
    expect(step.rows.at(-1)?.cells[3]).toBe(plan.info.signer);
  });

  it('sets the placeholders of a table without items cell paragraph by cell paragraph', () => {
    const result = fill([[[['{{Tên trường}}', 'Số: {{Số văn bản}}'], ['CỘNG HÒA']]], [itemRow]]);
    if (!result.ok) throw new Error(result.message);
    expect(result.steps[0]).toMatchObject({
      from: 0,
      edits: [
        [0, 0, 0, plan.info.schoolName],
        [0, 0, 1, expect.stringMatching(/^Số: /)],
      ],
    });
  });

  it('never reads a value as a placeholder again', () => {
    const info = (values.info ?? []).map((r) =>
      r[0] === 'Tên trường' ? ['Tên trường', '{{Người ký}} $&'] : r,
    );
    const result = planTemplateFill(plan, info, ['{{Tên trường}}', [itemRow]]);
    expect(result.ok && result.steps[0]).toEqual({ from: 0, texts: ['{{Người ký}} $&'] });
  });

  it.each([
    ['an unknown placeholder', ['{{Hiệu phó}}', [itemRow]], /“\{\{Hiệu phó\}\}” không dùng được/],
    [
      'an item placeholder outside a table',
      ['{{Biện pháp thực hiện}}', [itemRow]],
      /không dùng được/,
    ],
    ['no item row', ['{{Tên trường}}', [[['{{Tiêu chuẩn}}']]]], /chưa có bảng/],
    ['nothing at all', [], /chưa có bảng/],
  ])('refuses %s', (_, body, message) => {
    const result = fill(body as Described[]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
    expect(!result.ok && result.message).toMatch(/Chưa xuất gì\.$/);
  });

  it('refuses a link that is not a readable Doc', () => {
    expect(fill(null)).toEqual({ ok: false, message: expect.stringMatching(/^Không mở được/) });
  });
});
