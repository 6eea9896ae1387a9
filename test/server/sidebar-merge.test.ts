/**
 * Issue 10 through the BUILT bundle in the strict fakes: two editors on one plan. Identity of
 * pasted rows, the field-by-field merge (items, roster, plan info), restore of deleted items,
 * the self-assessment, each person's marks, the freshness check, tidy inserts, writes that
 * touch only changed cells, sheet names matched like headers, Vietnamese errors only.
 */
import { describe, expect, it, jest } from '@jest/globals';
import { dataCalls } from '../bench/calls';
import { createFakes, type FakeEnvironment } from '../fakes';
import { FakeRange } from '../fakes/spreadsheet';
import { generatePlan } from '../fixtures/generate';
import { sample002, type Grid } from '../fixtures/samples';
import { loadBundle, type LoadedBundle } from '../helpers/load-bundle';
import type {
  AssessmentSaveResult,
  InfoSaveResult,
  ItemDeleteResult,
  ItemRestoreResult,
  ItemSaveResult,
  PersonSaveResult,
  VersionCheckResult,
} from '../../src/core/sidebar/protocol';
import type { ItemView, SidebarData } from '../../src/server/sidebar';
import { ITEM_INPUT_FIELDS, type ItemInput } from '../../src/core/plan/item';

const PLAN = 'Kế hoạch';
const NOW = '2025-10-06T02:30:00Z';

function setup(sheets: Record<string, Grid>, user = 'gv1@truong.edu.vn') {
  const fakes = createFakes({ spreadsheet: { sheets }, now: NOW, user });
  return { fakes, app: loadBundle(fakes) };
}
const load = (app: LoadedBundle) => app.callJson<SidebarData>('sidebarLoad');

function inputOf(view: Pick<ItemView, 'fields'> | null, changes: Partial<ItemInput> = {}) {
  const input = {} as ItemInput;
  ITEM_INPUT_FIELDS.forEach((f, i) => {
    input[f] = view?.fields[i] ?? '';
  });
  return { ...input, ...changes };
}

/** A save as the page sends it: the item as loaded is the base. */
const save = (app: LoadedBundle, item: ItemView, changes: Partial<ItemInput>) =>
  app.callJson<ItemSaveResult>('sidebarSaveItem', {
    id: item.id,
    row: item.row,
    version: item.version,
    input: inputOf(item, changes),
    base: inputOf(item),
  });

function rowOf(fakes: FakeEnvironment, row: number, sheet = PLAN): Record<string, unknown> {
  const values = fakes.state.sheet(sheet).values();
  const header = values[0] ?? [];
  return Object.fromEntries(header.map((h, i) => [String(h), values[row - 1]?.[i] ?? '']));
}
const rowsWith = (fakes: FakeEnvironment, text: string) =>
  fakes.state
    .sheet(PLAN)
    .values()
    .filter((r) => r.some((c) => c === text)).length;

