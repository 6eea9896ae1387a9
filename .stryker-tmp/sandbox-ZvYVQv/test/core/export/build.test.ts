// @ts-nocheck
import { describe, expect, it } from '@jest/globals';
import { buildPlanDocument, groupItems } from '../../../src/core/export/build';
import {
  expandRow,
  paragraphText,
  type DocModel,
  type ParagraphBlock,
  type TableBlock,
  type TableRow,
} from '../../../src/core/export/model';
import { ND30_PLAN } from '../../../src/core/export/templates/nd30-plan';
import { TT57_PLAN } from '../../../src/core/export/templates/tt57-plan';
import type { PlanTemplate } from '../../../src/core/export/template';
import { buildPlan } from '../../../src/core/plan/read';
import { type Grid, type SheetValues } from '../../../src/core/plan/model';
import { PLAN_HEADER } from '../../fixtures/generate';
import { sheetValuesOf } from '../../fixtures/sample-sheets';
import { sample001, sample002 } from '../../fixtures/samples';

type Row = Partial<Record<(typeof PLAN_HEADER)[number], string>>;

/** A plan in the contract's own columns; `info` rows override a complete primary-school header. */
function sheets(rows: Row[], info: Record<string, string> = {}): SheetValues {
  const base: Record<string, string> = {
    'Cơ quan chủ quản': 'UBND XÃ AN BÌNH',
    'Tên trường': 'Trường Tiểu học An Bình',
    'Cấp học': 'Tiểu học',
    'Năm học': '2025-2026',
    'Số văn bản': '45/KH-THAB',
    'Địa danh': 'An Bình',
    'Ngày ban hành': '06/10/2025',
    'Người ký': 'Nguyễn Văn An',
    ...info,
  };
  const plan: Grid = [[...PLAN_HEADER], ...rows.map((r) => PLAN_HEADER.map((h) => r[h] ?? ''))];
  return {
    info: [['Mục', 'Giá trị'], ...Object.entries(base)],
    plan,
    roster: null,
    catalog: null,
  };
}

function build(values: SheetValues, template: PlanTemplate = ND30_PLAN): DocModel {
  const { plan } = buildPlan(values);
  return buildPlanDocument(plan, template, { today: '2026-03-02' });
}

const paragraphs = (doc: DocModel): ParagraphBlock[] =>
  doc.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
const tables = (doc: DocModel): TableBlock[] =>
  doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
const planTable = (doc: DocModel): TableBlock => {
  const t = tables(doc).find((b) => b.role === 'plan');
  if (!t) throw new Error('no plan table');
  return t;
};
/** The texts of a row, one per column (a spanning cell's text in its first column). */
const cellTexts = (row: TableRow, columns = 9): string[] =>
  expandRow(row, columns).map((c) => c.paragraphs.map(paragraphText).join('\n'));
const byRole = (doc: DocModel, role: string): string[] =>
  paragraphs(doc)
    .filter((p) => p.role === role)
    .map(paragraphText);
/** Every paragraph of the header (or closing) table, by role. */
function tableParagraph(doc: DocModel, tableRole: string, role: string): ParagraphBlock {
  const t = tables(doc).find((b) => b.role === tableRole);
  const p = t?.rows
    .flatMap((r) => r.cells)
    .flatMap((c) => c.paragraphs)
    .find((x) => x.role === role);
  if (!p) throw new Error(`no ${role} in ${tableRole}`);
  return p;
}

const item = (criterion: string, actions: string, more: Row = {}): Row => ({
  'Tiêu chí': criterion,
  'Biện pháp thực hiện': actions,
  'Chủ trì': 'HT',
  ...more,
});

