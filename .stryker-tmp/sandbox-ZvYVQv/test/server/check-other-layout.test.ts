/**
 * A plan in a layout none of the samples use — a lower-secondary school (THCS → TT18/2018 by
 * its level), headers of the "one paragraph per criterion" family with notes in brackets,
 * a level-4 requirement, codes typed `1.10` and `5,6`, a roster with positions but no role
 * codes — through every feature of the bundle: check, sidebar load, export, reminders.
 */
// @ts-nocheck

import { describe, expect, it } from '@jest/globals';
import { createFakes } from '../fakes';
import type { DocumentDump, TableDump } from '../fakes/document';
import { loadBundle } from '../helpers/load-bundle';
import type { Grid } from '../fixtures/samples';

const PLAN: Grid = [
  [
    'STT',
    'Tiêu chí cần cải tiến (Mã tiêu chí)',
    'Hạn chế',
    'Giải pháp',
    'Người phụ trách',
    'Bộ phận phối hợp',
    'Thời gian',
    'Kinh phí (VNĐ)',
    'Minh chứng (dự kiến)',
    'Tiến độ thực hiện',
  ],
  [
    1,
    '1.10',
    'Camera an ninh chưa phủ hết',
    'Lắp thêm camera cổng sau',
    'Hiệu trưởng',
    'Kế toán',
    '10/2026',
    '12.000.000',
    '[H1-1.10-02]',
    'Đang thực hiện',
  ],
  [
    2,
    'Tiêu chí 1.2',
    'Hội đồng trường họp chưa đủ kỳ',
    'Họp định kỳ theo quy chế',
    'Lê Văn Hùng',
    '',
    'Học kỳ I',
    'Không',
    '',
    '',
  ],
  [
    3,
    '5,6',
    'Tỷ lệ học sinh giỏi thấp',
    'Bồi dưỡng học sinh giỏi',
    'Tổ CM',
    'GV',
    'Cả năm',
    '30 triệu đồng',
    '',
    'Chưa thực hiện',
  ],
  [
    4,
    'M4.2',
    'Chưa hỗ trợ đủ học sinh khó khăn',
    'Vận động học bổng',
    'BGH',
    '',
    '11/2026',
    '1,2 tỷ',
    '',
    'Hoàn thành',
  ],
];

const SHEETS: Record<string, Grid> = {
  'Thông tin chung': [
    ['Mục', 'Giá trị'],
    ['Cơ quan chủ quản', 'UBND XÃ HÒA AN'],
    ['Tên trường', 'Trường THCS Hòa An'],
    ['Cấp học', 'Trung học cơ sở'],
    ['Năm học', '2026-2027'],
    ['Ngày ban hành', '05/10/2026'],
  ],
  'Nhân sự': [
    ['Họ tên', 'Chức vụ', 'Email'],
    ['Phạm Thị Thu', 'Hiệu trưởng', 'thu@thcshoaan.edu.vn'],
    ['Lê Văn Hùng', 'Phó hiệu trưởng', 'hung@thcshoaan.edu.vn'],
    ['Đỗ Minh Tâm', 'Tổ trưởng chuyên môn Toán', 'tam@thcshoaan.edu.vn'],
    ['Ngô Lan', 'Kế toán', 'lan@thcshoaan.edu.vn'],
  ],
  'Kế hoạch': PLAN,
};

/** Monday 26/10/2026, 07:00 in Vietnam. */
const NOW = Date.UTC(2026, 9, 26, 0, 0);

function setup() {
  const fakes = createFakes({ spreadsheet: { sheets: structuredClone(SHEETS) }, now: NOW });
  return { fakes, app: loadBundle(fakes) };
}

describe('a THCS plan in another layout', () => {
  it('checks clean: TT18 chosen by the level, every code read, every owner resolved', () => {
    const { app, fakes } = setup();
    const before = fakes.state.spreadsheet.snapshot();
    const result = app.callJson<{
      errors: unknown[];
      warnings: { row: number; message: string }[];
    }>('checkPlan');
    expect(result.errors).toEqual([]);
    // Only row 4 is worth a warning: `Cả năm` has no clear end, and no teacher is on the roster.
    expect(result.warnings.map((w) => `${w.row} ${w.message.split(': ')[0]}`)).toEqual([
      '4 Dòng 4, cột “Thời gian” (G)',
      '4 Dòng 4, cột “Bộ phận phối hợp” (F)',
    ]);
    expect(fakes.state.spreadsheet.snapshot()).toEqual(before);
  });

  it('loads the sidebar with TT18 criteria, including 5.6 and the level-4 requirement', () => {
    const { app } = setup();
    const data = app.callJson<{
      catalog: {
        id: string;
        standards: { criteria: { code: string }[] }[];
        level4: { code: string }[];
      };
      items: { code: string }[];
    }>('sidebarLoad');
    expect(data.catalog.id).toBe('TT18/2018');
    expect(data.items.map((i) => i.code)).toEqual(['1.10', '1.2', '5.6', 'M4.2']);
    expect(data.catalog.level4.map((c) => c.code)).toContain('M4.2');
  });

  it('exports in catalog order (1.2 before 1.10) with the level-4 row under MỨC 4 and the total', () => {
    const { app, fakes } = setup();
    const { id } = app.callJson<{ id: string }>('exportPlanToDoc');
    const doc = fakes.state.documents.get(id) as DocumentDump;
    const table = doc.blocks.filter((b): b is TableDump => b.type === 'TABLE')[1] as TableDump;
    const column2 = table.rows.map((r) => r.cells[1]?.text ?? '');
    const at = (re: RegExp) => column2.findIndex((t) => re.test(t));
    expect(at(/^Tiêu chí 1\.2:/)).toBeGreaterThan(0);
    expect(at(/^Tiêu chí 1\.2:/)).toBeLessThan(at(/^Tiêu chí 1\.10:/));
    expect(at(/^Tiêu chí 1\.10:/)).toBeLessThan(at(/^Tiêu chí 5\.6:/));
    expect(at(/MỨC 4/)).toBeGreaterThan(at(/^Tiêu chí 5\.6:/));
    expect(at(/MỨC 4/)).toBeLessThan(at(/M4\.2|Đảm bảo 100%/));
    const all = table.rows.map((r) => r.cells.map((c) => c.text).join(' | ')).join('\n');
    expect(all).toContain('1.242.000.000 đ'); // 12 triệu + 30 triệu + 1,2 tỷ
  });

  it('mails each owner once, resolving roles from positions, leaving out what is done', () => {
    const { app, fakes } = setup();
    const counts = app.callJson<{ sent: number; skipped: number; deferred: number }>(
      'sendWeeklyReminders',
    );
    const to = fakes.state.mail.sent.map((m) => m.to).sort();
    // 1.10 (due 31/10) → HT + KT partner; 1.2 (Học kỳ I, due 15/01) is not due within 14 days;
    // 5.6 has no clear end; M4.2 is done.
    expect(to).toEqual(['lan@thcshoaan.edu.vn', 'thu@thcshoaan.edu.vn']);
    expect(counts).toMatchObject({ sent: 2, deferred: 0 });
    const principal = fakes.state.mail.sent.find((m) => m.to === 'thu@thcshoaan.edu.vn');
    expect(principal?.body).toContain('Lắp thêm camera cổng sau');
    expect(principal?.body).not.toContain('Vận động học bổng');
  });
});