describe('1. identity: rows pasted without `Mã`', () => {
  it('A then B edit the same pasted row: merged into it, never "deleted", never duplicated', () => {
    const { fakes, app } = setup(sample002().sheets);
    const a = load(app).items.find((i) => i.code === '3.3') as ItemView;
    const b = load(app).items.find((i) => i.code === '3.3') as ItemView;
    expect(a.id).not.toBe('');
    const first = save(app, a, { notes: 'Bản của A' });
    expect(first.ok).toBe(true);
    const second = save(app, b, { evidence: 'Biên bản của B' });
    if (!second.ok) throw new Error(JSON.stringify(second));
    expect(second.merged).toEqual(['notes']);
    expect(second.item.row).toBe(a.row);
    const row = rowOf(fakes, a.row);
    expect(row['Ghi\nchú']).toBe('Bản của A');
    expect(row['Minh chứng']).toBe('Biên bản của B');
    expect(rowsWith(fakes, 'Biên bản của B')).toBe(1);
    const after = load(app);
    expect(after.items.filter((i) => i.code === '3.3').length).toBe(1);
    expect(new Set(after.items.map((i) => i.id)).size).toBe(after.items.length);
  });

  it('rows sorted or inserted between load and save: the save finds its row by `Mã`', () => {
    const { fakes, app } = setup(generatePlan(6).sheets);
    const item = load(app).items[1] as ItemView;
    const values = fakes.state.sheet(PLAN).values();
    // Someone sorts the sheet (reverses the rows) and inserts one at the top.
    const body = values.slice(1).reverse();
    fakes.state.sheet(PLAN).setValues([['CT-0099', '5.1', '', 'x', '', 'y', 'HT'], ...body], 'A2');
    // …and edits another cell of the same item by hand.
    const moved = fakes.state
      .sheet(PLAN)
      .values()
      .findIndex((r) => r[0] === item.id);
    fakes.state.sheet(PLAN).type(`N${moved + 1}`, 'Sửa tay');
    const res = save(app, item, { notes: 'Sau khi sắp xếp' });
    if (!res.ok) throw new Error(JSON.stringify(res));
    const at = fakes.state
      .sheet(PLAN)
      .values()
      .findIndex((r) => r[0] === item.id);
    expect(res.item.row).toBe(at + 1);
    expect(rowOf(fakes, at + 1)['Ghi chú']).toBe('Sau khi sắp xếp');
    expect(rowOf(fakes, at + 1)['Điều kiện hỗ trợ']).toBe('Sửa tay');
    expect(rowsWith(fakes, 'Sau khi sắp xếp')).toBe(1);
  });
});

