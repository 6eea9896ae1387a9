/**
 * exportPlanToDoc / exportPlanToNewDoc through build/Code.js in the strict fakes: the Doc's
 * structure and the attributes the template fixes, for the real sample plans; re-export in
 * place; placement; incomplete and hostile plans; a 300-item plan within the call budget.
 */
// @ts-nocheck

import { describe, expect, it } from '@jest/globals';
import { createFakes, type FakeOptions } from '../fakes';
import type { CellDump, DocumentDump, ParagraphDump, TableDump } from '../fakes/document';
import { loadBundle } from '../helpers/load-bundle';
import { generatePlan } from '../fixtures/generate';
import { sample001, sample002, type Grid } from '../fixtures/samples';

const MM = 72 / 25.4;
const HEADERS = [
  'TT',
  'Tiêu chuẩn, tiêu chí',
  'Kết quả cần đạt (so với hiện trạng)',
  'Công việc/giải pháp cần thực hiện',
  'Chủ trì và phối hợp thực hiện',
  'Thời gian thực hiện và hoàn thành',
  'Dự kiến kinh phí',
  'Điều kiện hỗ trợ khác',
  'Ghi chú',
];

function exportOf(sheets: Record<string, Grid>, options: FakeOptions = {}) {
  const fakes = createFakes({ spreadsheet: { sheets }, now: '2026-05-04T02:00:00Z', ...options });
  const app = loadBundle(fakes);
  fakes.calls.reset();
  const result = app.callJson<{ id: string; url: string }>('exportPlanToDoc');
  const doc = fakes.state.documents.get(result.id);
  return { fakes, app, result, doc };
}

const paragraphsOf = (doc: DocumentDump): ParagraphDump[] =>
  doc.blocks.filter((b): b is ParagraphDump => b.type === 'PARAGRAPH');
const tablesOf = (doc: DocumentDump): TableDump[] =>
  doc.blocks.filter((b): b is TableDump => b.type === 'TABLE');
const texts = (row: { cells: CellDump[] }): string[] => row.cells.map((c) => c.text);
function paragraph(doc: DocumentDump, text: string | RegExp): ParagraphDump {
  const p = paragraphsOf(doc).find((x) =>
    typeof text === 'string' ? x.text === text : text.test(x.text),
  );
  if (!p) throw new Error(`no paragraph ${String(text)}`);
  return p;
}
/** The body as a readable outline: one entry per block. */
const outline = (doc: DocumentDump): string[] =>
  doc.blocks.map((b) =>
    b.type === 'TABLE' ? `[table ${b.rows.length}×${b.rows[0]?.cells.length}]` : b.text,
  );

/** Attributes every paragraph of the document must carry. */
function expectTimesBlack(attributes: Record<string, unknown>): void {
  expect(attributes.FONT_FAMILY).toBe('Times New Roman');
  expect(attributes.FOREGROUND_COLOR).toBe('#000000');
}

function allParagraphs(doc: DocumentDump): ParagraphDump[] {
  return doc.blocks.flatMap((b) =>
    b.type === 'PARAGRAPH' ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)),
  );
}

