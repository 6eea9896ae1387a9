/** The closed vocabularies: the one list of circulars, yes/no cells. */
// @ts-nocheck

import { describe, expect, it } from '@jest/globals';
import { builtInCatalogs } from '../../../src/core/plan/catalog/catalog';
import { CIRCULAR_IDS, defaultCircular, parseYesNo } from '../../../src/core/plan/codes';

describe('circulars', () => {
  it('names every built-in catalog, and the default of each school level', () => {
    expect([...CIRCULAR_IDS].sort()).toEqual(
      [...new Set(builtInCatalogs().map((c) => c.id))].sort(),
    );
    expect(
      ['mn', 'th', 'thcs', 'thpt', 'pt', null].map((l) => defaultCircular(l as never)),
    ).toEqual(['TT19/2018', 'TT17/2018', 'TT18/2018', 'TT18/2018', 'TT18/2018', '']);
  });
});

describe('parseYesNo', () => {
  it('reads Có/Không as schools write them; empty is null, anything else undefined', () => {
    expect(['Có', 'x', 'TRUE', true, 1].map(parseYesNo)).toEqual([true, true, true, true, true]);
    expect(['Không', 'k', 'false', false, 0].map(parseYesNo)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['', null, '  '].map(parseYesNo)).toEqual([null, null, null]);
    expect(['Thỉnh thoảng', 2].map(parseYesNo)).toEqual([undefined, undefined]);
  });
});
