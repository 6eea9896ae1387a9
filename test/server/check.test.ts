/**
 * checkPlan through the bundle clasp would push, in the strict fakes: real plans pasted as
 * schools paste them, one bad input per rule, and the promise that a check never writes.
 */
import { describe, expect, it } from '@jest/globals';
import { createFakes, type FakeEnvironment } from '../fakes';
import { loadBundle } from '../helpers/load-bundle';
import { sample001, sample002, type Grid } from '../fixtures/samples';

interface Issue {
  sheet: string;
  row: number | null;
  field: string | null;
  column: string | null;
  message: string;
}
interface CheckResult {
  errors: Issue[];
  warnings: Issue[];
}

const PLAN = 'Kế hoạch';

function run(sheets: Record<string, Grid>, options: { ui?: boolean } = {}) {
  const fakes = createFakes({ spreadsheet: { sheets }, ui: options.ui ?? true });
  const app = loadBundle(fakes);
  const before = fakes.state.spreadsheet.snapshot();
  const result = app.callJson<CheckResult>('checkPlan');
  return { fakes, result, before, after: fakes.state.spreadsheet.snapshot() };
}

const brief = (issues: Issue[]) => issues.map((i) => `${i.sheet}|${i.row}|${i.field}`);

describe('checkPlan on sample 001 (MN Liêm Hải: a table per standard, no criterion column)', () => {
  const { result, before, after, fakes } = run(sample001().sheets);

  it('reports exactly the real error: the plan names no criterion', () => {
    expect(brief(result.errors)).toEqual([`${PLAN}|1|criterion`]);
    expect(result.errors[0]?.message).toMatch(/thiếu cột bắt buộc “Tiêu chí”/);
    // Not once per row: the column is missing, not 12 cells.
    expect(result.errors.filter((e) => e.field === 'criterion')).toHaveLength(1);
  });

  it('warns about the vague periods and the item planned beyond the school year', () => {
    const vague = result.warnings.filter((w) => /không có mốc kết thúc rõ ràng/.test(w.message));
    // `Cả năm` ×6 and `Theo đợt` ×1, each at its row, in column `Thời gian` (C).
    expect(vague.map((w) => w.row)).toEqual([4, 7, 12, 14, 15, 17, 18]);
    expect(vague.every((w) => w.field === 'period' && w.column === 'Thời gian')).toBe(true);
    expect(vague[0]?.message).toMatch(/^Dòng 4, cột “Thời gian” \(C\): .*31\/05\/2026/);
    const outside = result.warnings.filter((w) => /ngoài năm học 2025-2026/.test(w.message));
    expect(outside.map((w) => w.row)).toEqual([10]);
  });

  it('resolves BGH, PHT, Tổ CM and GV through the roster: no owner warning', () => {
    expect(result.warnings.filter((w) => w.field === 'lead')).toEqual([]);
  });

  it('changes no cell and shows the report', () => {
    expect(after).toEqual(before);
    const dialog = fakes.state.ui.dialogs.at(-1);
    expect(dialog?.title).toBe('Kết quả kiểm tra kế hoạch');
    expect(dialog?.html).toContain('Lỗi cần sửa (1)');
  });
});

describe('checkPlan on sample 002 (MN Noong Hẹt: the full 9-column table)', () => {
  const { result, before, after } = run(sample002().sheets);

  it('finds no error: headings and MỨC rows are not items, the combined owner column is read', () => {
    expect(result.errors).toEqual([]);
  });

  it('flags every “… và những năm tiếp theo” period as vague, ending 31/05/2024', () => {
    const vague = result.warnings.filter((w) => w.field === 'period');
    expect(vague.map((w) => w.row)).toEqual([4, 5, 6, 7, 9]);
    expect(vague.every((w) => w.message.includes('31/05/2024'))).toBe(true);
  });

  it('warns about owners nobody in Nhân sự answers for (kitchen staff…), not about parents', () => {
    const owners = result.warnings.filter((w) => w.field === 'lead');
    const tokens = owners.map((w) => /“([^”]+)” không khớp/.exec(w.message)?.[1]);
    expect(tokens).toEqual(
      expect.arrayContaining(['phụ trách cơ sở vật chất', 'nhân viên nhà bếp']),
    );
    // Parents are partners outside the school: no e-mail, no warning on every row.
    expect(tokens).not.toContain('cha mẹ trẻ');
    expect(owners.every((w) => w.column === 'Chủ trì và phối hợp thực hiện')).toBe(true);
    // Resolved ones are not reported.
    expect(tokens).not.toContain('Hiệu trưởng');
    expect(tokens).not.toContain('Cán bộ quản lý');
  });

  it('changes no cell', () => {
    expect(after).toEqual(before);
  });
});

