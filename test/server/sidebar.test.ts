/**
 * The sidebar's server side through the BUILT bundle in the strict fakes: the load payload,
 * Spreadsheet calls per action, saves and deletes under the lock, conflicts against rows
 * changed or deleted by someone else, ids never reused, user text kept as text, invalid input
 * writing nothing, the first run and the roster.
 */
import { describe, expect, it } from '@jest/globals';
import { dataCalls } from '../bench/calls';
import { createFakes, type FakeEnvironment } from '../fakes';
import { generatePlan, PLAN_HEADER } from '../fixtures/generate';
import { sample001, sample002, type Grid } from '../fixtures/samples';
import { loadBundle, type LoadedBundle } from '../helpers/load-bundle';
import type {
  InfoSaveResult,
  ItemDeleteResult,
  ItemSaveResult,
  PersonDeleteResult,
  PersonSaveResult,
} from '../../src/core/sidebar/protocol';
import type { ItemView, SidebarData } from '../../src/server/sidebar';
import { ITEM_INPUT_FIELDS, type ItemInput } from '../../src/core/plan/item';

const PLAN = 'Kế hoạch';
const ROSTER = 'Nhân sự';
const INFO = 'Thông tin chung';
/** 6 October 2025, 09:30 in Vietnam. */
const NOW = '2025-10-06T02:30:00Z';
const USER = 'pht@truong.edu.vn';

function setup(sheets: Record<string, Grid>): { fakes: FakeEnvironment; app: LoadedBundle } {
  const fakes = createFakes({ spreadsheet: { sheets }, now: NOW, user: USER });
  return { fakes, app: loadBundle(fakes) };
}

const load = (app: LoadedBundle) => app.callJson<SidebarData>('sidebarLoad');

function inputOf(view: ItemView | null, changes: Partial<ItemInput> = {}): ItemInput {
  const input = {} as ItemInput;
  ITEM_INPUT_FIELDS.forEach((f, i) => {
    input[f] = view?.fields[i] ?? '';
  });
  return { ...input, ...changes };
}

function newItem(changes: Partial<ItemInput>): ItemInput {
  return inputOf(null, {
    criterion: '1.1',
    actions: 'Rà soát, bổ sung hồ sơ quản lý',
    lead: 'PHT',
    period: '9/2025 – 5/2026',
    status: 'Chưa thực hiện',
    ...changes,
  });
}

const save = (app: LoadedBundle, ref: Partial<ItemView> | null, input: ItemInput) =>
  app.callJson<ItemSaveResult>('sidebarSaveItem', {
    id: ref?.id ?? '',
    row: ref?.row ?? 0,
    version: ref?.version ?? '',
    input,
  });

/** The plan sheet's row `row` as { header: value }. */
function rowOf(fakes: FakeEnvironment, row: number, sheet = PLAN): Record<string, unknown> {
  const values = fakes.state.sheet(sheet).values();
  const header = values[0] ?? [];
  return Object.fromEntries(header.map((h, i) => [String(h), values[row - 1]?.[i] ?? '']));
}

function vnDate(v: unknown): string {
  if (Object.prototype.toString.call(v) !== '[object Date]') return `not a date: ${String(v)}`;
  const t = new Date((v as Date).getTime() + 7 * 3600000);
  const hm = t.getUTCHours() * 60 + t.getUTCMinutes();
  const dmy = `${String(t.getUTCDate()).padStart(2, '0')}/${String(t.getUTCMonth() + 1).padStart(2, '0')}/${t.getUTCFullYear()}`;
  return hm === 0 ? dmy : `${dmy} (not midnight)`;
}

