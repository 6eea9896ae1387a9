/**
 * Export through build/Code.js in the strict fakes: the band rows merged and the column widths
 * set through the Docs advanced service (and the DocumentApp fallback without it), no empty
 * unstyled paragraph, the shared Doc across editors, hand edits never overwritten, a failed
 * re-export leaving the previous Doc as it was, `Mẫu văn bản`, and the call budget.
 */
import { describe, expect, it } from '@jest/globals';
import { createFakes, type FakeOptions } from '../fakes';
import type { DocumentDump, ParagraphDump, TableDump } from '../fakes/document';
import { loadBundle } from '../helpers/load-bundle';
import { generatePlan } from '../fixtures/generate';
import { sample002, type Grid } from '../fixtures/samples';

function exportOf(sheets: Record<string, Grid>, options: FakeOptions = {}) {
  const fakes = createFakes({ spreadsheet: { sheets }, now: '2026-05-04T02:00:00Z', ...options });
  const app = loadBundle(fakes);
  fakes.calls.reset();
  const result = app.callJson<{ id: string; url: string }>('exportPlanToDoc');
  return { fakes, app, result, doc: fakes.state.documents.get(result.id) };
}

const tablesOf = (doc: DocumentDump): TableDump[] =>
  doc.blocks.filter((b): b is TableDump => b.type === 'TABLE');
const allParagraphs = (doc: DocumentDump): ParagraphDump[] =>
  doc.blocks.flatMap((b) =>
    b.type === 'PARAGRAPH' ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)),
  );
const shared = (fakes: ReturnType<typeof createFakes>) =>
  JSON.parse(fakes.state.properties.document.get('exportDoc') ?? 'null') as {
    id: string;
    by: string;
  } | null;
const lastDialog = (fakes: ReturnType<typeof createFakes>): string =>
  fakes.state.ui.dialogs.at(-1)?.html ?? '';

function expectNoUnstyledEmptyParagraph(doc: DocumentDump): void {
  const empty = allParagraphs(doc).filter((p) => p.text === '');
  expect(empty.length).toBeGreaterThan(0);
  for (const p of empty) {
    expect(p.attributes.FONT_FAMILY).toBe('Times New Roman');
    expect(typeof p.attributes.FONT_SIZE).toBe('number');
  }
}

describe('the plan table on the Doc (Docs advanced service)', () => {
  const { fakes, doc } = exportOf(sample002().sheets);
  const plan = tablesOf(doc)[1] as TableDump;

  it('merges each standard row into one bold cell across the nine columns', () => {
    const bands = plan.rows.filter((r) => r.cells[0]?.colSpan === 9);
    expect(bands.map((r) => r.cells[0]?.text)).toEqual([
      'Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học',
      'Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ',
    ]);
    for (const band of bands) {
      expect(band.cells.slice(1).map((c) => c.colSpan)).toEqual(Array(8).fill(0));
      expect(band.attributes.BOLD).toBe(true);
    }
    // The total's label spans the six columns before the budget.
    expect(plan.rows.at(-1)?.cells.map((c) => c.colSpan)).toEqual([6, 0, 0, 0, 0, 0, 1, 1, 1]);
  });

  it('sets widths from content that fill the 165 mm text width, actions widest, TT narrowest', () => {
    const widths = plan.columnWidths as number[];
    expect(widths.every((w) => typeof w === 'number')).toBe(true);
    expect(Math.round(widths.reduce((a, b) => a + b, 0) * 100)).toBe(
      Math.round((165 * 72 * 100) / 25.4),
    );
    expect(Math.max(...widths)).toBe(widths[3]);
    expect(Math.min(...widths)).toBe(widths[0]);
  });

  it('asks Docs once, limited by fields, after saving, and sends one batchUpdate', () => {
    expect(fakes.state.docsApi.gets).toEqual(['body.content(startIndex,table(rows,columns))']);
    expect(fakes.state.docsApi.batches).toHaveLength(1);
    expect(fakes.calls.family('Docs')).toBe(2);
    expect(fakes.calls.byMethod()['Document.saveAndClose']).toBe(1);
  });

  it('leaves no empty unstyled paragraph, even the one Docs adds after each table', () => {
    expectNoUnstyledEmptyParagraph(doc);
    expect(doc.blocks.at(-1)).toMatchObject({ type: 'PARAGRAPH', text: '' });
    expect((doc.blocks.at(-1) as ParagraphDump).attributes.FONT_SIZE).toBe(1);
  });

  it('turns landscape widths to the 252 mm text width', () => {
    const sheets = sample002().sheets;
    (sheets['Thông tin chung'] as Grid).push(['Khổ ngang', 'Có']);
    const widths = (tablesOf(exportOf(sheets).doc)[1] as TableDump).columnWidths as number[];
    expect(Math.round(widths.reduce((a, b) => a + b, 0) * 100)).toBe(
      Math.round((252 * 72 * 100) / 25.4),
    );
    expect(Math.max(...widths)).toBe(widths[3]);
  });
});

