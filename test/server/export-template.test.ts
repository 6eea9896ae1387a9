/**
 * exportPlanToDoc with `Mẫu văn bản` = the school's own Google Doc (a template built in the
 * fakes through DocumentApp): placeholders filled as plain text, list placeholders one
 * paragraph per line, the item row once per item under a band per standard, the template's
 * page and styles kept; bad templates refused before any Doc is made.
 */
import { describe, expect, it } from '@jest/globals';
import { createFakes } from '../fakes';
import type { TableDump } from '../fakes/document';
import { loadBundle } from '../helpers/load-bundle';
import { makeTemplate, TEMPLATE_HEADERS } from '../helpers/doc-template';
import { generatePlan } from '../fixtures/generate';

function run(
  link: (id: string) => string,
  rows?: string[][],
  edit?: (info: unknown[][]) => void,
  mergeBand = false,
) {
  const { sheets } = generatePlan(12);
  const fakes = createFakes({ spreadsheet: { sheets }, now: '2026-05-04T02:00:00Z', ui: false });
  const id = makeTemplate(fakes, rows, { mergeBand });
  const info = sheets['Thông tin chung'] as unknown[][];
  info.push(['Mẫu văn bản', link(id)]);
  edit?.(info);
  // The template's id is known once it exists: the sheet is written after it.
  const sheet =
    fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Thông tin chung');
  sheet?.getRange(1, 1, info.length, 2).setValues(info);
  const app = loadBundle(fakes);
  fakes.calls.reset();
  let error = '';
  let result: { id: string } | null = null;
  try {
    result = app.callJson<{ id: string }>('exportPlanToDoc');
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  return { fakes, id, app, error, result, plan: sheets['Kế hoạch'] as unknown[][] };
}

describe('export from the school’s own Doc template', () => {
  const { fakes, id, result, plan } = run(
    (id) => `https://docs.google.com/document/d/${id}/edit?usp=sharing`,
  );
  const doc = fakes.state.documents.get(result?.id ?? '');
  const template = fakes.state.documents.get(id);

  it('makes one new Doc and leaves the template untouched', () => {
    expect(result?.id).not.toBe(id);
    expect(fakes.state.documents.list()).toHaveLength(2);
    expect(fakes.state.documents.get(id).text).toBe(template.text);
    expect(template.text).toContain('{{Tên trường}}');
  });

  it('fills every `Mục` placeholder and keeps each paragraph’s style and the page', () => {
    const [school, number] = doc.blocks;
    expect(school).toMatchObject({
      text: 'Trường Tiểu học An Bình',
      attributes: { FONT_FAMILY: 'Arial', FONT_SIZE: 13, BOLD: true },
    });
    expect(number?.type === 'PARAGRAPH' && number.text).toBe('Số: 45/KH-THAB — năm học 2025-2026');
    expect(doc.page).toMatchObject({ PAGE_WIDTH: 842, PAGE_HEIGHT: 595, MARGIN_LEFT: 50 });
    expect(doc.text).not.toContain('{{');
  });

  it('expands `Căn cứ` and `Nơi nhận` to one paragraph per line, in the placeholder’s style', () => {
    const paragraphs = doc.blocks.filter((b) => b.type === 'PARAGRAPH');
    const bases = paragraphs.filter((p) => p.text.startsWith('Căn cứ'));
    expect(bases.length).toBeGreaterThanOrEqual(2);
    for (const b of bases) expect(b.attributes).toMatchObject({ ITALIC: true, FONT_SIZE: 12 });
    const label = paragraphs.findIndex((p) => p.text === 'Nơi nhận:');
    const recipients = paragraphs.slice(label + 1, -1);
    expect(recipients.map((p) => p.text).at(-1)).toBe('- Lưu: VT.');
    for (const r of recipients) expect(r.attributes).toMatchObject({ FONT_SIZE: 10 });
    expect(paragraphs.at(-1)?.text).toBe('Nguyễn Văn An');
  });

  it('repeats the item row once per item, in catalog order, under one band per standard', () => {
    const tables = doc.blocks.filter((b): b is TableDump => b.type === 'TABLE');
    expect(tables).toHaveLength(1);
    const table = tables[0] as TableDump;
    const texts = table.rows.map((r) => r.cells.map((c) => c.text));
    expect(texts[0]).toEqual(TEMPLATE_HEADERS);
    const items = texts.filter((r) => /^\d+$/.test(r[0] ?? ''));
    expect(items).toHaveLength(plan.length - 1);
    expect(items.map((r) => r[0])).toEqual(items.map((_, i) => String(i + 1)));
    const bands = texts.filter((r) => /^Tiêu chuẩn \d/.test(r[0] ?? ''));
    expect(bands.length).toBeGreaterThan(1);
    expect(texts[1]?.[0]).toMatch(/^Tiêu chuẩn 1/);
    // Styles: the template's table, header and band rows; widths kept.
    expect(table.attributes).toMatchObject({ BORDER_WIDTH: 1 });
    expect(table.columnWidths[2]).toBe(300);
    expect(table.rows[0]?.cells.map((c) => c.background)).toEqual(
      TEMPLATE_HEADERS.map(() => '#eeeeee'),
    );
    expect(table.rows[0]?.cells[0]?.paragraphs[0]?.attributes).toMatchObject({ BOLD: true });
    expect(table.rows[1]?.cells[0]?.paragraphs[0]?.attributes).toMatchObject({
      ITALIC: true,
      BOLD: true,
    });
    const item = table.rows.find((r) => r.cells[0]?.text === '1');
    expect(item?.cells[0]?.paragraphs[0]?.attributes).toMatchObject({
      FONT_FAMILY: 'Arial',
      FONT_SIZE: 11,
    });
    expect(item?.cells[0]?.paragraphs[0]?.attributes.BOLD).not.toBe(true);
  });

  it('leaves no empty paragraph behind the table', () => {
    const i = doc.blocks.findIndex((b) => b.type === 'TABLE');
    expect(doc.blocks[i + 1]).toMatchObject({ type: 'PARAGRAPH', text: 'Nơi nhận:' });
  });
});

describe('a template whose band row is merged across the table', () => {
  const { fakes, result } = run((id) => id, undefined, undefined, true);
  const doc = fakes.state.documents.get(result?.id ?? '');
  const table = doc.blocks.find((b): b is TableDump => b.type === 'TABLE');
  const rows = table?.rows ?? [];
  const bands = rows.filter((r) => /^Tiêu chuẩn \d/.test(r.cells[0]?.text ?? ''));

  it('gives every repeated band row the same merge, through one Docs batchUpdate', () => {
    expect(bands.length).toBeGreaterThan(1);
    for (const band of bands)
      expect(band.cells.map((c) => c.colSpan)).toEqual([TEMPLATE_HEADERS.length, 0, 0, 0, 0]);
    // Header and item rows stay one cell per column.
    const others = rows.filter((r) => !bands.includes(r));
    for (const r of others) expect(r.cells.every((c) => c.colSpan === 1)).toBe(true);
    const merges = fakes.state.docsApi.batches.flat().filter((q) => 'mergeTableCells' in q);
    expect(merges).toHaveLength(bands.length + 1); // the template's own merge, then the export's
  });

  it('keeps the band text in the merged head cell', () => {
    expect(bands[0]?.cells[0]?.text).toMatch(/^Tiêu chuẩn 1: /);
    expect(doc.text).not.toContain('{{');
  });
});

describe('a failed re-export into the shared template Doc', () => {
  it('says the Doc may be incomplete and to export again, never that it was kept', () => {
    const { fakes, app, result } = run((id) => id);
    const property = fakes.state.properties.document.get('exportDoc');
    fakes.runtime.refuse('Paragraph.setText', 'Service unavailable: Documents');
    expect(() => app.call('exportPlanToDoc')).toThrow(/có thể chưa đủ nội dung\. Hãy xuất lại/);
    expect(fakes.state.documents.list()).toHaveLength(2); // the template and the shared Doc
    expect(fakes.state.properties.document.get('exportDoc')).toBe(property);
    expect(result?.id).toBeTruthy();
  });
});

describe('plain text', () => {
  it('inserts user text literally: `{{…}}`, `$1` and regex characters stay as typed', () => {
    const school = 'Trường {{Người ký}} $1 (a|b)* \\d';
    const { fakes, result } = run(
      (id) => id,
      undefined,
      (info) => {
        const row = info.find((r) => r[0] === 'Tên trường') as unknown[];
        row[1] = school;
      },
    );
    const doc = fakes.state.documents.get(result?.id ?? '');
    expect(doc.blocks[0]).toMatchObject({ text: school });
  });
});

describe('templates refused before anything is written', () => {
  const unreadable =
    'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit';
  it.each([
    [
      'an unknown placeholder',
      [TEMPLATE_HEADERS, ['{{TT}}', '{{Hiệu phó}}', '', '', '']],
      (id: string) => id,
      /“\{\{Hiệu phó\}\}” không dùng được/,
    ],
    [
      'an item placeholder outside the table',
      [TEMPLATE_HEADERS, ['{{TT}}', '', '', '', '']],
      (id: string) => `${id}`,
      null,
    ],
    [
      'no item row',
      [
        ['TT', 'Tiêu chí'],
        ['{{Tên trường}}', ''],
      ],
      (id: string) => id,
      /chưa có bảng với hàng chứa tên cột/,
    ],
    [
      'a link that is not a readable Doc',
      undefined,
      () => unreadable,
      /Không mở được “Mẫu văn bản”/,
    ],
  ])('%s', (_, rows, link, message) => {
    const { fakes, error, result } = run(link, rows);
    if (!message) {
      expect(error).toBe('');
      return;
    }
    expect(result).toBeNull();
    expect(error).toMatch(message);
    expect(fakes.state.documents.list()).toHaveLength(1); // the template only
    expect(fakes.calls.family('Document')).toBe(0);
  });
});