/** Plain, serialisable data: objects, arrays, strings, finite numbers, booleans, null. */
function plainPath(value: unknown, at = '$'): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : at;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = plainPath(value[i], `${at}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  if (typeof value === 'object' && Object.prototype.toString.call(value) === '[object Object]') {
    for (const [k, v] of Object.entries(value as object)) {
      const bad = plainPath(v, `${at}.${k}`);
      if (bad) return bad;
    }
    return null;
  }
  return at;
}

describe('showPlanSidebar', () => {
  it('opens build/Sidebar.html as a 300 px sidebar titled in Vietnamese, self-contained and small', () => {
    const { fakes, app } = setup(generatePlan(5).sheets);
    app.call('showPlanSidebar');
    const dialog = fakes.state.ui.dialogs.at(-1);
    expect(dialog?.type).toBe('sidebar');
    expect(dialog?.title).toBe('Kế hoạch CTCL – nhập theo tiêu chí');
    expect(dialog?.width).toBe(300);
    const html = dialog?.html ?? '';
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(100 * 1024);
    expect(html).toContain('<script>');
    // No CDN, no external script, stylesheet or font.
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|@import|url\(\s*['"]?https?:/i);
    // The catalog comes from the load, not from the bundle.
    expect(html).not.toContain('Phương hướng, chiến lược xây dựng');
  });

  it('is on the menu', () => {
    const { fakes, app } = setup(generatePlan(1).sheets);
    app.call('onOpen', fakes.events.open('LIMITED'));
    const items = fakes.state.ui.menus[0]?.items ?? [];
    expect(items).toContainEqual(
      expect.objectContaining({ type: 'item', functionName: 'showPlanSidebar' }),
    );
  });
});

describe('sidebarLoad', () => {
  it('returns everything in one plain object: info, catalog, items with versions, roster, coverage, the check', () => {
    const { app } = setup(generatePlan(30).sheets);
    const raw = app.call<unknown>('sidebarLoad');
    expect(plainPath(raw)).toBeNull();
    const data = load(app);
    expect(data.firstRun).toBe(false);
    expect(data.info.schoolName).toBe('Trường Tiểu học An Bình');
    expect(data.catalog?.id).toBe('TT17/2018');
    expect(data.items).toHaveLength(30);
    expect(data.items[0]).toMatchObject({ id: 'CT-0001', row: 2, code: '1.1' });
    expect(new Set(data.items.map((i) => i.version)).size).toBe(30);
    expect(data.items.every((i) => /^[0-9a-f]{8}$/.test(i.version))).toBe(true);
    expect(data.roster.map((p) => p.name)).toContain('Giáo viên Số 1');
    // 27 criteria + 5 level-4 requirements; 1.1 has items 1 and 28 (first `Chưa đạt`).
    expect(Object.keys(data.coverage).length).toBe(32);
    expect(data.coverage['1.1']).toMatchObject({ items: 2, level: 'CD', state: 'items' });
    expect(data.coverage['M4.1']).toMatchObject({ items: 0, state: 'none' });
    expect(data.check.errors + data.check.warnings).toBeGreaterThan(0);
    expect(data.check.findings[0]?.message).toMatch(/^Dòng \d+/);
  });

  it('marks weak criteria without a plan, and criteria whose items are all done', () => {
    const sheets = generatePlan(0).sheets;
    sheets[PLAN] = [
      PLAN_HEADER,
      ['', '2.1', 'Chưa đạt', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
      [
        'CT-0001',
        '3.1',
        '',
        '',
        '',
        'Sửa sân chơi',
        'HT',
        '',
        '10/2025',
        '',
        '',
        '',
        '',
        '',
        '',
        'Hoàn thành',
        '',
        '',
      ],
    ] as Grid;
    const data = load(setup(sheets).app);
    expect(data.coverage['2.1']?.state).toBe('weak');
    expect(data.coverage['3.1']?.state).toBe('done');
    expect(data.coverage['1.1']?.state).toBe('none');
  });

  it('asks for the plan info first when `Thông tin chung` is missing, empty or holds only defaults', () => {
    const { app } = setup({ Sheet1: [] });
    app.call('setUpSheets');
    expect(load(app).firstRun).toBe(true);
    expect(load(setup({ Sheet1: [] }).app).firstRun).toBe(true);
    expect(
      load(
        setup({
          [INFO]: [
            ['Mục', 'Giá trị'],
            ['Tên trường', ''],
          ],
        }).app,
      ).firstRun,
    ).toBe(true);
  });

  it.each([30, 300])('reads each sheet once: ≤ 5 data calls at %i items', (n) => {
    const { fakes, app } = setup(generatePlan(n).sheets);
    fakes.calls.reset();
    load(app);
    const calls = fakes.calls.byMethod();
    expect(dataCalls(calls)).toBeLessThanOrEqual(5);
    expect(calls['Range.getValues']).toBe(3);
    expect(JSON.stringify(load(app)).length).toBeLessThan(200 * 1024);
  });
});

describe('sidebarSaveItem', () => {
  it('adds a new item with a new id after its criterion, a typed row, the derived deadline and who/when: ≤ 4 data calls', () => {
    const { fakes, app } = setup(generatePlan(30).sheets);
    fakes.calls.reset();
    const res = save(app, null, newItem({ budget: '5.000.000 đồng', selfAssessment: 'CĐ' }));
    expect(dataCalls(fakes.calls.byMethod())).toBeLessThanOrEqual(4);
    expect(fakes.state.locks.document.acquisitions()).toBe(1);
    expect(fakes.state.locks.document.heldBy()).toBe('nobody');
    if (!res.ok) throw new Error(JSON.stringify(res));
    expect(res.item).toMatchObject({ id: 'CT-0031', code: '1.1' });
    const row = rowOf(fakes, res.item.row);
    expect(row['Mã']).toBe('CT-0031');
    expect(row['Tiêu chí']).toBe('1.1');
    expect(row['Tự đánh giá']).toBe('Chưa đạt');
    expect(vnDate(row['Hạn hoàn thành'])).toBe('31/05/2026');
    expect(row['Bắt đầu']).toBe('');
    expect(row['Dự kiến kinh phí']).toBe(5000000);
    expect(row['Trạng thái']).toBe('Chưa thực hiện');
    expect(row['Cập nhật']).toBe(`06/10/2025 09:30 – ${USER}`);
    // The view returned is the row as it now reads: saving it again is not a conflict.
    const again = save(app, res.item, inputOf(res.item, { notes: 'Đã họp tổ' }));
    expect(again.ok).toBe(true);
  });

  it('keeps a vague period without a deadline, so the check still flags it', () => {
    const { fakes, app } = setup(generatePlan(3).sheets);
    const res = save(app, null, newItem({ period: 'Cả năm' }));
    if (!res.ok) throw new Error(res.kind);
    const at = res.item.row;
    expect(rowOf(fakes, at)['Hạn hoàn thành']).toBe('');
    const check = app.callJson<{ warnings: { row: number; message: string }[] }>('checkPlan');
    expect(
      check.warnings.some((w) => w.row === at && /không có mốc kết thúc/.test(w.message)),
    ).toBe(true);
  });

  it('stores formula-looking, number-looking and HTML text as text', () => {
    const { fakes, app } = setup(generatePlan(2).sheets);
    const res = save(
      app,
      null,
      newItem({
        weakness: '<img src=x onerror=alert(1)>',
        target: '=IMPORTXML("http://x","//a")',
        actions: '+5 giờ bồi dưỡng',
        lead: '@hieutruong',
        evidence: '1.10',
        notes: 'TRUE',
      }),
    );
    if (!res.ok) throw new Error(res.kind);
    const sheet = fakes.state.sheet(PLAN);
    expect(sheet.formulas().flat().filter(Boolean)).toEqual([]);
    const row = rowOf(fakes, res.item.row);
    expect(row['Điểm yếu']).toBe('<img src=x onerror=alert(1)>');
    expect(row['Kết quả cần đạt']).toBe('=IMPORTXML("http://x","//a")');
    expect(row['Biện pháp thực hiện']).toBe('+5 giờ bồi dưỡng');
    expect(row['Chủ trì']).toBe('@hieutruong');
    expect(row['Minh chứng']).toBe('1.10');
    expect(row['Ghi chú']).toBe('TRUE');
  });

  it('refuses invalid input with Vietnamese field errors, from the shared schema, and writes nothing', () => {
    const { fakes, app } = setup(generatePlan(5).sheets);
    const before = fakes.state.spreadsheet.snapshot();
    fakes.calls.reset();
    const res = save(
      app,
      null,
      newItem({ actions: '', budget: 'năm triệu', deadline: '31/02/2026', criterion: '9.9' }),
    );
    expect(res).toMatchObject({ ok: false, kind: 'invalid' });
    if (res.ok || res.kind !== 'invalid') return;
    expect(res.errors.map((e) => e.field).sort()).toEqual([
      'actions',
      'budget',
      'criterion',
      'deadline',
    ]);
    expect(res.errors.find((e) => e.field === 'budget')?.message).toMatch(/Không đọc được số tiền/);
    expect(fakes.state.spreadsheet.snapshot()).toEqual(before);
    expect(fakes.calls.count('Range.setValues') + fakes.calls.count('Sheet.appendRow')).toBe(0);
  });

  it('edits only the cells that changed, never a column it does not know, and keeps formulas there', () => {
    const sheets = generatePlan(4).sheets;
    // A school column in the middle of the add-on's columns, with a formula.
    const plan: Grid = (sheets[PLAN] as Grid).map((row, r) => {
      const copy = [...row];
      copy.splice(5, 0, r === 0 ? 'Mức ưu tiên' : '');
      return copy;
    });
    sheets[PLAN] = plan;
    const { fakes, app } = setup(sheets);
    fakes.state.sheet(PLAN).type('F3', '=ROW()*2');
    const item = load(app).items[1] as ItemView;
    fakes.calls.reset();
    const res = save(app, item, inputOf(item, { notes: 'Ưu tiên cao', status: 'Hoàn thành' }));
    expect(res.ok).toBe(true);
    expect(fakes.state.sheet(PLAN).formulas()[2]?.[5]).toBe('=ROW()*2');
    const row = rowOf(fakes, 3);
    expect(row['Ghi chú']).toBe('Ưu tiên cao');
    expect(row['Trạng thái']).toBe('Hoàn thành');
    expect(row['Biện pháp thực hiện']).toBe(plan[2]?.[6]);
    // Status | the school's column | notes, stamp: two runs, the formula between never written.
    expect(fakes.calls.count('Range.setValues')).toBe(2);
    expect(dataCalls(fakes.calls.byMethod())).toBeLessThanOrEqual(4);
  });

  it('refuses a save against a row someone else changed since it was loaded, shows their version, keeps it intact', () => {
    const { fakes, app } = setup(generatePlan(6).sheets);
    const item = load(app).items[2] as ItemView;
    const first = save(app, item, inputOf(item, { actions: 'Bản của cô Lan' }));
    expect(first.ok).toBe(true);
    const after = fakes.state.spreadsheet.snapshot();
    const second = save(app, item, inputOf(item, { actions: 'Bản của thầy Minh' }));
    expect(second).toMatchObject({ ok: false, kind: 'conflict' });
    if (second.ok || second.kind !== 'conflict') return;
    expect(second.message).toMatch(/^Chưa lưu: biện pháp này vừa được thay đổi/);
    expect(second.current?.id).toBe(item.id);
    expect(second.current?.fields[ITEM_INPUT_FIELDS.indexOf('actions')]).toBe('Bản của cô Lan');
    expect(fakes.state.spreadsheet.snapshot()).toEqual(after);
  });

  it('treats an edit by hand in the sheet as a change too', () => {
    const { fakes, app } = setup(generatePlan(3).sheets);
    const item = load(app).items[0] as ItemView;
    fakes.state.sheet(PLAN).type('Q2', 'Sửa tay trong bảng tính');
    const res = save(app, item, inputOf(item, { status: 'Hoàn thành' }));
    expect(res).toMatchObject({ ok: false, kind: 'conflict' });
    expect(rowOf(fakes, 2)['Ghi chú']).toBe('Sửa tay trong bảng tính');
  });

  it('finds its row by id when rows above moved, and refuses a row that was deleted', () => {
    const { fakes, app } = setup(generatePlan(5).sheets);
    const items = load(app).items;
    const [a, , c] = items as [ItemView, ItemView, ItemView];
    const del = app.callJson<ItemDeleteResult>('sidebarDeleteItem', a);
    expect(del.ok).toBe(true);
    expect(rowOf(fakes, 2)['Mã']).toBe('CT-0002');
    // c was loaded at row 4; it is now row 3.
    const res = save(app, c, inputOf(c, { notes: 'đã dời' }));
    if (!res.ok) throw new Error(JSON.stringify(res));
    expect(res.item.row).toBe(3);
    expect(rowOf(fakes, 3)).toMatchObject({ Mã: 'CT-0003', 'Ghi chú': 'đã dời' });
    const before = fakes.state.spreadsheet.snapshot();
    const gone = save(app, a, inputOf(a, { notes: 'muộn' }));
    expect(gone).toMatchObject({ ok: false, kind: 'conflict', current: null });
    expect(fakes.state.spreadsheet.snapshot()).toEqual(before);
    expect(app.callJson<ItemDeleteResult>('sidebarDeleteItem', a)).toMatchObject({
      ok: false,
      kind: 'conflict',
    });
  });

  it('never reuses an id, even after the newest item is deleted', () => {
    const { app } = setup(generatePlan(2).sheets);
    const first = save(app, null, newItem({}));
    if (!first.ok) throw new Error(JSON.stringify(first));
    expect(first.item.id).toBe('CT-0003');
    expect(app.callJson<ItemDeleteResult>('sidebarDeleteItem', first.item).ok).toBe(true);
    const second = save(app, null, newItem({ actions: 'Việc khác' }));
    if (!second.ok) throw new Error(JSON.stringify(second));
    expect(second.item.id).toBe('CT-0004');
  });

  it('is refused with a Vietnamese “busy” message while another execution holds the lock', () => {
    const { fakes, app } = setup(generatePlan(2).sheets);
    fakes.state.locks.document.holdByOther();
    const before = fakes.state.spreadsheet.snapshot();
    const res = save(app, null, newItem({}));
    expect(res).toMatchObject({ ok: false, kind: 'busy' });
    if (!res.ok) expect(res.message).toMatch(/Một người khác đang lưu/);
    expect(fakes.state.spreadsheet.snapshot()).toEqual(before);
  });
});

describe('a plan pasted from Word (sample 002: no `Mã`, combined owners, a `TT` column)', () => {
  it('gives every item row its id at the first load, adds only the `Mã` column and leaves the rest as written', () => {
    const { fakes, app } = setup(sample002().sheets);
    const width = (fakes.state.sheet(PLAN).values()[0] ?? []).length;
    const data = load(app);
    expect(data.items.every((i) => /^CT-\d{4}$/.test(i.id))).toBe(true);
    expect(new Set(data.items.map((i) => i.id)).size).toBe(data.items.length);
    expect((fakes.state.sheet(PLAN).values()[0] ?? []).length).toBe(width + 1);
    const item = data.items.find((i) => i.code === '3.3') as ItemView;
    expect(item).toMatchObject({ id: 'CT-0003', row: 6 });
    const res = save(app, item, inputOf(item, { status: 'Đang thực hiện' }));
    if (!res.ok) throw new Error(JSON.stringify(res));
    expect(res.item.id).toBe('CT-0003');
    const row = rowOf(fakes, 6);
    expect(row['Mã']).toBe('CT-0003');
    expect(row['Trạng thái']).toBe('Đang thực hiện');
    expect(row['Tiêu chuẩn, tiêu\nchí']).toBe('Tiêu chí 3.3: Khối phòng hành chính - quản trị');
    expect(row['Dự kiến\nkinh phí']).toBe('270 triệu đồng');
    expect(row['TT']).toBe('');
    // The vague period keeps no deadline.
    expect(row['Hạn hoàn thành']).toBe('');
    // Headings stay where they were.
    expect(rowOf(fakes, 2)['Tiêu chuẩn, tiêu\nchí']).toBe('MỨC 1, 2, 3');
  });

  it('identifies a pasted row without id by its version, even after rows moved', () => {
    const { fakes, app } = setup(sample002().sheets);
    const item = load(app).items.find((i) => i.code === '5.3') as ItemView;
    fakes.state
      .sheet(PLAN)
      .setValues([['', 'Tiêu chí 3.1 (bổ sung)', 'x', 'y', 'HT', '10/2025', '', '', '']], 'A3');
    expect(save(app, { ...item, row: item.row + 5 }, inputOf(item, { notes: 'ok' })).ok).toBe(true);
  });

  it('adds the contract columns on a first save into sample 001 (no criterion column)', () => {
    const { fakes, app } = setup(sample001().sheets);
    const res = save(app, null, newItem({}));
    expect(res.ok).toBe(true);
    const header = fakes.state.sheet(PLAN).values()[0] ?? [];
    expect(header).toEqual(expect.arrayContaining(['Mã', 'Tiêu chí', 'Cập nhật']));
    expect(header.slice(0, 5)).toEqual(sample001().sheets[PLAN]?.[0]);
  });
});

describe('sidebarSaveInfo (first run)', () => {
  it('writes `Thông tin chung`, picks the circular from the level, creates the sheets', () => {
    const { fakes, app } = setup({ Sheet1: [] });
    const data = load(app);
    const res = app.callJson<InfoSaveResult>('sidebarSaveInfo', {
      version: data.infoVersion,
      form: {
        schoolName: 'Trường Mầm non Hoa Sen',
        governingBody: 'UBND XÃ AN PHÚ',
        schoolLevel: 'Mầm non',
        catalog: '',
        schoolYear: '2025 - 2026',
        docNumber: '12/KH-MNHS',
        place: 'An Phú',
        signerTitle: '',
        signer: 'Nguyễn Thị Hoa',
      },
    });
    if (!res.ok) throw new Error(JSON.stringify(res));
    expect(fakes.state.spreadsheet.sheetNames()).toEqual(
      expect.arrayContaining([PLAN, ROSTER, INFO]),
    );
    const info = Object.fromEntries(
      fakes.state
        .sheet(INFO)
        .values()
        .map((r) => [r[0], r[1]]),
    );
    expect(info).toMatchObject({
      'Tên trường': 'Trường Mầm non Hoa Sen',
      'Cơ quan chủ quản': 'UBND XÃ AN PHÚ',
      'Cấp học': 'Mầm non',
      'Bộ tiêu chuẩn': 'TT19/2018',
      'Năm học': '2025-2026',
      'Số văn bản': '12/KH-MNHS',
      'Chức vụ người ký': 'HIỆU TRƯỞNG',
      'Người ký': 'Nguyễn Thị Hoa',
    });
    expect(res.data.firstRun).toBe(false);
    expect(res.data.catalog?.id).toBe('TT19/2018');
    expect(load(app).catalog?.standards).toHaveLength(5);
  });

  it('refuses a form without school, level or year', () => {
    const { fakes, app } = setup({ Sheet1: [] });
    const res = app.callJson<InfoSaveResult>('sidebarSaveInfo', {
      version: '',
      form: { schoolName: '', schoolLevel: 'Đại học', schoolYear: '2025' },
    });
    expect(res).toMatchObject({ ok: false, kind: 'invalid' });
    if (!res.ok && res.kind === 'invalid')
      expect(res.errors.map((e) => e.field)).toEqual(['schoolName', 'schoolLevel', 'schoolYear']);
    expect(fakes.state.spreadsheet.sheetNames()).toEqual(['Sheet1']);
  });
});

describe('the roster from the sidebar', () => {
  it('adds, edits with the version rule, and deletes people', () => {
    const { fakes, app } = setup(generatePlan(1).sheets);
    const added = app.callJson<PersonSaveResult>('sidebarSavePerson', {
      row: 0,
      version: '',
      input: {
        name: 'Đỗ Văn Nam',
        position: 'Tổ trưởng',
        roles: 'tổ trưởng chuyên môn, gv',
        email: 'nam@truong.edu.vn',
        remind: 'Có',
      },
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect(added.person).toMatchObject({ name: 'Đỗ Văn Nam', roles: 'TTCM, GV', row: 8 });
    const nam = added.person;
    const edited = app.callJson<PersonSaveResult>('sidebarSavePerson', {
      ...nam,
      input: { ...nam, email: 'nam.dv@truong.edu.vn' },
    });
    expect(edited.ok).toBe(true);
    expect(rowOf(fakes, 8, ROSTER)['Email']).toBe('nam.dv@truong.edu.vn');
    const stale = app.callJson<PersonSaveResult>('sidebarSavePerson', {
      ...nam,
      input: { ...nam, remind: 'Không' },
    });
    expect(stale).toMatchObject({ ok: false, kind: 'conflict' });
    const bad = app.callJson<PersonSaveResult>('sidebarSavePerson', {
      row: 0,
      version: '',
      input: { name: '', email: 'x@' },
    });
    expect(bad).toMatchObject({ ok: false, kind: 'invalid' });
    if (!edited.ok) return;
    const del = app.callJson<PersonDeleteResult>('sidebarDeletePerson', edited.person);
    expect(del.ok).toBe(true);
    expect(fakes.state.sheet(ROSTER).values().flat()).not.toContain('Đỗ Văn Nam');
  });
});

describe('errors', () => {
  it('never shows a stack trace: no spreadsheet is a Vietnamese message', () => {
    const fakes = createFakes({ activeSpreadsheet: false });
    const app = loadBundle(fakes);
    expect(() => app.call('sidebarLoad')).toThrow(/Không tìm thấy bảng tính đang mở/);
  });
});
