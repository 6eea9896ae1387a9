/**
 * Behaviours no test pinned down (issue 13: each survived a realistic mutant), through the
 * built bundle in the strict fakes: the check, the header reader, set-up and the sidebar's
 * `Thông tin chung` save. One test per survivor, named after the rule it guards.
 */
import { describe, expect, it } from '@jest/globals';
import { createFakes } from '../fakes';
import { loadBundle } from '../helpers/load-bundle';
import type { Grid } from '../fixtures/samples';
import type { InfoSaveResult, SidebarData } from '../../src/core/sidebar/protocol';

const PLAN = 'Kế hoạch';
const INFO = 'Thông tin chung';

interface Issue {
  sheet: string;
  row: number | null;
  field: string | null;
  message: string;
}
interface CheckResult {
  errors: Issue[];
  warnings: Issue[];
}

const HEADER = [
  'Mã',
  'Tiêu chí',
  'Tự đánh giá',
  'Biện pháp thực hiện',
  'Chủ trì',
  'Thời gian thực hiện',
  'Bắt đầu',
  'Hạn hoàn thành',
  'Trạng thái',
];

/** A plan row in HEADER's order; the fields not given are empty. */
function row(cells: {
  id?: string;
  criterion?: string;
  level?: string;
  actions?: string;
  period?: string;
  start?: string;
  deadline?: string;
}): string[] {
  return [
    cells.id ?? '',
    cells.criterion ?? '',
    cells.level ?? '',
    cells.actions ?? '',
    cells.actions ? 'HT' : '',
    cells.period ?? '',
    cells.start ?? '',
    cells.deadline ?? '',
    cells.actions ? 'Chưa thực hiện' : '',
  ];
}

function workbook(planRows: string[][], header: string[] = HEADER): Record<string, Grid> {
  return {
    [INFO]: [
      ['Mục', 'Giá trị'],
      ['Tên trường', 'Trường Tiểu học Quang Trung'],
      ['Cấp học', 'Tiểu học'],
      ['Bộ tiêu chuẩn', 'TT17/2018'],
      ['Năm học', '2025-2026'],
    ],
    'Nhân sự': [
      ['Họ và tên', 'Chức vụ', 'Vai trò', 'Email', 'Nhận nhắc hạn'],
      ['Nguyễn Văn An', 'Hiệu trưởng', 'HT', 'an@thqt.edu.vn', 'Có'],
    ],
    [PLAN]: [header, ...planRows],
  };
}

function check(sheets: Record<string, Grid>): CheckResult {
  const app = loadBundle(createFakes({ spreadsheet: { sheets }, ui: true }));
  return app.callJson<CheckResult>('checkPlan');
}

const at = (issues: Issue[], rowNumber: number) => issues.filter((i) => i.row === rowNumber);

