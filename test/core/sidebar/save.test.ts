/** The sidebar's saves, pure: the checks, the row a save refers to, the cells it changes. */
import { describe, expect, it } from '@jest/globals';
import { builtInCatalogs } from '../../../src/core/plan/catalog/catalog';
import { emptyItemInput } from '../../../src/core/plan/item';
import {
  changedCells,
  decideDelete,
  decideItemSave,
  checkInfo,
  checkItem,
  checkPerson,
  locateRow,
  updatedStamp,
  writeRuns,
} from '../../../src/core/sidebar/save';
import { coverageOf, PLAN_KEYS, rowVersion } from '../../../src/core/sidebar/load';
import { itemCells } from '../../../src/core/plan/cells';
import { mapHeaders, PLAN_COLUMNS } from '../../../src/core/plan/contract';
import { nextItemId } from '../../../src/core/sidebar/merge';

const tt17 = builtInCatalogs().find((c) => c.id === 'TT17/2018') ?? null;
const year = { schoolYear: { startYear: 2025, endYear: 2026 }, schoolYearText: '2025-2026' };

describe('checkItem', () => {
  const input = (changes: Record<string, string>) => ({
    ...emptyItemInput(),
    criterion: '1.1',
    actions: 'Rà soát',
    lead: 'PHT',
    ...changes,
  });

  it('derives the deadline from a clear period, not from a vague one', () => {
    const clear = checkItem(input({ period: '9/2025 – 5/2026' }), tt17, year);
    expect(clear).toMatchObject({ errors: [], derivedDeadline: '2026-05-31', start: '2025-09-01' });
    const vague = checkItem(input({ period: 'Cả năm' }), tt17, year);
    expect(vague.derivedDeadline).toBeNull();
    expect(vague.deadline).toBe('2026-05-31');
    expect(vague.warnings.map((w) => w.field)).toEqual(['period']);
    const typed = checkItem(input({ period: 'Cả năm', deadline: '15/12/2025' }), tt17, year);
    expect(typed).toMatchObject({ derivedDeadline: null, deadline: '2025-12-15', warnings: [] });
  });

  it('reports the schema errors and the rules across fields', () => {
    const bad = checkItem(
      input({ actions: '', criterion: '9.9', start: '01/06/2026', deadline: '01/05/2026' }),
      tt17,
      year,
    );
    expect(bad.errors.map((e) => e.field).sort()).toEqual(['actions', 'criterion', 'start']);
    expect(checkItem(input({ notes: 'x'.repeat(50001) }), tt17, year).errors[0]?.field).toBe(
      'notes',
    );
  });

  it('writes labels, dates and a budget number (`Không` stays a word)', () => {
    const check = checkItem(
      input({ period: '10/2025', selfAssessment: 'cd', status: 'đang', budget: '5 triệu' }),
      tt17,
      year,
    );
    const cells = itemCells(check.values, check.derivedDeadline, input({ budget: '5 triệu' }));
    expect(cells).toMatchObject({
      criterion: '1.1',
      selfAssessment: 'Chưa đạt',
      status: 'Đang thực hiện',
      deadline: { date: '2025-10-31' },
      start: '',
      budget: 5000000,
    });
    const none = checkItem(input({ budget: 'Không' }), tt17, year);
    expect(itemCells(none.values, none.derivedDeadline, input({ budget: 'Không' })).budget).toBe(
      'Không',
    );
  });
});

describe('changedCells and writeRuns', () => {
  const header = ['TT', 'Mã', 'Tiêu chí', 'Ghi chú riêng', 'Tự đánh giá', 'Ghi chú', 'Cập nhật'];
  const index = mapHeaders(header, PLAN_COLUMNS).index;
  const old = [1, 'CT-0001', 'Tiêu chí 1.1: Phương hướng', '=A2', 'CĐ', '', ''];

  it('keeps cells whose meaning or typed text did not change', () => {
    const changes = changedCells(
      { criterion: '1.1', selfAssessment: 'Chưa đạt', notes: 'mới', updated: 'now' },
      old,
      index,
      { criterion: '1.1' },
    );
    expect(Object.keys(changes).sort()).toEqual(['notes', 'updated']);
  });

  it('writes only the changed cells, one run per block of adjacent columns', () => {
    const runs = writeRuns({ criterion: '1.2', notes: 'mới', updated: 'now' }, index);
    expect(runs).toEqual([
      { col: 3, cells: ['1.2'] },
      { col: 6, cells: ['mới', 'now'] },
    ]);
    expect(writeRuns({}, index)).toEqual([]);
  });
});