describe.each([
  ['001', sample001],
  ['002', sample002],
])('sample %s exported to Google Docs', (name, sample) => {
  const { fakes, result, doc } = exportOf(sample().sheets);

  it('returns { id, url } of the one document it made, remembered for the next export', () => {
    expect(result).toEqual({ id: doc.id, url: doc.url });
    expect(fakes.state.documents.list()).toHaveLength(1);
    expect(fakes.state.properties.document.get('exportDocId')).toBe(doc.id);
  });

  it('is A4 portrait with margins inside the decree’s ranges', () => {
    expect(doc.page.PAGE_WIDTH).toBeCloseTo(210 * MM, 1);
    expect(doc.page.PAGE_HEIGHT).toBeCloseTo(297 * MM, 1);
    const within = (v: number, lo: number, hi: number) => {
      expect(v).toBeGreaterThanOrEqual(lo * MM - 0.01);
      expect(v).toBeLessThanOrEqual(hi * MM + 0.01);
    };
    within(doc.page.MARGIN_TOP, 20, 25);
    within(doc.page.MARGIN_BOTTOM, 20, 25);
    within(doc.page.MARGIN_LEFT, 30, 35);
    within(doc.page.MARGIN_RIGHT, 15, 20);
  });

  it('sets Times New Roman, black, on every paragraph, in the body and in every table cell', () => {
    const all = allParagraphs(doc);
    expect(all.length).toBeGreaterThan(30);
    for (const p of all) expectTimesBlack(p.attributes);
  });

  it('orders the body: header table, title, sections I–IV with the table in III, closing table', () => {
    const o = outline(doc).filter((t) => t !== '');
    expect(o[0]).toBe('[table 2×2]');
    expect(o.slice(1, 3)).toEqual([
      'KẾ HOẠCH',
      `Cải tiến chất lượng giáo dục năm học ${name === '001' ? '2025-2026' : '2023-2024'}`,
    ]);
    expect(o[3]).toMatch(/^_{10,}$/);
    const sections = ['I. CĂN CỨ', 'II. MỤC ĐÍCH', 'III. NỘI DUNG', 'IV. TỔ CHỨC'].map((s) =>
      o.findIndex((t) => t.startsWith(s)),
    );
    expect(sections.every((i, k) => i > 3 && (k === 0 || i > (sections[k - 1] ?? 0)))).toBe(true);
    expect(o[(sections[2] ?? 0) + 1]).toMatch(/^\[table \d+×9\]$/);
    expect(o.at(-1)).toBe('[table 1×2]');
    expect(o.at(-2)).toMatch(/\.\/\.$/);
    expect(tablesOf(doc)).toHaveLength(3);
  });

  it('styles title, subject, section titles and body as the template fixes', () => {
    expect(paragraph(doc, 'KẾ HOẠCH').attributes).toMatchObject({
      BOLD: true,
      FONT_SIZE: 13,
      HORIZONTAL_ALIGNMENT: 'CENTER',
    });
    expect(paragraph(doc, /^Cải tiến chất lượng/).attributes).toMatchObject({
      BOLD: true,
      FONT_SIZE: 13,
      HORIZONTAL_ALIGNMENT: 'CENTER',
    });
    for (const title of ['I. CĂN CỨ XÂY DỰNG KẾ HOẠCH', 'IV. TỔ CHỨC THỰC HIỆN'])
      expect(paragraph(doc, title).attributes).toMatchObject({ BOLD: true, FONT_SIZE: 13 });
    const body = paragraph(doc, /^Căn cứ Thông tư số 19\/2018/).attributes;
    expect(body).toMatchObject({ BOLD: false, FONT_SIZE: 13, HORIZONTAL_ALIGNMENT: 'JUSTIFY' });
    expect(body.INDENT_FIRST_LINE).toBeGreaterThanOrEqual(10 * MM - 0.01);
    expect(body.INDENT_FIRST_LINE).toBeLessThanOrEqual(12.7 * MM + 0.01);
    expect(body.SPACING_AFTER).toBeGreaterThanOrEqual(6);
    expect(body.LINE_SPACING).toBeGreaterThanOrEqual(1);
    expect(body.LINE_SPACING).toBeLessThanOrEqual(1.5);
  });

  it('writes the header block as a borderless two-column table with the decree’s type', () => {
    const header = tablesOf(doc)[0] as TableDump;
    expect(header.attributes.BORDER_WIDTH).toBe(0);
    const [left, right] = header.rows[0]?.cells ?? [];
    const info =
      name === '001'
        ? ['UBND XÃ NINH GIANG', 'TRƯỜNG MN LIÊM HẢI']
        : ['UBND HUYỆN ĐIỆN BIÊN', 'TRƯỜNG MẦM NON XÃ NOONG HẸT'];
    expect(left?.paragraphs.map((p) => p.text).slice(0, 2)).toEqual(info);
    expect(left?.paragraphs[0]?.attributes).toMatchObject({
      BOLD: false,
      FONT_SIZE: 12,
      HORIZONTAL_ALIGNMENT: 'CENTER',
    });
    expect(left?.paragraphs[1]?.attributes).toMatchObject({
      BOLD: true,
      FONT_SIZE: 12,
      HORIZONTAL_ALIGNMENT: 'CENTER',
    });
    expect(left?.paragraphs[2]?.text).toMatch(/^_{4,}$/);
    expect(right?.paragraphs.map((p) => p.text).slice(0, 2)).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
    expect(right?.paragraphs[0]?.attributes).toMatchObject({ BOLD: true, FONT_SIZE: 12 });
    expect(right?.paragraphs[1]?.attributes).toMatchObject({ BOLD: true, FONT_SIZE: 13 });
    // The line under the motto is about as long as the motto; the school's is shorter.
    expect(right?.paragraphs[2]?.text.length).toBeGreaterThan(
      (left?.paragraphs[2]?.text.length ?? 0) * 1.5,
    );
    const [number, date] = header.rows[1]?.cells ?? [];
    expect(number?.text).toBe(name === '001' ? 'Số:      /KH-MNLH' : 'Số:      /KH-MNNH');
    expect(number?.paragraphs[0]?.attributes).toMatchObject({
      BOLD: false,
      ITALIC: false,
      FONT_SIZE: 13,
    });
    expect(date?.text).toBe(
      name === '001'
        ? 'Ninh Giang, ngày 06 tháng 4 năm 2026'
        : 'Noong Hẹt, ngày …… tháng …… năm 2026',
    );
    expect(date?.paragraphs[0]?.attributes).toMatchObject({
      ITALIC: true,
      BOLD: false,
      FONT_SIZE: 13,
    });
  });

  it('writes the plan table: 9 columns, grey bold centred header, 0.5 pt borders, 11 pt cells', () => {
    const table = tablesOf(doc)[1] as TableDump;
    expect(table.attributes.BORDER_WIDTH).toBe(0.5);
    expect(table.columnWidths).toHaveLength(9);
    const width = table.columnWidths.reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(width).toBeCloseTo(
      doc.page.PAGE_WIDTH - doc.page.MARGIN_LEFT - doc.page.MARGIN_RIGHT,
      0,
    );
    expect(texts(table.rows[0] as TableDump['rows'][number])).toEqual(HEADERS);
    for (const cell of table.rows[0]?.cells ?? []) {
      expect(cell.background).toBe('#d9d9d9');
      expect(cell.paragraphs[0]?.attributes).toMatchObject({
        BOLD: true,
        HORIZONTAL_ALIGNMENT: 'CENTER',
        FONT_SIZE: 11,
      });
    }
    for (const row of table.rows.slice(1))
      for (const cell of row.cells) {
        expect(cell.paragraphs[0]?.attributes.FONT_SIZE).toBe(11);
        expect(cell.background).toBeNull();
      }
  });

  it('writes the closing block: Nơi nhận level with the signer’s title, recipients, signature', () => {
    const closing = tablesOf(doc)[2] as TableDump;
    expect(closing.attributes.BORDER_WIDTH).toBe(0);
    const [left, right] = closing.rows[0]?.cells ?? [];
    expect(left?.paragraphs[0]).toMatchObject({ text: 'Nơi nhận:' });
    expect(left?.paragraphs[0]?.attributes).toMatchObject({
      BOLD: true,
      ITALIC: true,
      FONT_SIZE: 12,
    });
    expect(left?.paragraphs[1]?.attributes).toMatchObject({
      BOLD: false,
      ITALIC: false,
      FONT_SIZE: 11,
    });
    const recipients = left?.paragraphs
      .slice(1)
      .map((p) => p.text)
      .join('\n')
      .split('\n');
    expect(recipients?.at(-1)).toMatch(/^- Lưu/);
    expect(recipients?.slice(0, -1).every((r) => r.startsWith('- ') && r.endsWith(';'))).toBe(true);
    const signature = right?.text.split('\n');
    expect(signature?.[0]).toBe('HIỆU TRƯỞNG');
    expect(signature?.slice(1, 4)).toEqual(['', '', '']);
    expect(signature?.[4]).toBe(name === '001' ? 'Nguyễn Thị Hiến' : '');
    expect(right?.paragraphs[0]?.attributes).toMatchObject({
      BOLD: true,
      FONT_SIZE: 13,
      HORIZONTAL_ALIGNMENT: 'CENTER',
    });
  });

  it('shows the link and the number of open check errors in a dialog, text escaped', () => {
    const dialog = fakes.state.ui.dialogs.at(-1);
    expect(dialog?.type).toBe('modal');
    expect(dialog?.html).toContain(`href="${doc.url}"`);
    expect(dialog?.html).toContain(doc.name);
    expect(dialog?.html).toContain(name === '001' ? 'còn 1 lỗi' : 'không còn lỗi');
  });
});

