/** The pure decisions behind two editors' saves: the three-way merge, ids, placement, `Đã xóa`. */
import { describe, expect, it } from '@jest/globals';
import {
  deletedRow,
  deletedRowOf,
  deletedViews,
  insertAfter,
  mergeFields,
  missingIds,
} from '../../../src/core/sidebar/merge';
import { mapHeaders, PLAN_COLUMNS } from '../../../src/core/plan/contract';
import { ownsItem } from '../../../src/core/sidebar/load';

describe('mergeFields', () => {
  const F = ['a', 'b', 'c', 'd'] as const;
  it('takes each field from whoever changed it; only a field both changed differently conflicts', () => {
    const base = { a: '1', b: '2', c: '3', d: '4' };
    const mine = { a: 'mine', b: '2', c: 'same', d: 'x' };
    const theirs = { a: '1', b: 'theirs', c: 'same', d: 'y' };
    const m = mergeFields(F, base, mine, theirs);
    expect(m.mine).toEqual(['a']);
    expect(m.theirs).toEqual(['b']);
    expect(m.conflicts).toEqual([{ field: 'd', base: '4', mine: 'x', theirs: 'y' }]);
    expect(m.values).toMatchObject({ a: 'mine', b: 'theirs', c: 'same' });
  });
  it('ignores line-ending and spacing noise', () => {
    const m = mergeFields(['a'] as const, { a: 'x\r\ny ' }, { a: 'x\ny' }, { a: 'x\ny' });
    expect(m).toMatchObject({ mine: [], theirs: [], conflicts: [] });
  });
});

describe('missingIds', () => {
  const header = ['Mã', 'Tiêu chí', 'Biện pháp thực hiện'];
  const index = mapHeaders(header, PLAN_COLUMNS).index;
  it('numbers only the item rows without one, above every id, in runs of consecutive rows', () => {
    const values = [
      header,
      ['', '1.1', 'a'],
      ['', '1.2', 'b'],
      ['CT-0007', '1.3', 'c'],
      ['', 'MỨC 4', ''],
      ['', '2.1', 'd'],
    ];
    const items = new Set([2, 3, 4, 6]);
    const ids = missingIds(values, index, 3, (r) => items.has(r));
    expect(ids.runs).toEqual([
      { row: 2, cells: ['CT-0008', 'CT-0009'] },
      { row: 6, cells: ['CT-0010'] },
    ]);
    expect(ids.counter).toBe(10);
  });
});

describe('insertAfter', () => {
  const header = ['Mã', 'Tiêu chí'];
  const index = mapHeaders(header, PLAN_COLUMNS).index;
  const values = [header, ['', '1.1'], ['', '1.1'], ['', '1.3'], ['', '2.2'], ['', 'M4.1']];
  it('after the last row of the criterion, else of the nearest one before it in its standard', () => {
    expect(insertAfter(values, index, '1.1')).toBe(3);
    expect(insertAfter(values, index, '1.2')).toBe(3);
    expect(insertAfter(values, index, '1.4')).toBe(4);
  });
  it('before the first criterion after it when its standard has none yet; 0 to append', () => {
    expect(insertAfter(values, index, '2.1')).toBe(4);
    expect(insertAfter([header], index, '1.1')).toBe(0);
  });
});

describe('Đã xóa', () => {
  it('keeps a deleted row with its stamp; lists the latest first; finds it by id', () => {
    const header = ['Ghi chú riêng', 'Mã', 'Tiêu chí', 'Biện pháp thực hiện'];
    const index = mapHeaders(header, PLAN_COLUMNS).index;
    const kept = deletedRow(['x', 'CT-0002', '1.2', 'Rà soát'], index, '06/10/2025 09:30 – a');
    const older = deletedRow(['', 'CT-0001', '1.1', 'Cũ'], index, '01/10/2025 08:00 – b');
    const sheet = [['Xóa lúc'], older, kept];
    const views = deletedViews(sheet, 20);
    expect(views.map((v) => v.id)).toEqual(['CT-0002', 'CT-0001']);
    expect(views[0]).toMatchObject({ code: '1.2', deleted: '06/10/2025 09:30 – a' });
    expect(views[0]?.fields[4]).toBe('Rà soát');
    expect(deletedRowOf(sheet, 'CT-0001')).toBe(2);
    expect(deletedRowOf(sheet, 'CT-0009')).toBe(0);
  });
});

describe('ownsItem (the page, after a save)', () => {
  it('resolves the owners through the roster as the load does: name, role, e-mail', () => {
    const roster = [
      {
        row: 2,
        version: '',
        name: 'Lê Thị Lan',
        position: 'Phó hiệu trưởng',
        roles: 'PHT',
        email: 'lan@t.vn',
        remind: 'Có',
      },
      {
        row: 3,
        version: '',
        name: 'Trần Văn Hùng',
        position: 'Tổ trưởng',
        roles: 'TTCM',
        email: 'hung@t.vn',
        remind: 'Có',
      },
    ];
    const item = (lead: string, partners = '') => ({
      fields: ['1.1', '', '', '', 'x', lead, partners],
    });
    expect(ownsItem(item('PHT'), roster, 'LAN@t.vn')).toBe(true);
    expect(ownsItem(item('HT', 'Trần Văn Hùng'), roster, 'hung@t.vn')).toBe(true);
    expect(ownsItem(item('TTCM'), roster, 'lan@t.vn')).toBe(false);
    expect(ownsItem(item('PHT'), roster, '')).toBe(false);
  });
});