/** A small valid plan in the contract's own layout; each bad-input case changes one thing. */
function validPlan(): Record<string, Grid> {
  return {
    'Thông tin chung': [
      ['Mục', 'Giá trị'],
      ['Tên trường', 'Trường Tiểu học Quang Trung'],
      ['Cấp học', 'Tiểu học'],
      ['Bộ tiêu chuẩn', 'TT17/2018'],
      ['Năm học', '2025-2026'],
      ['Ngày ban hành', '10/10/2025'],
    ],
    'Nhân sự': [
      ['Họ và tên', 'Chức vụ', 'Vai trò', 'Email', 'Nhận nhắc hạn'],
      ['Nguyễn Văn An', 'Hiệu trưởng', 'HT', 'an@thqt.edu.vn', 'Có'],
      ['Lê Thị Bình', 'Phó hiệu trưởng', 'PHT', 'binh@thqt.edu.vn', 'Có'],
      ['Trần Văn Cường', 'Tổ trưởng', 'TTCM', 'cuong@thqt.edu.vn', 'Có'],
    ],
    [PLAN]: [
      [
        'Mã',
        'Tiêu chí',
        'Tự đánh giá',
        'Điểm yếu',
        'Kết quả cần đạt',
        'Biện pháp thực hiện',
        'Chủ trì',
        'Phối hợp',
        'Thời gian thực hiện',
        'Bắt đầu',
        'Hạn hoàn thành',
        'Dự kiến kinh phí',
        'Trạng thái',
      ],
      [
        'CT-0001',
        '1.1',
        'Chưa đạt',
        'Chiến lược chưa cập nhật',
        'Chiến lược giai đoạn mới được phê duyệt',
        'Rà soát, xây dựng lại chiến lược',
        'HT',
        'PHT',
        '9/2025 – 12/2025',
        '',
        '',
        '5.000.000 đồng',
        'Đang thực hiện',
      ],
      [
        'CT-0002',
        '3.5',
        'Đạt mức 1',
        'Thiết bị dạy học thiếu',
        'Đủ thiết bị theo danh mục',
        'Kiểm kê, đề xuất mua bổ sung',
        'PHT',
        'TTCM',
        '10/2025',
        '',
        '',
        '',
        'Chưa thực hiện',
      ],
    ],
  };
}

const COL = {
  id: 0,
  criterion: 1,
  selfAssessment: 2,
  weakness: 3,
  actions: 5,
  lead: 6,
  period: 8,
  start: 9,
  deadline: 10,
  budget: 11,
  status: 12,
};

type Case = {
  name: string;
  edit: (s: Record<string, Grid>) => void;
  kind: 'errors' | 'warnings';
  sheet?: string;
  row: number | null;
  field: string;
  column?: string;
  message: RegExp;
};

const setCell = (row: number, col: number, value: unknown) => (s: Record<string, Grid>) => {
  (s[PLAN]![row - 1] as unknown[])[col] = value;
};