describe('without the Docs advanced service', () => {
  const { fakes, doc } = exportOf(sample002().sheets, { docsService: false });

  it('shows each standard as a one-cell row of the table’s total width', () => {
    const tables = tablesOf(doc);
    const bands = tables.filter((t) => t.rows.length === 1 && t.rows[0]?.cells.length === 1);
    expect(bands.map((t) => t.rows[0]?.cells[0]?.text)).toEqual([
      'Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học',
      'Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ',
    ]);
    const plan = tables[1] as TableDump;
    const total = (plan.columnWidths as number[]).reduce((a, b) => a + b, 0);
    for (const band of bands) expect(band.columnWidths[0]).toBeCloseTo(total, 2);
    expect(fakes.calls.family('Docs')).toBe(0);
  });

  it('leaves no empty unstyled paragraph either', () => {
    expectNoUnstyledEmptyParagraph(doc);
  });

  it('re-exports in place, the old content gone', () => {
    const { fakes: world, app, result, doc } = exportOf(sample002().sheets, { docsService: false });
    app.callJson('exportPlanToDoc');
    const after = world.state.documents.get(result.id);
    expect(world.state.documents.list()).toHaveLength(1);
    expect(after.blocks).toEqual(doc.blocks);
  });
});

describe('re-export never loses a hand edit', () => {
  it('makes a new Doc when the previous one was edited, leaves it untouched, and gives both links', () => {
    const { fakes, app, result } = exportOf(sample002().sheets);
    const body = fakes.globals.DocumentApp.openById(result.id).getBody();
    body.appendParagraph('Bổ sung của Hiệu trưởng: họp hội đồng ngày 15/10.');
    const edited = fakes.state.documents.get(result.id);
    const next = app.callJson<{ id: string; url: string }>('exportPlanToDoc');
    expect(next.id).not.toBe(result.id);
    expect(fakes.state.documents.get(result.id)).toEqual(edited);
    expect(shared(fakes)?.id).toBe(next.id);
    const html = lastDialog(fakes);
    expect(html).toContain('đã được sửa tay');
    expect(html).toContain(`href="${next.url}"`);
    expect(html).toContain(`href="${result.url}"`);
  });

  it('treats a Doc remembered without a fingerprint (older versions) as possibly edited', () => {
    const { fakes, app, result } = exportOf(sample002().sheets);
    const store = fakes.state.properties.document;
    store.delete('exportDoc');
    store.set('exportDocId', result.id);
    const before = fakes.state.documents.get(result.id);
    const next = app.callJson<{ id: string }>('exportPlanToDoc');
    expect(next.id).not.toBe(result.id);
    expect(fakes.state.documents.get(result.id)).toEqual(before);
    expect(store.has('exportDocId')).toBe(false);
    expect(shared(fakes)?.id).toBe(next.id);
  });
});

describe('a failed re-export leaves the previous Doc as it was', () => {
  it.each([
    ['a DocumentApp call mid-build', 'TableCell.appendParagraph'],
    ['the Docs batchUpdate', 'Docs.Documents.batchUpdate'],
    ['the Docs get', 'Docs.Documents.get'],
  ])('when %s fails', (_, method) => {
    const { fakes, app, result } = exportOf(sample002().sheets);
    const before = fakes.state.documents.get(result.id);
    const property = fakes.state.properties.document.get('exportDoc');
    fakes.runtime.refuse(method, 'Service unavailable: Documents');
    expect(() => app.call('exportPlanToDoc')).toThrow(/tài liệu của lần xuất trước vẫn giữ nguyên/);
    expect(fakes.state.documents.get(result.id)).toEqual(before);
    expect(fakes.state.documents.list()).toHaveLength(1);
    expect(fakes.state.properties.document.get('exportDoc')).toBe(property);
  });
});