describe('the check', () => {
  it('accepts an item that starts on its deadline (start after deadline is the error)', () => {
    const same = check(
      workbook([
        row({
          id: 'CT-0001',
          criterion: '1.1',
          actions: 'Họp',
          start: '01/12/2025',
          deadline: '01/12/2025',
        }),
        row({
          id: 'CT-0002',
          criterion: '1.2',
          actions: 'Họp',
          start: '02/12/2025',
          deadline: '01/12/2025',
        }),
      ]),
    );
    expect(at(same.errors, 2)).toEqual([]);
    // The control: one day later is refused, so the first row is accepted on purpose.
    expect(at(same.errors, 3).map((e) => e.field)).toEqual(['start']);
  });

  it('warns about a deadline before the school year, as about one after it', () => {
    const result = check(
      workbook([
        row({ id: 'CT-0001', criterion: '1.1', actions: 'Họp', deadline: '15/08/2025' }),
        row({ id: 'CT-0002', criterion: '1.2', actions: 'Họp', deadline: '15/06/2026' }),
        row({ id: 'CT-0003', criterion: '1.3', actions: 'Họp', deadline: '15/05/2026' }),
      ]),
    );
    const outside = result.warnings.filter((w) => /ngoài năm học 2025-2026/.test(w.message));
    expect(outside.map((w) => [w.row, w.field])).toEqual([
      [2, 'deadline'],
      [3, 'deadline'],
    ]);
  });

  it('a later `Chưa đạt` row for a criterion marks it weak (an item is then required)', () => {
    const result = check(
      workbook([
        row({ criterion: '2.1', level: 'Đạt mức 1' }),
        row({ criterion: '2.1', level: 'Chưa đạt' }),
        row({ id: 'CT-0001', criterion: '1.1', actions: 'Họp', period: '10/2025' }),
      ]),
    );
    const weak = result.errors.filter((e) => e.field === 'selfAssessment');
    expect(weak.map((e) => e.row)).toEqual([3]);
    expect(weak[0]?.message).toMatch(/2\.1/);
  });

  it('finds a duplicate item whatever the case of its actions', () => {
    const result = check(
      workbook([
        row({ id: 'CT-0001', criterion: '1.1', actions: 'Rà soát chiến lược', period: '10/2025' }),
        row({ id: 'CT-0002', criterion: '1.1', actions: 'RÀ SOÁT CHIẾN LƯỢC', period: '11/2025' }),
      ]),
    );
    const dup = result.warnings.filter((w) => w.field === 'actions');
    expect(dup.map((w) => w.row)).toEqual([3]);
    expect(dup[0]?.message).toMatch(/dòng 2/i);
  });

  it('a typed deadline clears the "no clear end" warning of a vague period', () => {
    const result = check(
      workbook([
        row({
          id: 'CT-0001',
          criterion: '1.1',
          actions: 'Họp',
          period: 'Cả năm',
          deadline: '31/03/2026',
        }),
        row({ id: 'CT-0002', criterion: '1.2', actions: 'Họp', period: 'Cả năm' }),
      ]),
    );
    const vague = result.warnings.filter((w) => /không có mốc kết thúc rõ ràng/.test(w.message));
    expect(vague.map((w) => w.row)).toEqual([3]);
  });
});

describe('headers as schools write them', () => {
  it('`Tiêu chuẩn/tiêu chí` is the criterion column (`/` between words ignored)', () => {
    const header = HEADER.map((h) => (h === 'Tiêu chí' ? 'Tiêu chuẩn/tiêu chí' : h));
    const result = check(
      workbook(
        [row({ id: 'CT-0001', criterion: '1.1', actions: 'Họp', period: '10/2025' })],
        header,
      ),
    );
    expect(result.errors).toEqual([]);
  });

  it('`Tiêu chí:` is the criterion column: set-up adds no second `Tiêu chí`', () => {
    const header = HEADER.map((h) => (h === 'Tiêu chí' ? 'Tiêu chí:' : h));
    const sheets = workbook([row({ id: 'CT-0001', criterion: '1.1', actions: 'Họp' })], header);
    const fakes = createFakes({ spreadsheet: { sheets }, ui: true });
    const result = loadBundle(fakes).callJson<{ addedColumns: string[] }>('setUpSheets');
    expect(result.addedColumns).not.toContain('Tiêu chí');
    const written = fakes.state.sheet(PLAN).values()[0] ?? [];
    expect(written.filter((h) => /^Tiêu chí/.test(String(h)))).toEqual(['Tiêu chí:']);
  });
});

describe('`Thông tin chung` from the sidebar (the protocol on main: a version per load)', () => {
  it('refuses a save made over a load that someone changed since, and writes nothing', () => {
    const sheets = workbook([row({ id: 'CT-0001', criterion: '1.1', actions: 'Họp' })]);
    const fakes = createFakes({ spreadsheet: { sheets }, now: '2025-10-06T02:30:00Z' });
    const app = loadBundle(fakes);
    const data = app.callJson<SidebarData>('sidebarLoad');
    // Someone else renames the school in the sheet after this sidebar loaded.
    fakes.state.sheet(INFO).setValues([['Trường Tiểu học Lê Lợi']], 'B2');
    const before = fakes.state.spreadsheet.snapshot();
    const res = app.callJson<InfoSaveResult>('sidebarSaveInfo', {
      version: data.infoVersion,
      form: { ...data.infoForm, place: 'Hà Nội' },
    });
    expect(res).toMatchObject({ ok: false, kind: 'conflict' });
    expect(fakes.state.spreadsheet.snapshot()).toEqual(before);
    // The control: the same save over a fresh load goes through.
    const fresh = app.callJson<SidebarData>('sidebarLoad');
    const ok = app.callJson<InfoSaveResult>('sidebarSaveInfo', {
      version: fresh.infoVersion,
      form: { ...fresh.infoForm, place: 'Hà Nội' },
    });
    expect(ok.ok).toBe(true);
  });
});