const CASES: Case[] = [
  {
    name: 'criterion missing',
    edit: setCell(2, COL.criterion, ''),
    kind: 'errors',
    row: 2,
    field: 'criterion',
    column: 'Tiêu chí',
    message: /Chưa nhập tiêu chí/,
  },
  {
    name: 'criterion left empty under a merged cell',
    edit: setCell(3, COL.criterion, ''),
    kind: 'errors',
    row: 3,
    field: 'criterion',
    column: 'Tiêu chí',
    message: /Chưa nhập tiêu chí\. Nếu dòng này thuộc tiêu chí 1\.1 của dòng trên/,
  },
  {
    name: 'actions missing',
    edit: setCell(3, COL.actions, '  '),
    kind: 'errors',
    row: 3,
    field: 'actions',
    column: 'Biện pháp thực hiện',
    message: /Chưa nhập biện pháp thực hiện/,
  },
  {
    name: 'lead missing',
    edit: setCell(2, COL.lead, ''),
    kind: 'errors',
    row: 2,
    field: 'lead',
    column: 'Chủ trì',
    message: /Chưa nhập người chủ trì/,
  },
  {
    name: 'criterion unknown in the catalog',
    edit: setCell(2, COL.criterion, '9.9'),
    kind: 'errors',
    row: 2,
    field: 'criterion',
    message: /Tiêu chí 9\.9 không có trong bộ tiêu chuẩn TT17\/2018/,
  },
  {
    name: 'criterion unreadable',
    edit: setCell(3, COL.criterion, 'Cơ sở vật chất'),
    kind: 'errors',
    row: 3,
    field: 'criterion',
    message: /Không đọc được mã tiêu chí/,
  },
  {
    name: 'formula text as criterion',
    edit: setCell(2, COL.criterion, '=HYPERLINK("http://x";"1.1")'),
    kind: 'errors',
    row: 2,
    field: 'criterion',
    message: /Không đọc được mã tiêu chí từ “=HYPERLINK/,
  },
  {
    name: 'HTML text as owner',
    edit: setCell(2, COL.lead, '<img src=x onerror=alert(1)>'),
    kind: 'warnings',
    row: 2,
    field: 'lead',
    message: /“<img src=x onerror=alert\(1\)>” không khớp/,
  },
  {
    name: 'HTML pasted into a weakness (stored as text; one warning naming the cell)',
    edit: setCell(2, COL.weakness, '<img src=x onerror=alert(1)>'),
    kind: 'warnings',
    row: 2,
    field: 'weakness',
    message: /“<img src=x onerror=alert\(1\)>” có mã HTML/,
  },
  {
    name: 'a formula pasted into the actions',
    edit: setCell(2, COL.actions, '=IMPORTXML(A1, "//a")'),
    kind: 'warnings',
    row: 2,
    field: 'actions',
    message: /trông như công thức/,
  },
  {
    name: 'impossible date',
    edit: setCell(2, COL.deadline, '31/02/2026'),
    kind: 'errors',
    row: 2,
    field: 'deadline',
    column: 'Hạn hoàn thành',
    message: /Ngày “31\/02\/2026” không tồn tại/,
  },
  {
    name: 'unreadable date',
    edit: setCell(3, COL.start, 'đầu tháng'),
    kind: 'errors',
    row: 3,
    field: 'start',
    message: /Không đọc được ngày “đầu tháng”/,
  },
  {
    name: 'start after deadline',
    edit: (s) => {
      setCell(2, COL.start, '01/03/2026')(s);
      setCell(2, COL.deadline, new Date(Date.UTC(2026, 0, 14, 17)))(s);
    },
    kind: 'errors',
    row: 2,
    field: 'start',
    message: /Ngày bắt đầu 01\/03\/2026 sau hạn hoàn thành 15\/01\/2026/,
  },
  {
    name: 'negative budget',
    edit: setCell(2, COL.budget, -5000000),
    kind: 'errors',
    row: 2,
    field: 'budget',
    column: 'Dự kiến kinh phí',
    message: /là số âm/,
  },
  {
    name: 'non-numeric budget',
    edit: setCell(3, COL.budget, 'Theo dự toán'),
    kind: 'errors',
    row: 3,
    field: 'budget',
    message: /Không đọc được số tiền từ “Theo dự toán”/,
  },
  {
    name: 'budget from a formula error',
    edit: setCell(3, COL.budget, '#REF!'),
    kind: 'errors',
    row: 3,
    field: 'budget',
    message: /lỗi công thức “#REF!”/,
  },
  {
    name: 'self-assessment unreadable',
    edit: setCell(3, COL.selfAssessment, 'Tốt'),
    kind: 'errors',
    row: 3,
    field: 'selfAssessment',
    message: /Không hiểu kết quả tự đánh giá “Tốt”/,
  },
  {
    name: 'self-assessment the catalog does not allow',
    edit: (s) => {
      (s['Thông tin chung']![3] as unknown[])[1] = 'TT57/2026';
      setCell(3, COL.selfAssessment, 'Đạt mức 3')(s);
    },
    kind: 'errors',
    row: 3,
    field: 'selfAssessment',
    message: /TT57\/2026 không có kết quả “Đạt mức 3”/,
  },
  {
    name: 'status unknown',
    edit: setCell(2, COL.status, 'Sắp xong'),
    kind: 'errors',
    row: 2,
    field: 'status',
    message: /Không hiểu trạng thái “Sắp xong”/,
  },
  {
    name: 'Chưa đạt criterion without an item',
    edit: (s) => {
      s[PLAN]!.push(['', '2.2', 'Chưa đạt', '', '', '', '', '', '', '', '', '', '']);
    },
    kind: 'errors',
    row: 4,
    field: 'selfAssessment',
    message: /Tiêu chí 2\.2 .* tự đánh giá “Chưa đạt” nhưng chưa có biện pháp/,
  },
  {
    name: 'duplicate item',
    edit: (s) => {
      s[PLAN]!.push([
        '',
        '1.1',
        '',
        '',
        '',
        'Rà soát, xây dựng lại chiến lược',
        'HT',
        '',
        '10/2025',
        '',
        '',
        '',
        '',
      ]);
    },
    kind: 'warnings',
    row: 4,
    field: 'actions',
    message: /Trùng với dòng 2/,
  },
  {
    name: 'duplicate id',
    edit: setCell(3, COL.id, 'CT-0001'),
    kind: 'errors',
    row: 3,
    field: 'id',
    message: /Mã “CT-0001” trùng với dòng 2/,
  },
  {
    name: 'owner resolving to nobody',
    edit: setCell(3, COL.lead, 'Kế toán'),
    kind: 'warnings',
    row: 3,
    field: 'lead',
    message: /“Kế toán” không khớp với ai/,
  },
  {
    name: 'owner with no valid address',
    edit: (s) => {
      (s['Nhân sự']![3] as unknown[])[3] = 'cuong@';
      setCell(3, COL.lead, 'TTCM')(s);
    },
    kind: 'warnings',
    row: 3,
    field: 'lead',
    message: /“TTCM” ứng với Trần Văn Cường nhưng chưa ai có địa chỉ email hợp lệ/,
  },
  {
    name: 'invalid roster address',
    edit: (s) => {
      (s['Nhân sự']![2] as unknown[])[3] = 'binh.thqt.edu.vn';
    },
    kind: 'warnings',
    sheet: 'Nhân sự',
    row: 3,
    field: 'email',
    column: 'Email',
    message: /email “binh\.thqt\.edu\.vn” không hợp lệ/,
  },
  {
    name: 'vague period',
    edit: setCell(3, COL.period, 'Cả năm'),
    kind: 'warnings',
    row: 3,
    field: 'period',
    message: /“Cả năm” không có mốc kết thúc rõ ràng; tạm lấy hạn là 31\/05\/2026/,
  },
  {
    name: 'unreadable period',
    edit: setCell(3, COL.period, 'khi có kinh phí'),
    kind: 'warnings',
    row: 3,
    field: 'period',
    message: /Chưa hiểu thời gian “khi có kinh phí”/,
  },
  {
    name: 'deadline outside the school year',
    edit: setCell(3, COL.deadline, '15/08/2026'),
    kind: 'warnings',
    row: 3,
    field: 'deadline',
    message: /15\/08\/2026 nằm ngoài năm học 2025-2026/,
  },
  {
    name: 'missing required header',
    edit: (s) => {
      (s[PLAN]![0] as unknown[])[COL.actions] = 'Việc làm';
    },
    kind: 'errors',
    row: 1,
    field: 'actions',
    message: /thiếu cột bắt buộc “Biện pháp thực hiện”/,
  },
  {
    name: 'school year missing',
    edit: (s) => {
      (s['Thông tin chung']![4] as unknown[])[1] = '';
    },
    kind: 'errors',
    sheet: 'Thông tin chung',
    row: 5,
    field: 'schoolYear',
    message: /Chưa nhập năm học/,
  },
  {
    name: 'unknown circular',
    edit: (s) => {
      (s['Thông tin chung']![3] as unknown[])[1] = 'TT99/2030';
    },
    kind: 'errors',
    sheet: 'Thông tin chung',
    row: 4,
    field: 'catalog',
    message: /Không có bộ tiêu chuẩn “TT99\/2030”/,
  },
  {
    name: 'sheet Kế hoạch missing',
    edit: (s) => {
      delete s[PLAN];
    },
    kind: 'errors',
    row: null,
    field: '',
    message: /Chưa có trang tính “Kế hoạch”/,
  },
];