describe('one shared Doc for every editor', () => {
  const previous = (by: string) => ({
    document: { exportDoc: JSON.stringify({ id: 'gone-doc', fingerprint: 'x', by }) },
  });

  it('a Doc its own exporter cannot open is gone: the new one becomes the shared Doc', () => {
    const { fakes, result } = exportOf(sample002().sheets, {
      user: 'ht@truong.edu.vn',
      properties: previous('ht@truong.edu.vn'),
    });
    expect(shared(fakes)).toEqual(
      expect.objectContaining({ id: result.id, by: 'ht@truong.edu.vn' }),
    );
    expect(lastDialog(fakes)).toContain('đã bị xóa; tài liệu mới thành tài liệu chung');
  });

  it('another editor who cannot open it gets a private Doc, told to ask the owner; the pointer stays', () => {
    const { fakes, result } = exportOf(sample002().sheets, {
      user: 'gv@truong.edu.vn',
      properties: previous('ht@truong.edu.vn'),
    });
    expect(shared(fakes)?.id).toBe('gone-doc');
    expect(result.id).not.toBe('gone-doc');
    const html = lastDialog(fakes);
    expect(html).toContain('Đã tạo tài liệu riêng cho bạn');
    expect(html).toContain('hãy nhờ ht@truong.edu.vn chia sẻ quyền sửa');
    expect(html).toContain('https://docs.google.com/document/d/gone-doc/edit');
  });

  it('a second editor re-exports the shared Doc in place', () => {
    const first = exportOf(sample002().sheets, { user: 'ht@truong.edu.vn' });
    const property = first.fakes.state.properties.document.get('exportDoc') as string;
    const fakes = createFakes({
      spreadsheet: { sheets: sample002().sheets },
      user: 'pht@truong.edu.vn',
      properties: { document: { exportDoc: property } },
    });
    // Both run against the same documents: hand the first world's Doc to the second.
    const app = loadBundle({
      ...fakes,
      globals: {
        ...fakes.globals,
        DocumentApp: first.fakes.globals.DocumentApp,
        Docs: first.fakes.globals.Docs,
      },
    });
    const again = app.callJson<{ id: string }>('exportPlanToDoc');
    expect(again.id).toBe(first.result.id);
    expect(first.fakes.state.documents.list()).toHaveLength(1);
  });
});

describe('Mẫu văn bản', () => {
  it('TT57 selects the Biểu 2 table', () => {
    const sheets = sample002().sheets;
    (sheets['Thông tin chung'] as Grid).push(['Mẫu văn bản', 'TT57']);
    const plan = tablesOf(exportOf(sheets).doc)[1] as TableDump;
    expect(plan.rows[0]?.cells.map((c) => c.text)).toEqual([
      'Nội dung',
      'Mục tiêu',
      'Giải pháp',
      'Chỉ số kết quả',
      'Thời gian',
      'Phụ trách',
      'Nguồn lực',
      'Minh chứng dự kiến',
      'Mức độ thực hiện',
    ]);
  });

  it('an unknown value is reported with its row before anything is written', () => {
    const sheets = sample002().sheets;
    const info = sheets['Thông tin chung'] as Grid;
    info.push(['Mẫu văn bản', 'Mẫu của Phòng']);
    const fakes = createFakes({ spreadsheet: { sheets } });
    expect(() => loadBundle(fakes).call('exportPlanToDoc')).toThrow(
      new RegExp(`Dòng ${info.length}, cột “Giá trị” \\(B\\): “Mẫu văn bản” chỉ nhận`),
    );
    expect(fakes.state.documents.list()).toHaveLength(0);
  });
});

describe('service calls', () => {
  it.each([30, 300])('stay flat and ≤ 130 in all for %d items, new and re-export', (items) => {
    const { fakes, app } = exportOf(generatePlan(items).sheets);
    const count = () =>
      fakes.calls.family('Document') + fakes.calls.family('Docs') + fakes.calls.family('Drive');
    const created = count();
    fakes.calls.reset();
    app.callJson('exportPlanToDoc');
    expect({ items, created, reexport: count() }).toEqual({
      items,
      created: expect.any(Number),
      reexport: expect.any(Number),
    });
    expect(created).toBeLessThanOrEqual(130);
    expect(count()).toBeLessThanOrEqual(130);
  });
});