describe('the plan table of the samples', () => {
  it('sample 002: standards, criteria with official names, budgets, total', () => {
    const { doc } = exportOf(sample002().sheets);
    const rows = (tablesOf(doc)[1] as TableDump).rows.slice(1).map(texts);
    expect(rows.map((r) => r.slice(0, 2).join(' | '))).toEqual([
      'I | Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học',
      '1 | Tiêu chí 3.1: Diện tích, khuôn viên và sân vườn',
      '2 | Tiêu chí 3.2: Khối phòng nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập',
      '3 | Tiêu chí 3.3: Khối phòng hành chính - quản trị',
      '4 | Tiêu chí 3.4: Khối phòng tổ chức ăn',
      'II | Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ',
      '1 | Tiêu chí 5.3: Kết quả nuôi dưỡng và chăm sóc sức khỏe',
      ' | Tổng kinh phí dự kiến',
    ]);
    expect(rows.map((r) => r[6])).toEqual([
      '',
      '',
      '550.000.000 đ',
      '270.000.000 đ',
      '450.000.000 đ',
      '',
      'Không',
      '1.270.000.000 đ',
    ]);
    expect(rows[6]?.[7]).toBe('Quy chế phối hợp giữa nhà trường và trạm y tế xã Noong Hẹt.');
    const table = tablesOf(doc)[1] as TableDump;
    expect(table.rows[1]?.attributes.BOLD).toBe(true);
    expect(table.rows.at(-1)?.attributes.BOLD).toBe(true);
  });

  it('sample 001: items under the standard of their heading, evidence and deadlines shown', () => {
    const { doc } = exportOf(sample001().sheets);
    const rows = (tablesOf(doc)[1] as TableDump).rows.slice(1).map(texts);
    expect(rows.filter((r) => /^[IV]+$/.test(r[0] ?? '')).map((r) => r[1])).toEqual([
      'Tiêu chuẩn 1: Tổ chức và quản lý nhà trường',
      'Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên',
      'Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học',
      'Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội',
      'Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ',
    ]);
    expect(rows).toHaveLength(5 + 12);
    expect(rows[1]).toEqual([
      '1',
      '',
      'Hiện trạng: Hồ sơ quản lý còn thiếu, chưa đầy đủ, cập nhật chưa kịp thời',
      '- Rà soát, bổ sung hồ sơ theo quy định',
      'BGH',
      '9/2025 – 5/2026\nHạn: 31/05/2026',
      '',
      'Minh chứng: Hồ sơ, sổ sách',
      '',
    ]);
    expect(
      rows.find((r) => r[3] === '- Tổ chức tập huấn CNTT - Hướng dẫn sử dụng phần mềm')?.[5],
    ).toBe('10/2025\nHạn: 31/10/2025');
  });
});