describe('checkPlan on the valid plan', () => {
  it('finds nothing to report, and the cases below each start from it', () => {
    const { result } = run(validPlan());
    expect(result).toEqual({ errors: [], warnings: [] });
  });
});

describe('rows the add-on does not understand', () => {
  it('leaves headings, a repeated header and a closing total alone: no error, no change', () => {
    const sheets = validPlan();
    const width = sheets[PLAN]![0]!.length;
    const row = (cells: Record<number, unknown>) =>
      Array.from({ length: width }, (_, i) => (cells[i] ?? '') as string);
    sheets[PLAN]!.splice(1, 0, row({ [COL.criterion]: 'A. MỨC 1, 2, 3' }));
    sheets[PLAN]!.splice(
      2,
      0,
      row({ [COL.criterion]: 'I. Tiêu chuẩn 1: Tổ chức và quản lý nhà trường' }),
    );
    sheets[PLAN]!.push([...(sheets[PLAN]![0] as string[])]);
    sheets[PLAN]!.push(row({ [COL.criterion]: 'Tổng cộng', [COL.budget]: 5_000_000 }));
    const { result, before, after } = run(sheets);
    expect(result).toEqual({ errors: [], warnings: [] });
    expect(after).toEqual(before);
  });
});

describe('checkPlan: one bad input per rule', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const sheets = validPlan();
    c.edit(sheets);
    const { result, before, after } = run(sheets);
    const sheet = c.sheet ?? PLAN;
    const found = result[c.kind].filter(
      (i) => i.sheet === sheet && i.row === c.row && (i.field ?? '') === c.field,
    );
    expect(found.map((i) => i.message)).toEqual([expect.stringMatching(c.message)]);
    const issue = found[0]!;
    if (c.row !== null) expect(issue.message.startsWith(`Dòng ${c.row}`)).toBe(true);
    if (c.column) expect(issue.message).toContain(`cột “${c.column}”`);
    if (c.kind === 'warnings') expect(result.errors).toEqual([]);
    // Nothing else goes wrong because of one bad cell…
    const others = result.errors.filter((i) => i !== issue);
    expect(others).toEqual([]);
    // …and a check never writes.
    expect(after).toEqual(before);
  });

  it('shows user text in the report dialog as text, never as HTML', () => {
    const sheets = validPlan();
    setCell(2, COL.lead, '<img src=x onerror=alert(1)>')(sheets);
    const { fakes } = run(sheets);
    const html = fakes.state.ui.dialogs.at(-1)?.html ?? '';
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('falls back to a plain-text alert when the dialog is refused, and still returns', () => {
    const sheets = validPlan();
    setCell(2, COL.budget, 'Theo dự toán')(sheets);
    const fakes = createFakes({ spreadsheet: { sheets } });
    fakes.runtime.refuse('Ui.showModalDialog', 'Service error');
    const result = loadBundle(fakes).callJson<CheckResult>('checkPlan');
    expect(result.errors).toHaveLength(1);
    const alert = fakes.state.ui.alerts.at(-1);
    expect(alert?.title).toBe('Kết quả kiểm tra kế hoạch');
    expect(alert?.prompt).toContain('1 lỗi cần sửa');
    expect(alert?.prompt).toContain('Dòng 2, cột “Dự kiến kinh phí”');
  });

  it('still returns the result where there is no UI (trigger, script editor)', () => {
    const sheets = validPlan();
    setCell(2, COL.budget, 'Theo dự toán')(sheets);
    const { result, fakes } = run(sheets, { ui: false });
    expect(result.errors).toHaveLength(1);
    expect(fakes.state.ui.dialogs).toEqual([]);
  });
});