describe('locateRow', () => {
  const header = ['Mã', 'Tiêu chí', 'Biện pháp thực hiện'];
  const index = mapHeaders(header, PLAN_COLUMNS).index;
  const values = [header, ['CT-0001', '1.1', 'a'], ['', '1.2', 'b'], ['CT-0003', '1.3', 'c']];
  const v = (r: number) => rowVersion(values[r - 1], index, PLAN_KEYS);

  it('finds a row by id wherever it moved, by version when it has no id', () => {
    expect(
      locateRow(values, index, PLAN_KEYS, { id: 'CT-0003', row: 2, version: v(4) }, 'id'),
    ).toEqual({
      ok: true,
      row: 4,
    });
    expect(locateRow(values, index, PLAN_KEYS, { id: '', row: 9, version: v(3) }, 'id')).toEqual({
      ok: true,
      row: 3,
    });
    expect(locateRow(values, index, PLAN_KEYS, {}, 'id')).toEqual({ ok: true, row: 0 });
  });

  it('is a conflict when the row changed (with its row) or is gone (null)', () => {
    expect(
      locateRow(values, index, PLAN_KEYS, { id: 'CT-0001', version: 'ffffffff' }, 'id'),
    ).toEqual({
      ok: false,
      current: 2,
    });
    expect(locateRow(values, index, PLAN_KEYS, { id: 'CT-0009', version: v(2) }, 'id')).toEqual({
      ok: false,
      current: null,
    });
  });
});

describe('ids, stamps, coverage, forms', () => {
  it('gives ids above every id present and every id given before', () => {
    const values = [['Mã'], ['CT-0007'], ['KH-12'], ['']];
    expect(nextItemId(values, 0, 0)).toEqual({ id: 'CT-0013', n: 13 });
    expect(nextItemId(values, 0, 40)).toEqual({ id: 'CT-0041', n: 41 });
    expect(nextItemId([['Tiêu chí']], undefined, 0).id).toBe('CT-0001');
  });

  it('stamps `Cập nhật` in Vietnam time', () => {
    expect(updatedStamp(Date.UTC(2025, 9, 5, 17, 5), 'a@b.vn')).toBe('06/10/2025 00:05 – a@b.vn');
    expect(updatedStamp(Date.UTC(2025, 9, 5, 17, 5), '')).toBe('06/10/2025 00:05');
  });

  it('marks each criterion: weak without plan, none, items, all done', () => {
    const map = coverageOf(
      tt17,
      [
        { code: '1.2', status: 'Hoàn thành' },
        { code: '1.3', status: 'Hoàn thành' },
        { code: '1.3', status: '' },
        { code: '', status: '' },
      ],
      { '1.1': 'CD', '1.3': 'CD' },
    );
    expect(map['1.1']?.state).toBe('weak');
    expect(map['1.2']).toMatchObject({ state: 'done', items: 1, done: 1 });
    expect(map['1.3']).toMatchObject({ state: 'items', items: 2, done: 1, level: 'CD' });
    expect(map['2.1']?.state).toBe('none');
    expect(map['']?.items).toBe(1);
  });

  it('checks the roster and first-run forms', () => {
    expect(checkPerson({ name: ' An ', roles: 'hiệu trưởng', remind: 'không' })).toEqual({
      errors: [],
      cells: { name: 'An', position: '', roles: 'HT', email: '', remind: 'Không' },
    });
    expect(checkPerson({ email: 'x@', remind: 'có lẽ' }).errors.map((e) => e.field)).toEqual([
      'name',
      'email',
      'remind',
    ]);
    expect(
      checkInfo({ schoolName: 'A', schoolLevel: 'THCS', schoolYear: '2025 – 26', catalog: '' }),
    ).toMatchObject({
      errors: [],
      values: { schoolLevel: 'Trung học cơ sở', schoolYear: '2025-2026', catalog: 'TT18/2018' },
    });
    expect(
      checkInfo({
        schoolName: 'A',
        schoolLevel: 'Mầm non',
        schoolYear: '2026-2027',
        catalog: 'Thông tư 57/2026',
      }).values.catalog,
    ).toBe('TT57/2026');
  });
});