describe('re-export', () => {
  it('replaces the previous document’s content instead of making a copy', () => {
    const { fakes, app, result, doc } = exportOf(sample002().sheets);
    const before = outline(doc);
    // The school corrects its plan, then exports again.
    const info =
      fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Thông tin chung');
    const years = info?.getRange(1, 1, info.getLastRow(), 2).getValues() ?? [];
    const row = years.findIndex((r) => r[0] === 'Năm học') + 1;
    info?.getRange(row, 2).setValue('2024 – 2025');
    const again = app.callJson<{ id: string; url: string }>('exportPlanToDoc');
    expect(again).toEqual(result);
    expect(fakes.state.documents.list()).toHaveLength(1);
    const after = fakes.state.documents.get(result.id);
    expect(after.name).toBe(
      'Kế hoạch cải tiến chất lượng năm học 2024-2025 - Trường mầm non xã Noong Hẹt',
    );
    expect(outline(after)).toHaveLength(before.length);
    expect(tablesOf(after)).toHaveLength(3);
    expect(after.text).toContain('năm học 2024-2025');
    expect(after.text).not.toContain('năm học 2023-2024\n');
    expect(fakes.state.ui.dialogs.at(-1)?.html).toContain(
      'Đã cập nhật tài liệu của lần xuất trước',
    );
  });

  it('makes a new document on request, and the next export replaces that one', () => {
    const { fakes, app, result } = exportOf(sample002().sheets);
    const copy = app.callJson<{ id: string }>('exportPlanToNewDoc');
    expect(copy.id).not.toBe(result.id);
    expect(fakes.state.documents.list()).toHaveLength(2);
    expect(fakes.state.properties.document.get('exportDocId')).toBe(copy.id);
    expect(app.callJson<{ id: string }>('exportPlanToDoc').id).toBe(copy.id);
    expect(fakes.state.documents.list()).toHaveLength(2);
  });

  it('makes a new document when the previous one was deleted', () => {
    const { fakes, app, result } = exportOf(sample002().sheets);
    fakes.state.documents.remove(result.id);
    const next = app.callJson<{ id: string }>('exportPlanToDoc');
    expect(next.id).not.toBe(result.id);
    expect(fakes.state.properties.document.get('exportDocId')).toBe(next.id);
    expect(outline(fakes.state.documents.get(next.id))[1]).toBe('[table 2×2]');
  });

  it('skips a trashed document when Drive can tell, and reuses it when it cannot', () => {
    const withDrive = exportOf(sample002().sheets, { documents: { driveScope: true } });
    withDrive.fakes.state.documents.trash(withDrive.result.id);
    expect(withDrive.app.callJson<{ id: string }>('exportPlanToDoc').id).not.toBe(
      withDrive.result.id,
    );

    const without = exportOf(sample002().sheets);
    without.fakes.state.documents.trash(without.result.id);
    expect(without.app.callJson<{ id: string }>('exportPlanToDoc').id).toBe(without.result.id);
  });
});