describe('2. field-by-field merge', () => {
  it('disjoint fields: both changes end in the sheet, the second person is told what was merged', () => {
    const { fakes, app } = setup(generatePlan(4).sheets);
    const a = load(app).items[2] as ItemView;
    const b = load(app).items[2] as ItemView;
    expect(save(app, a, { actions: 'Biện pháp của hiệu trưởng', deadline: '30/04/2026' }).ok).toBe(
      true,
    );
    const res = save(app, b, { weakness: 'Điểm yếu do cô Lan sửa' });
    if (!res.ok) throw new Error(JSON.stringify(res));
    expect(res.merged.sort()).toEqual(['actions', 'deadline']);
    expect(res.message).toMatch(/Biện pháp thực hiện/);
    const row = rowOf(fakes, a.row);
    expect(row['Biện pháp thực hiện']).toBe('Biện pháp của hiệu trưởng');
    expect(row['Điểm yếu']).toBe('Điểm yếu do cô Lan sửa');
  });

  it('a true conflict is shown field by field, writes nothing, and resolves both ways with nothing lost', () => {
    const { fakes, app } = setup(generatePlan(4).sheets);
    const a = load(app).items[1] as ItemView;
    const b = load(app).items[1] as ItemView;
    expect(save(app, a, { actions: 'Bản của A', notes: 'ghi chú A' }).ok).toBe(true);
    const before = fakes.state.sheet(PLAN).values();
    const res = save(app, b, { actions: 'Bản của B', evidence: 'minh chứng B' });
    if (res.ok || res.kind !== 'conflict') throw new Error(JSON.stringify(res));
    expect(res.conflicts).toEqual([
      { field: 'actions', base: inputOf(b).actions, mine: 'Bản của B', theirs: 'Bản của A' },
    ]);
    expect(fakes.state.sheet(PLAN).values()).toEqual(before);
    const current = res.current as ItemView;
    // B keeps their own text for the conflicting field: resend against the current row.
    const mine = app.callJson<ItemSaveResult>('sidebarSaveItem', {
      id: current.id,
      row: current.row,
      version: current.version,
      base: inputOf(current),
      input: inputOf(current, { actions: 'Bản của B', evidence: 'minh chứng B' }),
    });
    expect(mine.ok).toBe(true);
    let row = rowOf(fakes, a.row);
    expect([row['Biện pháp thực hiện'], row['Ghi chú'], row['Minh chứng']]).toEqual([
      'Bản của B',
      'ghi chú A',
      'minh chứng B',
    ]);
    // Or takes theirs: the field left as theirs merges as unchanged, B's other field is kept.
    const again = load(app).items[1] as ItemView;
    const other = save(app, again, { actions: 'Bản mới của A' });
    expect(other.ok).toBe(true);
    const r2 = save(app, again, { actions: 'Bản khác của B' });
    if (r2.ok || r2.kind !== 'conflict') throw new Error('expected a conflict');
    const now = r2.current as ItemView;
    const theirs = app.callJson<ItemSaveResult>('sidebarSaveItem', {
      id: now.id,
      row: now.row,
      version: now.version,
      base: inputOf(now),
      input: inputOf(now, { support: 'B vẫn giữ ý này' }),
    });
    expect(theirs.ok).toBe(true);
    row = rowOf(fakes, a.row);
    expect(row['Biện pháp thực hiện']).toBe('Bản mới của A');
    expect(row['Điều kiện hỗ trợ']).toBe('B vẫn giữ ý này');
  });

  it('roster rows merge field by field too', () => {
    const { fakes, app } = setup(generatePlan(3).sheets);
    const p = load(app).roster[1];
    if (!p) throw new Error('no person');
    const base = {
      name: p.name,
      position: p.position,
      roles: p.roles,
      email: p.email,
      remind: p.remind,
    };
    const send = (changes: object) =>
      app.callJson<PersonSaveResult>('sidebarSavePerson', {
        row: p.row,
        version: p.version,
        base,
        input: { ...base, ...changes },
      });
    expect(send({ position: 'Phó hiệu trưởng phụ trách chuyên môn' }).ok).toBe(true);
    const res = send({ email: 'moi@truong.edu.vn' });
    if (!res.ok) throw new Error(JSON.stringify(res));
    expect(res.merged).toEqual(['position']);
    const row = rowOf(fakes, p.row, 'Nhân sự');
    expect(row['Chức vụ']).toBe('Phó hiệu trưởng phụ trách chuyên môn');
    expect(row['Email']).toBe('moi@truong.edu.vn');
  });

  it('plan info merges field by field, and a row between two changed rows keeps its formula', () => {
    const { fakes, app } = setup(generatePlan(3).sheets);
    fakes.state.sheet('Thông tin chung').type('B9', '=TODAY()');
    const data = load(app);
    const send = (changes: object) =>
      app.callJson<InfoSaveResult>('sidebarSaveInfo', {
        form: { ...data.infoForm, ...changes },
        base: data.infoForm,
        version: data.infoVersion,
      });
    expect(send({ place: 'Xã An Bình' }).ok).toBe(true);
    const res = send({ schoolName: 'Trường TH An Bình 2', signer: 'Trần Thị B' });
    if (!res.ok) throw new Error(JSON.stringify(res));
    expect(res.merged).toEqual(['place']);
    expect(res.data.infoForm).toMatchObject({
      place: 'Xã An Bình',
      schoolName: 'Trường TH An Bình 2',
      signer: 'Trần Thị B',
    });
    expect(fakes.state.sheet('Thông tin chung').formulas()[8]?.[1]).toBe('=TODAY()');
    const clash = send({ place: 'Thôn Một' });
    expect(clash).toMatchObject({ ok: false, kind: 'conflict' });
  });
});

describe('3. restore', () => {
  it('a deletion is kept in the hidden sheet `Đã xóa`; the other editor restores it with the same `Mã`', () => {
    const { fakes, app } = setup(generatePlan(5).sheets);
    const item = load(app).items[2] as ItemView;
    const before = rowOf(fakes, item.row);
    const del = app.callJson<ItemDeleteResult>('sidebarDeleteItem', item);
    if (!del.ok) throw new Error(JSON.stringify(del));
    expect(del.message).toMatch(/Rà soát, bổ sung hồ sơ \(việc 3\)/);
    expect(fakes.state.sheet('Đã xóa').hidden()).toBe(true);
    expect(rowsWith(fakes, item.id)).toBe(0);
    // Another editor opens the sidebar: the deletion is listed, with its content.
    const other = load(app);
    expect(other.deleted[0]).toMatchObject({ id: item.id, code: item.code });
    const res = app.callJson<ItemRestoreResult>('sidebarRestoreItem', { id: item.id });
    if (!res.ok) throw new Error(JSON.stringify(res));
    expect(res.item.id).toBe(item.id);
    const after = rowOf(fakes, res.item.row);
    for (const k of ['Mã', 'Tiêu chí', 'Điểm yếu', 'Biện pháp thực hiện', 'Chủ trì', 'Minh chứng'])
      expect(after[k]).toEqual(before[k]);
    const reloaded = load(app);
    expect(reloaded.deleted).toEqual([]);
    // The view the restore returns is the row as the sheet now holds it (same version, same row).
    expect(reloaded.items.find((i) => i.id === item.id)).toMatchObject({
      row: res.item.row,
      version: res.item.version,
      fields: res.item.fields,
    });
    expect(app.callJson<ItemRestoreResult>('sidebarRestoreItem', { id: item.id })).toMatchObject({
      ok: false,
      kind: 'gone',
    });
  });
});

