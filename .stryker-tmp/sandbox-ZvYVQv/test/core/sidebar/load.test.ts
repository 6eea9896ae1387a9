/** The sidebar's load, pure: row versions. */
// @ts-nocheck

import { describe, expect, it } from '@jest/globals';
import { fnv1a, PLAN_KEYS, rowVersion } from '../../../src/core/sidebar/load';
import { mapHeaders, PLAN_COLUMNS } from '../../../src/core/plan/contract';

describe('versions', () => {
  it('FNV-1a 32-bit, as 8 hex digits', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });

  it('a row version follows the known cells only, whatever the column order or extra columns', () => {
    const a = mapHeaders(['Mã', 'Tiêu chí', 'Biện pháp thực hiện'], PLAN_COLUMNS).index;
    const b = mapHeaders(
      ['TT', 'Biện pháp thực hiện', 'Ghi chú riêng', 'Tiêu chí', 'Mã'],
      PLAN_COLUMNS,
    ).index;
    const v1 = rowVersion(['CT-0001', '1.1', 'Rà soát'], a, PLAN_KEYS);
    expect(rowVersion([7, 'Rà soát', 'x', '1.1', 'CT-0001'], b, PLAN_KEYS)).toBe(v1);
    expect(rowVersion(['CT-0001', '1.1', 'Rà soát hồ sơ'], a, PLAN_KEYS)).not.toBe(v1);
    // A date and the same date typed as text read the same: dd/mm/yyyy.
    const d = mapHeaders(['Hạn hoàn thành'], PLAN_COLUMNS).index;
    expect(rowVersion([new Date(Date.UTC(2026, 4, 30, 17))], d, PLAN_KEYS)).toBe(
      rowVersion(['31/05/2026'], d, PLAN_KEYS),
    );
  });
});