describe('placement', () => {
  it('stays in My Drive without the Drive scope, and says so', () => {
    const { fakes, doc } = exportOf(sample002().sheets, {
      documents: { spreadsheetFolder: { id: 'folder-ctcl', name: 'Kiểm định' } },
    });
    expect(doc.folders).toEqual(['fake-root-folder']);
    expect(fakes.state.ui.dialogs.at(-1)?.html).toContain('Drive của tôi');
  });

  it('goes next to the spreadsheet when the Drive scope is granted', () => {
    const { fakes, doc } = exportOf(sample002().sheets, {
      documents: { driveScope: true, spreadsheetFolder: { id: 'folder-ctcl', name: 'Kiểm định' } },
    });
    expect(doc.folders).toEqual(['folder-ctcl']);
    expect(fakes.state.ui.dialogs.at(-1)?.html).toContain('cùng thư mục với bảng tính');
  });
});

describe('incomplete and hostile plans', () => {
  it('exports a plan with errors and missing sheets; missing cells stay empty', () => {
    const { fakes, result, doc } = exportOf({
      'Kế hoạch': [
        ['Tiêu chí', 'Biện pháp thực hiện'],
        ['1.1', 'Rà soát kế hoạch'],
        ['9.9', ''],
      ],
    });
    expect(result.id).toBe(doc.id);
    const rows = (tablesOf(doc)[1] as TableDump).rows.map(texts);
    expect(rows.flat()).toContain('Rà soát kế hoạch');
    expect(rows.find((r) => r.includes('Rà soát kế hoạch'))?.slice(2)).toEqual([
      '',
      'Rà soát kế hoạch',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(doc.name).toBe('Kế hoạch cải tiến chất lượng năm học ……');
    expect(fakes.state.ui.dialogs.at(-1)?.html).toMatch(/còn \d+ lỗi/);
  });

  it('exports a spreadsheet with no plan at all', () => {
    const { doc } = exportOf({ Sheet1: [] });
    expect((tablesOf(doc)[1] as TableDump).rows).toHaveLength(1);
    expect(paragraph(doc, 'KẾ HOẠCH')).toBeDefined();
  });

  it('writes formula- and HTML-looking text literally, and escapes it in the dialog', () => {
    const sheets = sample002().sheets;
    const info = sheets['Thông tin chung'] as Grid;
    (info.find((r) => r[0] === 'Tên trường') as unknown[])[1] = 'Trường <b>Hoa</b> & "Sen"';
    const plan = sheets['Kế hoạch'] as Grid;
    (plan[3] as unknown[])[3] = '=IMPORTXML("http://x", "//a")';
    (plan[3] as unknown[])[2] = '<script>alert(1)</script>';
    const { fakes, doc } = exportOf(sheets);
    const rows = (tablesOf(doc)[1] as TableDump).rows.map(texts);
    expect(rows[2]?.[2]).toBe('<script>alert(1)</script>');
    expect(rows[2]?.[3]).toBe('=IMPORTXML("http://x", "//a")');
    expect(doc.name).toContain('Trường <b>Hoa</b> & "Sen"');
    const html = fakes.state.ui.dialogs.at(-1)?.html ?? '';
    expect(html).toContain('Trường &lt;b&gt;Hoa&lt;/b&gt; &amp; &quot;Sen&quot;');
    expect(html).not.toContain('<b>Hoa');
  });

  it('still returns { id, url } where there is no UI to show the dialog', () => {
    const { fakes, result } = exportOf(sample002().sheets, { ui: false });
    expect(result.url).toBe(fakes.state.documents.get(result.id).url);
    expect(fakes.state.ui.dialogs).toHaveLength(0);
  });

  it('gives the link in a plain alert when the dialog is refused', () => {
    const fakes = createFakes({ spreadsheet: { sheets: sample002().sheets } });
    fakes.runtime.refuse('Ui.showModalDialog', 'Service error');
    const result = loadBundle(fakes).callJson<{ id: string; url: string }>('exportPlanToDoc');
    const alert = fakes.state.ui.alerts.at(-1);
    expect(alert?.prompt).toContain(result.url);
    expect(alert?.prompt).toMatch(/lỗi/);
  });

  it('turns the whole document landscape from Thông tin chung', () => {
    const sheets = sample002().sheets;
    (sheets['Thông tin chung'] as Grid).push(['Khổ ngang', 'Có']);
    const { doc } = exportOf(sheets);
    expect(doc.page.PAGE_WIDTH).toBeCloseTo(297 * MM, 1);
    expect(doc.page.PAGE_HEIGHT).toBeCloseTo(210 * MM, 1);
  });
});

describe('a 300-item plan', () => {
  it('exports within the call budget (≤ 40 + 6 × items DocumentApp calls)', () => {
    const generated = generatePlan(300);
    const { fakes, doc } = exportOf(generated.sheets);
    const calls = fakes.calls.family('Document');
    expect(calls).toBeLessThanOrEqual(40 + 6 * 300);
    const rows = (tablesOf(doc)[1] as TableDump).rows;
    expect(rows.filter((r) => /^\d+$/.test(r.cells[0]?.text ?? ''))).toHaveLength(300);
    expect(rows.filter((r) => /^[IVX]+$/.test(r.cells[0]?.text ?? ''))).toHaveLength(5);
    expect(rows.at(-1)?.cells[1]?.text).toBe('Tổng kinh phí dự kiến');
  });
});

describe('the menu', () => {
  it('offers the export and the export to a new document', () => {
    const fakes = createFakes();
    loadBundle(fakes).call('onOpen', fakes.events.open('LIMITED'));
    const items = fakes.state.ui.menus[0]?.items ?? [];
    const fns = items.flatMap((i) => (i.type === 'item' ? [i.functionName] : []));
    expect(fns).toEqual(expect.arrayContaining(['exportPlanToDoc', 'exportPlanToNewDoc']));
  });
});