describe('4. self-assessment from the criterion view', () => {
  it('a weak criterion with no item: a row the check reads as the assessment, not an incomplete item', () => {
    const { fakes, app } = setup(generatePlan(3).sheets);
    const data = load(app);
    expect(data.coverage['2.1']?.state).toBe('none');
    const res = app.callJson<AssessmentSaveResult>('sidebarSaveAssessment', {
      code: '2.1',
      level: 'CĐ',
      base: '',
    });
    if (!res.ok) throw new Error(JSON.stringify(res));
    expect(res.coverage['2.1']).toMatchObject({ state: 'weak', level: 'CD' });
    const after = load(app);
    expect(after.items.length).toBe(data.items.length);
    const weak = after.check.findings.filter((f) => f.code === '2.1');
    expect(weak.length).toBe(1);
    expect(weak[0]?.field).toBe('selfAssessment');
    const check = app.callJson<{ errors: { row: number }[] }>('checkPlan');
    const row = fakes.state
      .sheet(PLAN)
      .values()
      .findIndex((r) => r[1] === '2.1');
    expect(check.errors.filter((e) => e.row === row + 1).length).toBe(1);
  });

  it('a criterion with items: every row of it gets the level; a stale base is a conflict', () => {
    const { fakes, app } = setup(generatePlan(30).sheets);
    const data = load(app);
    const code = data.items[0]?.code as string;
    const level = data.coverage[code]?.level;
    const res = app.callJson<AssessmentSaveResult>('sidebarSaveAssessment', {
      code,
      level: 'Đạt mức 2',
      base: level === 'CD' ? 'Chưa đạt' : 'Đạt mức 1',
    });
    if (!res.ok) throw new Error(JSON.stringify(res));
    const rows = fakes.state
      .sheet(PLAN)
      .values()
      .filter((r) => r[1] === code);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r[2] === 'Đạt mức 2')).toBe(true);
    expect(
      app.callJson<AssessmentSaveResult>('sidebarSaveAssessment', { code, level: 'CĐ', base: '' }),
    ).toMatchObject({ ok: false, kind: 'conflict' });
  });
});

describe('5. each person: who is signed in, my items, overdue and due soon', () => {
  it('resolves the signed-in person through `Nhân sự` and marks their items and deadlines', () => {
    const sheets = generatePlan(12).sheets;
    const plan = sheets[PLAN] as Grid;
    // Row 2 (lead Giáo viên Số 1): overdue; row 3: due in 10 days; the lead days default 14.
    (plan[1] as unknown[])[10] = '01/10/2025';
    (plan[2] as unknown[])[10] = '16/10/2025';
    (plan[2] as unknown[])[6] = 'gv1@truong.edu.vn';
    const { app } = setup(sheets, 'GV1@truong.edu.vn');
    const data = load(app);
    expect(data.me.person?.name).toBe('Giáo viên Số 1');
    expect(data.today).toBe('2025-10-06');
    expect(data.items[0]).toMatchObject({ due: 'overdue', daysLeft: -5, mine: true });
    expect(data.items[1]).toMatchObject({ due: 'soon', daysLeft: 10, mine: true });
    expect(data.items.filter((i) => i.mine).length).toBeLessThan(data.items.length);
  });
});