describe('the document of sample 002 (the full 9-column table)', () => {
  const doc = build(sheetValuesOf(sample002()));

  it('follows the template order: header, title, sections I–IV with the table in III, closing', () => {
    const kinds = doc.blocks.map((b) =>
      b.kind === 'table' ? `T:${b.role}` : `${b.role}:${paragraphText(b).slice(0, 12)}`,
    );
    expect(kinds[0]).toBe('T:header');
    expect(kinds.slice(1, 4)).toEqual([
      'title:KẾ HOẠCH',
      'subject:Cải tiến chấ',
      'rule:____________',
    ]);
    expect(byRole(doc, 'section')).toEqual([
      'I. CĂN CỨ XÂY DỰNG KẾ HOẠCH',
      'II. MỤC ĐÍCH, YÊU CẦU',
      'III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
    const third = kinds.indexOf('section:III. NỘI DUN');
    expect(kinds[third + 1]).toBe('T:plan');
    expect(kinds[kinds.length - 1]).toBe('T:closing');
    expect(byRole(doc, 'subject')).toEqual(['Cải tiến chất lượng giáo dục năm học 2023-2024']);
  });

  it('has the page, type and the sizes and weights the template fixes', () => {
    expect(doc.page).toMatchObject({ width: 595.28, height: 841.89, landscape: false });
    expect(doc.page.margins).toEqual({ top: 56.69, bottom: 56.69, left: 85.04, right: 42.52 });
    expect(doc.font).toBe('Times New Roman');
    const title = paragraphs(doc).find((p) => p.role === 'title');
    expect(title?.runs[0]).toMatchObject({ size: 13, bold: true });
    expect(title?.align).toBe('center');
    for (const p of paragraphs(doc).filter((x) => x.role === 'body')) {
      expect(p).toMatchObject({ align: 'justify', indentFirstLine: 28.35, spaceAfter: 6 });
      expect(p.runs[0]).toMatchObject({ size: 13, bold: false });
    }
    expect(tableParagraph(doc, 'header', 'nationalName').runs[0]).toMatchObject({
      text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      size: 12,
      bold: true,
    });
    expect(tableParagraph(doc, 'header', 'schoolName').runs[0]).toMatchObject({
      text: 'TRƯỜNG MẦM NON XÃ NOONG HẸT',
      bold: true,
    });
    expect(tableParagraph(doc, 'header', 'governingBody').runs[0]).toMatchObject({
      text: 'UBND HUYỆN ĐIỆN BIÊN',
      bold: false,
    });
    expect(tableParagraph(doc, 'header', 'date').runs[0]).toMatchObject({ italic: true, size: 13 });
    expect(tableParagraph(doc, 'closing', 'recipientsLabel').runs[0]).toMatchObject({
      text: 'Nơi nhận:',
      size: 12,
      bold: true,
      italic: true,
    });
    expect(tableParagraph(doc, 'closing', 'recipient').runs[0]?.size).toBe(11);
    expect(tables(doc).map((t) => [t.role, t.borderWidth])).toEqual([
      ['header', 0],
      ['plan', 0.5],
      ['closing', 0],
    ]);
  });

  it('leaves the number blank for a hand number and the undated date line blank', () => {
    expect(paragraphText(tableParagraph(doc, 'header', 'number'))).toBe('Số:      /KH-MNNH');
    expect(paragraphText(tableParagraph(doc, 'header', 'date'))).toBe(
      'Noong Hẹt, ngày …… tháng …… năm 2026',
    );
  });

  it('groups by standard with the official names, one row per item, the total last', () => {
    const rows = planTable(doc).rows;
    expect(cellTexts(rows[0] as TableRow)).toEqual(ND30_PLAN.table.columns.map((c) => c.header));
    expect(rows[0]?.cells.every((c) => c.background === '#d9d9d9')).toBe(true);
    const shape = rows.slice(1).map((r) => `${r.role}:${cellTexts(r).slice(0, 2).join('|')}`);
    expect(shape).toEqual([
      'standard:I|Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học',
      'item:1|Tiêu chí 3.1: Diện tích, khuôn viên và sân vườn',
      'item:2|Tiêu chí 3.2: Khối phòng nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập',
      'item:3|Tiêu chí 3.3: Khối phòng hành chính - quản trị',
      'item:4|Tiêu chí 3.4: Khối phòng tổ chức ăn',
      'standard:II|Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ',
      'item:1|Tiêu chí 5.3: Kết quả nuôi dưỡng và chăm sóc sức khỏe',
      'total:|Tổng kinh phí dự kiến',
    ]);
    const budgets = rows.slice(1).map((r) => cellTexts(r)[6]);
    expect(budgets).toEqual([
      '',
      '',
      '550.000.000 đ',
      '270.000.000 đ',
      '450.000.000 đ',
      '',
      'Không',
      '1.270.000.000 đ',
    ]);
    // The standard row spans from column 2 to the end; the total label up to the budget column.
    expect(rows[1]?.cells.map((c) => c.colSpan ?? 1)).toEqual([1, 8]);
    expect(rows.at(-1)?.cells.map((c) => c.colSpan ?? 1)).toEqual([1, 5, 1]);
  });

  it('keeps user text literally: lead, period as written, support', () => {
    const second = cellTexts(planTable(doc).rows[3] as TableRow);
    expect(second[4]).toBe('Hiệu trưởng');
    expect(second[5]).toBe('Năm học 2023-2024 và những năm tiếp theo');
    expect(second[7]).toBe('Kế hoạch tham mưu, kế hoạch xã hội hóa giáo dục, thư ngỏ');
  });

  it('puts the circular of the plan first among the given legal bases and ends the body with /.', () => {
    const body = byRole(doc, 'body');
    expect(body[0]).toMatch(/^Căn cứ Thông tư số 19\/2018\/TT-BGDĐT/);
    expect(body.filter((l) => l.includes('19/2018'))).toHaveLength(1);
    expect(body.at(-1)).toMatch(/[^/]\.\/\.$/);
  });
});

describe('sample 001 (no criterion column: one table per standard, as pasted)', () => {
  const values = sheetValuesOf(sample001());
  const doc = build(values);

  it('places each item under the standard of the heading row above it', () => {
    const { plan } = buildPlan(values);
    expect(plan.items.map((i) => i.headingStandard)).toEqual([
      '1',
      '1',
      '2',
      '2',
      '3',
      '3',
      '3',
      '3',
      '4',
      '4',
      '5',
      '5',
    ]);
    const rows = planTable(doc).rows.slice(1);
    expect(rows.filter((r) => r.role === 'standard').map((r) => cellTexts(r)[1])).toEqual([
      'Tiêu chuẩn 1: Tổ chức và quản lý nhà trường',
      'Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên',
      'Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học',
      'Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội',
      'Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ',
    ]);
    expect(rows.filter((r) => r.role === 'item')).toHaveLength(12);
    expect(rows.some((r) => r.role === 'unassigned' || r.role === 'total')).toBe(false);
  });

  it('shows weakness, actions, owner, period with its deadline and evidence; criterion cell empty', () => {
    const first = planTable(doc).rows.find((r) => r.role === 'item') as TableRow;
    expect(cellTexts(first)).toEqual([
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
    // `Cả năm` has no clear end: no deadline is printed for it.
    const second = planTable(doc).rows.filter((r) => r.role === 'item')[1] as TableRow;
    expect(cellTexts(second)[5]).toBe('Cả năm');
  });

  it('writes the date with the decree zeros and keeps the given symbol with a gap for the number', () => {
    expect(paragraphText(tableParagraph(doc, 'header', 'date'))).toBe(
      'Ninh Giang, ngày 06 tháng 4 năm 2026',
    );
    expect(paragraphText(tableParagraph(doc, 'header', 'number'))).toBe('Số:      /KH-MNLH');
    expect(doc.name).toBe('Kế hoạch cải tiến chất lượng năm học 2025-2026 - Trường MN Liêm Hải');
  });

  it('prepends the circular to legal bases that do not name it', () => {
    const body = byRole(doc, 'body');
    expect(body[0]).toBe(
      'Căn cứ Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường mầm non;',
    );
    expect(body[1]).toBe(
      'Kết quả tự đánh giá chất lượng giáo dục của nhà trường năm học 2025–2026',
    );
  });

  it('writes the recipients one per line, the archive last', () => {
    const closing = tables(doc).find((t) => t.role === 'closing') as TableBlock;
    const left = closing.rows[0]?.cells[0]?.paragraphs.map(paragraphText);
    expect(left).toEqual([
      'Nơi nhận:',
      '- UBND, Phòng VHXX xã (để b/c);',
      '- Các tổ CM nhà trường (để thực hiện);',
      '- Lưu VP, trường.',
    ]);
    const right = closing.rows[0]?.cells[1]?.paragraphs.map(paragraphText);
    expect(right).toEqual(['HIỆU TRƯỞNG', '', '', '', 'Nguyễn Thị Hiến']);
  });
});

describe('the plan table', () => {
  it('orders criteria as the catalog does (1.2 before 1.10), the name and assessment on the first row', () => {
    const doc = build(
      sheets([
        item('1.10', 'Việc A', { 'Tự đánh giá': 'Chưa đạt' }),
        item('1.2', 'Việc B'),
        item('1.10', 'Việc C'),
        item('1.1', 'Việc D', { 'Tự đánh giá': 'Đạt mức 2' }),
      ]),
    );
    const rows = planTable(doc)
      .rows.filter((r) => r.role === 'item')
      .map((r) => cellTexts(r));
    expect(rows.map((r) => r[3])).toEqual(['Việc D', 'Việc B', 'Việc A', 'Việc C']);
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4']);
    expect(rows[0]?.[1]).toBe(
      'Tiêu chí 1.1: Phương hướng, chiến lược xây dựng và phát triển nhà trường\nTự đánh giá: Đạt mức 2',
    );
    expect(rows[2]?.[1]).toMatch(/^Tiêu chí 1\.10: .+\nTự đánh giá: Chưa đạt$/);
    expect(rows[3]?.[1]).toBe('');
  });

  it('prints level-4 requirements under MỨC 4, after MỨC 1, 2, 3', () => {
    const doc = build(sheets([item('M4.2', 'Việc mức 4'), item('2.1', 'Việc mức 1')]));
    const rows = planTable(doc).rows.slice(1);
    expect(rows.map((r) => `${r.role}:${cellTexts(r)[1]?.split(':')[0]}`)).toEqual([
      'level:MỨC 1, 2, 3',
      'standard:Tiêu chuẩn 2',
      'item:Tiêu chí 2.1',
      'level4:MỨC 4',
      'item:Yêu cầu 2',
    ]);
  });

  it('prints only criteria with items; rows naming none go last, under their own heading', () => {
    const doc = build(sheets([item('', 'Việc chung'), item('3.1', 'Việc 3.1')]));
    const rows = planTable(doc).rows.slice(1);
    expect(rows.map((r) => `${r.role}:${cellTexts(r)[1]}`)).toEqual([
      'standard:Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học',
      'item:Tiêu chí 3.1: Khuôn viên, khu sân chơi, sân tập',
      'unassigned:Nội dung chưa ghi tiêu chí',
      'item:',
    ]);
  });

  it('formats budgets in đồng, keeps other budget text, totals the amounts', () => {
    const doc = build(
      sheets([
        item('1.1', 'A', { 'Dự kiến kinh phí': '5.000.000', 'Nguồn kinh phí': 'Xã hội hóa' }),
        item('1.2', 'B', { 'Dự kiến kinh phí': '1,2 tỷ' }),
        item('1.3', 'C', { 'Dự kiến kinh phí': 'Không' }),
        item('1.4', 'D', { 'Dự kiến kinh phí': 'theo dự toán' }),
      ]),
    );
    const rows = planTable(doc)
      .rows.slice(2)
      .map((r) => cellTexts(r));
    expect(rows.map((r) => r[6])).toEqual([
      '5.000.000 đ\nNguồn: Xã hội hóa',
      '1.200.000.000 đ',
      'Không',
      'theo dự toán',
      '1.205.000.000 đ',
    ]);
  });

  it('prints no total when no item states a budget', () => {
    const doc = build(sheets([item('1.1', 'A')]));
    expect(planTable(doc).rows.some((r) => r.role === 'total')).toBe(false);
  });

  it('shows every user text literally, formula- and HTML-looking text included', () => {
    const doc = build(
      sheets([
        item('1.1', '=SUM(A1:A3)', {
          'Điểm yếu': '<b>đậm</b> & <script>alert(1)</script>',
          'Chủ trì': '+PHT',
          'Phối hợp': "@Tổ CM 'trích'",
          'Minh chứng': '[H1-1.1-01]; https://example.com/?a=1&b=2',
          'Ghi chú': '-5%',
        }),
      ]),
    );
    const row = cellTexts(planTable(doc).rows[2] as TableRow);
    expect(row[2]).toBe('Hiện trạng: <b>đậm</b> & <script>alert(1)</script>');
    expect(row[3]).toBe('=SUM(A1:A3)');
    expect(row[4]).toBe("Chủ trì: +PHT\nPhối hợp: @Tổ CM 'trích'");
    expect(row[7]).toBe('Minh chứng: [H1-1.1-01]; https://example.com/?a=1&b=2');
    expect(row[8]).toBe('-5%');
  });

  it('leaves missing cells empty', () => {
    const doc = build(sheets([{ 'Tiêu chí': '2.2', 'Biện pháp thực hiện': 'Chỉ có biện pháp' }]));
    const row = planTable(doc).rows[2] as TableRow;
    expect(cellTexts(row)).toEqual([
      '1',
      'Tiêu chí 2.2: Đối với giáo viên',
      '',
      'Chỉ có biện pháp',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(row.cells[2]?.paragraphs).toEqual([]);
  });
});

describe('sections from Thông tin chung, with defaults', () => {
  it('proposes the circular and its guidance letter, the purposes and one line per lead', () => {
    const doc = build(
      sheets([
        item('1.1', 'A', { 'Chủ trì': 'PHT' }),
        item('1.3', 'B', { 'Chủ trì': 'PHT, Tổ CM' }),
        item('3.2', 'C', { 'Chủ trì': 'Nguyễn Văn Bình' }),
      ]),
    );
    const body = byRole(doc, 'body');
    expect(body[0]).toBe(
      'Căn cứ Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường tiểu học;',
    );
    expect(body[1]).toMatch(/^Căn cứ Công văn số 5932\/BGDĐT-QLCL ngày 28\/12\/2018/);
    expect(body[2]).toMatch(/năm học 2025-2026 của Trường Tiểu học An Bình/);
    const iv = body.slice(body.findIndex((l) => l.startsWith('Khắc phục')) + 2);
    expect(iv.slice(0, 3)).toEqual([
      expect.stringMatching(
        /^Phó hiệu trưởng: chủ trì 2 nội dung cải tiến \(tiêu chí 1\.1, 1\.3\)/,
      ),
      expect.stringMatching(/^Tổ trưởng chuyên môn: chủ trì 1 nội dung cải tiến \(tiêu chí 1\.3\)/),
      expect.stringMatching(/^Nguyễn Văn Bình: chủ trì 1 nội dung cải tiến \(tiêu chí 3\.2\)/),
    ]);
    expect(iv.at(-1)).toMatch(/cuối năm học\.\/\.$/);
  });

  it('uses the school’s own sections, one paragraph per line', () => {
    const doc = build(
      sheets([item('1.1', 'A')], {
        'Căn cứ': 'Căn cứ Thông tư 17/2018/TT-BGDĐT;\nCăn cứ kết quả tự đánh giá;',
        'Mục đích, yêu cầu': '1. Mục đích: nâng cao chất lượng.\n2. Yêu cầu: khả thi.',
        'Tổ chức thực hiện': 'Hiệu trưởng chỉ đạo chung.\nCác tổ triển khai;',
        'Nơi nhận': '- Phòng VHXH xã (b/c);\nLưu: VT',
        'Chức vụ người ký': 'kt. hiệu trưởng phó hiệu trưởng',
      }),
    );
    expect(byRole(doc, 'body')).toEqual([
      'Căn cứ Thông tư 17/2018/TT-BGDĐT;',
      'Căn cứ kết quả tự đánh giá;',
      '1. Mục đích: nâng cao chất lượng.',
      '2. Yêu cầu: khả thi.',
      'Hiệu trưởng chỉ đạo chung.',
      'Các tổ triển khai./.',
    ]);
    const closing = tables(doc).find((t) => t.role === 'closing') as TableBlock;
    expect(closing.rows[0]?.cells[0]?.paragraphs.map(paragraphText)).toEqual([
      'Nơi nhận:',
      '- Phòng VHXH xã (b/c);',
      '- Lưu: VT.',
    ]);
    expect(paragraphText(closing.rows[0]?.cells[1]?.paragraphs[0] as ParagraphBlock)).toBe(
      'KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG',
    );
  });

  it('fills an empty header with the decree’s blanks and defaults', () => {
    const values = sheets([item('1.1', 'A')], {
      'Cơ quan chủ quản': '',
      'Số văn bản': '',
      'Địa danh': '',
      'Ngày ban hành': '',
      'Người ký': '',
      'Tên trường': 'Trường Tiểu học Quang Trung',
    });
    const doc = build(values);
    expect(paragraphText(tableParagraph(doc, 'header', 'number'))).toBe('Số:      /KH-THQT');
    expect(paragraphText(tableParagraph(doc, 'header', 'date'))).toBe(
      '……, ngày …… tháng …… năm 2026',
    );
    const header = tables(doc).find((t) => t.role === 'header') as TableBlock;
    expect(header.rows[0]?.cells[0]?.paragraphs.map((p) => p.role)).toEqual(['schoolName', 'rule']);
    const closing = tables(doc).find((t) => t.role === 'closing') as TableBlock;
    expect(closing.rows[0]?.cells[0]?.paragraphs.map(paragraphText).slice(1)).toEqual([
      '- Các tổ chuyên môn, văn phòng (để thực hiện);',
      '- Lưu: VT.',
    ]);
    expect(closing.rows[0]?.cells[1]?.paragraphs.map(paragraphText)).toEqual([
      'HIỆU TRƯỞNG',
      '',
      '',
      '',
      '',
    ]);
  });

  it('turns the whole document landscape when asked, tables across the wider page', () => {
    const portrait = build(sheets([item('1.1', 'A')]));
    const landscape = build(sheets([item('1.1', 'A')], { 'Khổ ngang': 'Có' }));
    expect(landscape.page).toMatchObject({ width: 841.89, height: 595.28, landscape: true });
    const sum = (t: TableBlock): number => t.columnWidths.reduce((a, b) => a + b, 0);
    const text = (d: DocModel): number => d.page.width - d.page.margins.left - d.page.margins.right;
    for (const d of [portrait, landscape])
      for (const t of tables(d)) expect(Math.abs(sum(t) - text(d))).toBeLessThan(0.1);
    expect(sum(planTable(landscape))).toBeGreaterThan(sum(planTable(portrait)) * 1.4);
  });
});

describe('a second template is only a description', () => {
  it('renders the reported TT57 Biểu 2 columns with the same builder', () => {
    const values = sheets(
      [
        item('1.1', 'Giải pháp X', {
          'Điểm yếu': 'Hạn chế Y',
          'Kết quả cần đạt': 'Mục tiêu Z',
          'Trạng thái': 'Đang thực hiện',
          'Minh chứng': 'MC.1.1.01',
        }),
      ],
      { 'Bộ tiêu chuẩn': 'TT57/2026' },
    );
    const doc = build(values, TT57_PLAN);
    const rows = planTable(doc).rows;
    expect(cellTexts(rows[0] as TableRow)).toEqual([
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
    expect(rows[1]?.role).toBe('standard');
    expect(rows[1]?.cells[0]?.colSpan).toBe(9);
    expect(cellTexts(rows[1] as TableRow)[0]).toBe(
      'Tiêu chuẩn 1: Quản trị nhà trường và bảo đảm chất lượng',
    );
    const row = cellTexts(rows[2] as TableRow);
    expect(row[0]).toMatch(/^Tiêu chí 1\.1: .+\nHạn chế: Hạn chế Y$/);
    expect(row.slice(1, 4)).toEqual(['Mục tiêu Z', 'Giải pháp X', '']);
    expect(row[8]).toBe('Đang thực hiện');
    // The rest of the document is the same layout.
    expect(byRole(doc, 'section')).toEqual(byRole(build(values), 'section'));
  });
});

describe('groupItems', () => {
  it('keeps sheet order within a criterion and puts items naming no criterion first in their standard', () => {
    const values = sheets([item('2.3', 'b'), item('2.1', 'a'), item('2.3', 'c')]);
    const { plan } = buildPlan(values);
    plan.items.push({
      ...(plan.items[0] as (typeof plan.items)[number]),
      row: 99,
      criterion: '',
      headingStandard: '2',
      actions: 'x',
    });
    const groups = groupItems(plan);
    expect(groups.map((g) => [g.kind, g.code, g.items.map((i) => i.actions).join('')])).toEqual([
      ['standard', '2', 'xabc'],
    ]);
  });
});

describe('heading rows (one pattern, shared with the reader)', () => {
  const rows = (heading: string): Row[] => [
    { 'Tiêu chí': heading },
    { 'Biện pháp thực hiện': 'Bổ sung tủ sách lớp học', 'Chủ trì': 'PHT' },
  ];

  it.each([
    '1. Tiêu chuẩn 2: Cán bộ quản lý',
    'B. Tiêu chuẩn 2',
    'II) Tiêu chuẩn 2',
    'Tiêu chuẩn 02',
  ])(
    'prints an item naming no criterion under the standard of the heading %j above it',
    (heading) => {
      const values = sheets(rows(heading));
      const { plan, findings } = buildPlan(values);
      expect(plan.items.map((i) => [i.criterion, i.headingStandard])).toEqual([['', '2']]);
      expect(findings.filter((f) => f.row === 2)).toEqual([]); // the heading is no item
      const body = planTable(build(values)).rows.slice(1);
      expect(body.map((r) => r.role)).toEqual(['standard', 'item']);
      expect(cellTexts(body[0] as TableRow)[1]).toMatch(/^Tiêu chuẩn 2\b/);
      expect(body.flatMap((r) => cellTexts(r))).not.toContain('Nội dung chưa ghi tiêu chí');
    },
  );

  it('closes the standard at a level-4 heading: the items below it are unassigned', () => {
    const values = sheets([
      ...rows('B. Tiêu chuẩn 2'),
      ...rows('C. MỨC 4').slice(0, 1),
      ...rows('x').slice(1),
    ]);
    const { plan } = buildPlan(values);
    expect(plan.items.map((i) => i.headingStandard)).toEqual(['2', '']);
    const body = planTable(build(values)).rows.slice(1);
    expect(body.map((r) => r.role)).toEqual(['standard', 'item', 'unassigned', 'item']);
  });
});