describe('onOpen in the restricted simple-trigger context', () => {
  it.each(['NONE', 'LIMITED'] as const)('adds the Kế hoạch CTCL menu under AuthMode.%s', (mode) => {
    const fakes: FakeEnvironment = createFakes({ authMode: mode });
    const app = loadBundle(fakes);
    fakes.calls.reset();
    app.call('onOpen', fakes.events.open(mode));
    const menu = fakes.state.ui.menus[0];
    expect(menu?.caption).toBe('Kế hoạch CTCL');
    const items = (menu?.items ?? []).filter((i) => i.type === 'item');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      if (item.type !== 'item') continue;
      expect(app.globalFunctions()).toContain(item.functionName);
      expect(item.caption).toMatch(
        /[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i,
      );
    }
    // Only the Ui was touched: no sheets, properties, triggers or mail.
    const services = Object.keys(fakes.calls.byService());
    expect(services.every((s) => ['SpreadsheetApp', 'Ui', 'Menu'].includes(s))).toBe(true);
  });

  it('onInstall does the same', () => {
    const fakes = createFakes({ authMode: 'LIMITED' });
    loadBundle(fakes).call('onInstall', fakes.events.open('LIMITED'));
    expect(fakes.state.ui.menus.map((m) => m.caption)).toEqual(['Kế hoạch CTCL']);
  });
});