describe('6. freshness', () => {
  it('a cheap check (≤ 2 data calls) returns what another person changed since the load', () => {
    const { fakes, app } = setup(generatePlan(300).sheets);
    const data = load(app);
    const items = Object.fromEntries(data.items.map((i) => [i.id, i.version]));
    const ask = () =>
      app.callJson<VersionCheckResult>('sidebarCheckVersions', {
        planVersion: data.planVersion,
        items,
        leadDays: data.leadDays,
      });
    fakes.calls.reset();
    expect(ask()).toMatchObject({ planVersion: data.planVersion, changed: [], removed: [] });
    expect(dataCalls(fakes.calls.byMethod())).toBeLessThanOrEqual(2);
    const target = data.items[7] as ItemView;
    expect(save(app, target, { notes: 'Người khác vừa lưu' }).ok).toBe(true);
    fakes.calls.reset();
    const res = ask();
    expect(dataCalls(fakes.calls.byMethod())).toBeLessThanOrEqual(2);
    expect(res.planVersion).not.toBe(data.planVersion);
    expect(res.changed.map((i) => i.id)).toEqual([target.id]);
    expect(res.changed[0]?.fields).toContain('Người khác vừa lưu');
  });
});

describe('7. tidy sheet', () => {
  it('a new item goes after the last row of its criterion, formatted like it; budget a number', () => {
    const { fakes, app } = setup(generatePlan(30).sheets);
    fakes.state.sheet(PLAN).setNumberFormat('L2:L31', '#,##0');
    const last = fakes.state
      .sheet(PLAN)
      .values()
      .map((r) => r[1])
      .lastIndexOf('1.2');
    const res = app.callJson<ItemSaveResult>('sidebarSaveItem', {
      id: '',
      row: 0,
      version: '',
      input: inputOf(null, {
        criterion: '1.2',
        actions: 'Bổ sung',
        lead: 'HT',
        budget: '5.000.000',
      }),
    });
    if (!res.ok) throw new Error(JSON.stringify(res));
    expect(res.item.row).toBe(last + 2);
    expect(fakes.state.sheet(PLAN).values()[last + 1]?.[1]).toBe('1.2');
    const cell = fakes.state.sheet(PLAN).cell(`L${last + 2}`);
    expect(cell.value).toBe(5000000);
    expect(cell.numberFormat).toBe('#,##0');
  });

  it('a pasted plan gets only the columns a save needs', () => {
    const { fakes, app } = setup(sample002().sheets);
    const width = (fakes.state.sheet(PLAN).values()[0] ?? []).length;
    const item = load(app).items[0] as ItemView;
    expect(save(app, item, { notes: 'x' }).ok).toBe(true);
    // `Mã` at load; `Ghi chú` and `Cập nhật` for this save.
    expect((fakes.state.sheet(PLAN).values()[0] ?? []).length).toBeLessThanOrEqual(width + 3);
  });
});