describe('one decision per save', () => {
  const header = ['Mã', 'Tiêu chí', 'Biện pháp thực hiện', 'Chủ trì', 'Ghi chú riêng', 'Cập nhật'];
  const values = [header, ['CT-0001', '1.1', 'Rà soát hồ sơ', 'PHT', '=A2', '']];
  const index = mapHeaders(header, PLAN_COLUMNS).index;
  const context = {
    catalog: tt17,
    info: year,
    nowMs: Date.UTC(2026, 0, 5, 2, 30),
    who: () => 'ht@truong.edu.vn',
    idCounter: () => 7,
  };
  const typed = (changes: Record<string, string>) => ({ ...emptyItemInput(), ...changes });
  const loaded = { id: 'CT-0001', row: 2, version: rowVersion(values[1], index, PLAN_KEYS) };

  it('is invalid without writing anything when the input fails the check', () => {
    const d = decideItemSave(values, index, {}, typed({ criterion: '1.1' }), context);
    expect(d.kind).toBe('invalid');
    expect(d.kind === 'invalid' && d.errors.map((e) => e.field)).toEqual(['actions', 'lead']);
  });

  it('is a conflict when the row changed since it was loaded', () => {
    const input = typed({ criterion: '1.1', actions: 'Rà soát', lead: 'PHT' });
    const stale = { ...loaded, version: 'deadbeef' };
    expect(decideItemSave(values, index, stale, input, context)).toEqual({
      kind: 'conflict',
      current: 2,
      conflicts: [],
    });
  });

  it('writes only the changed cells of the loaded row, skipping a column it does not know', () => {
    const input = typed({ criterion: '1.1', actions: 'Rà soát hồ sơ', lead: 'HT' });
    const d = decideItemSave(values, index, loaded, input, context);
    if (d.kind !== 'write') throw new Error(d.kind);
    expect(d.idCounter).toBeNull();
    expect(d.write.append).toBeNull();
    expect(d.write.runs).toEqual([
      { col: 4, cells: ['HT'] },
      { col: 6, cells: ['05/01/2026 09:30 – ht@truong.edu.vn'] },
    ]);
    expect(d.write.after).toEqual([
      'CT-0001',
      '1.1',
      'Rà soát hồ sơ',
      'HT',
      '=A2',
      '05/01/2026 09:30 – ht@truong.edu.vn',
    ]);
  });

  it('appends a new item with the next id above the counter', () => {
    const input = typed({ criterion: '1.2', actions: 'Bổ sung', lead: 'TTCM' });
    const d = decideItemSave(values, index, {}, input, context);
    if (d.kind !== 'write') throw new Error(d.kind);
    expect(d.idCounter).toBe(8);
    expect(d.write.row).toBe(3);
    expect(d.write.append).toEqual([
      'CT-0008',
      '1.2',
      'Bổ sung',
      'TTCM',
      '',
      '05/01/2026 09:30 – ht@truong.edu.vn',
    ]);
  });

  it('deletes the loaded row, and refuses a row never saved', () => {
    expect(decideDelete(values, index, PLAN_KEYS, loaded, 'id')).toEqual({
      kind: 'delete',
      row: 2,
    });
    expect(decideDelete(values, index, PLAN_KEYS, {}, 'id')).toEqual({
      kind: 'conflict',
      current: null,
    });
  });
});