describe('setUpSheets', () => {
  it('creates the missing sheets with frozen headers and dropdowns', () => {
    const fakes = createFakes();
    loadBundle(fakes).call('setUpSheets');
    const names = fakes.state.spreadsheet.sheetNames();
    expect(names).toEqual(
      expect.arrayContaining(['Kế hoạch', 'Nhân sự', 'Thông tin chung', 'Nhật ký nhắc hạn']),
    );
    const plan = fakes.state.sheet(PLAN);
    expect(plan.frozenRows()).toBe(1);
    expect(plan.values()[0]).toEqual(expect.arrayContaining(['Mã', 'Tiêu chí', 'Hạn hoàn thành']));
    const status = plan.values()[0]!.indexOf('Trạng thái');
    expect(plan.cell(`${String.fromCharCode(65 + status)}2`).validation).toBeTruthy();
    const info = fakes.state.sheet('Thông tin chung').values();
    expect(info.map((r) => r[0])).toEqual(expect.arrayContaining(['Năm học', 'Căn cứ']));
    expect(fakes.state.ui.alerts.at(-1)?.prompt).toMatch(/Đã tạo trang tính/);
  });

  it('still creates the sheets and headers when formatting is refused', () => {
    const fakes = createFakes();
    fakes.runtime.refuse('Range.setFontWeight', 'Service error: Spreadsheets');
    fakes.runtime.refuse('Sheet.setFrozenRows', 'Service error: Spreadsheets');
    fakes.runtime.refuse('SpreadsheetApp.newDataValidation', 'Service error: Spreadsheets');
    const result = loadBundle(fakes).callJson<{ created: string[] }>('setUpSheets');
    expect(result.created).toEqual(['Kế hoạch', 'Nhân sự', 'Thông tin chung', 'Nhật ký nhắc hạn']);
    expect(fakes.state.sheet(PLAN).values()[0]).toContain('Biện pháp thực hiện');
    expect(fakes.state.sheet(PLAN).frozenRows()).toBe(0);
    expect(fakes.state.logs.console.some((l) => /Bỏ qua định dạng/.test(l.message))).toBe(true);
  });

  it('never overwrites or reorders a pasted plan; only adds missing columns after it', () => {
    const sheets = sample002().sheets;
    const fakes = createFakes({ spreadsheet: { sheets } });
    const before = fakes.state.sheet(PLAN).values();
    loadBundle(fakes).call('setUpSheets');
    const after = fakes.state.sheet(PLAN).values();
    const width = before[0]!.length;
    expect(after.map((r) => r.slice(0, width))).toEqual(before);
    expect(after[0]!.slice(width)).toEqual(
      expect.arrayContaining(['Mã', 'Tự đánh giá', 'Hạn hoàn thành', 'Cập nhật']),
    );
    expect(after[0]).not.toContain('Kết quả cần đạt'); // its synonym is already there
  });
});