describe('8. writes touch only what changed', () => {
  it('formulas in Minh chứng, Hạn and Kinh phí survive an edit of Điểm yếu', () => {
    const { fakes, app } = setup(generatePlan(4).sheets);
    const sheet = fakes.state.sheet(PLAN);
    sheet.type('O3', '=HYPERLINK("https://x","MC")');
    sheet.type('K3', '=J3+30');
    sheet.type('L3', '=SUM(1,2)');
    const item = load(app).items[1] as ItemView;
    const res = save(app, item, { weakness: 'Điểm yếu mới' });
    if (!res.ok) throw new Error(JSON.stringify(res));
    expect(sheet.formulas()[2]?.slice(10, 15)).toEqual([
      '=J3+30',
      '=SUM(1,2)',
      '',
      '',
      '=HYPERLINK("https://x","MC")',
    ]);
    expect(rowOf(fakes, 3)['Điểm yếu']).toBe('Điểm yếu mới');
  });

  it('a save failing half-way says exactly what was written', () => {
    const { fakes, app } = setup(generatePlan(4).sheets);
    const item = load(app).items[1] as ItemView;
    const real = FakeRange.prototype.setValues;
    let n = 0;
    const spy = jest.spyOn(FakeRange.prototype, 'setValues').mockImplementation(function (
      this: FakeRange,
      v: unknown[][],
    ) {
      if (++n === 2) throw new Error('Exception: Service Spreadsheets failed');
      return real.call(this, v);
    });
    try {
      expect(() => save(app, item, { weakness: 'mới', notes: 'ghi' })).toThrow(
        /^Lưu chưa trọn: chỉ ghi được Điểm yếu/,
      );
    } finally {
      spy.mockRestore();
    }
    expect(fakes.state.sheet(PLAN).values()[2]?.[3]).toBe('mới');
  });

  it('`Kinh phí (VNĐ)` is recognised when columns are set up; headers never past the sheet', () => {
    const sheets = generatePlan(2).sheets;
    const plan = (sheets[PLAN] as Grid).map((r) => r.slice(0, 12));
    (plan[0] as unknown[])[11] = 'Kinh phí (VNĐ)';
    const fakes = createFakes({
      spreadsheet: { sheets: { ...sheets, [PLAN]: { values: plan, maxColumns: 12 } } },
      now: NOW,
    });
    const app = loadBundle(fakes);
    app.call('setUpSheets');
    const header = fakes.state.sheet(PLAN).values()[0] ?? [];
    expect(header.filter((h) => /kinh phí/i.test(String(h)) && h !== 'Nguồn kinh phí')).toEqual([
      'Kinh phí (VNĐ)',
    ]);
    expect(header).toContain('Cập nhật');
    const item = load(app).items[0] as ItemView;
    expect(save(app, item, { notes: 'sau khi thêm cột' }).ok).toBe(true);
  });

  it('text stays text: 1e3, 2E5, 0012, TRUE', () => {
    const { fakes, app } = setup(generatePlan(2).sheets);
    const item = load(app).items[0] as ItemView;
    const res = save(app, item, { evidence: '1e3', notes: '2E5', support: '0012', target: 'TRUE' });
    if (!res.ok) throw new Error(JSON.stringify(res));
    const row = rowOf(fakes, 2);
    expect([
      row['Minh chứng'],
      row['Ghi chú'],
      row['Điều kiện hỗ trợ'],
      row['Kết quả cần đạt'],
    ]).toEqual(['1e3', '2E5', '0012', 'TRUE']);
  });

  it('a `Kế hoạch` tab in NFD with stray spaces is the plan: read, saved into, never doubled', () => {
    const sheets = generatePlan(3).sheets;
    const plan = sheets[PLAN] as Grid;
    delete sheets[PLAN];
    const name = ` ${PLAN.normalize('NFD')} `;
    const { fakes, app } = setup({ ...sheets, [name]: plan });
    const data = load(app);
    expect(data.items.length).toBe(3);
    expect(save(app, data.items[0] as ItemView, { notes: 'vào đúng trang' }).ok).toBe(true);
    expect(
      fakes.state.spreadsheet.sheetNames().filter((n) => n.normalize('NFC').trim() === PLAN),
    ).toEqual([name]);
  });
});

describe('9. errors in Vietnamese only', () => {
  it('an Apps Script exception reaches the user as a Vietnamese sentence, never `Exception: …`', () => {
    const { app } = setup(generatePlan(2).sheets);
    const item = load(app).items[0] as ItemView;
    const spy = jest.spyOn(FakeRange.prototype, 'setValues').mockImplementation(() => {
      throw new Error('Exception: Service Spreadsheets failed while accessing document');
    });
    try {
      let message = '';
      try {
        save(app, item, { notes: 'x' });
      } catch (err) {
        message = err instanceof Error ? err.message : String(err);
      }
      expect(message).not.toMatch(/Exception|Service/);
      expect(message).toMatch(/[ạảãáàâăêôơưđ]/);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('7. budgets display grouped', () => {
  it('set-up gives the budget column the `#,##0` format, so a saved budget shows 5.000.000', () => {
    const { fakes, app } = setup(generatePlan(3).sheets);
    app.call('setUpSheets');
    const item = load(app).items[0] as ItemView;
    const res = save(app, item, { budget: '5 triệu' });
    if (!res.ok) throw new Error(JSON.stringify(res));
    const cell = fakes.state.sheet(PLAN).cell(`L${item.row}`);
    expect(cell).toMatchObject({ value: 5000000, numberFormat: '#,##0' });
  });
});
