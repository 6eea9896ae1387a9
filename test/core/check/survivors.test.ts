/**
 * The readers the check stands on, at the rule each survivor of issue 13 broke: values a
 * mutant changed without any test noticing.
 */
import { describe, expect, it } from '@jest/globals';
import { parsePeriod } from '../../../src/core/parse/period';
import { parseYesNo } from '../../../src/core/plan/codes';
import { cellToInput } from '../../../src/core/plan/cells';
import { effectiveDates } from '../../../src/core/plan/item';

const Y2025 = { startYear: 2025, endYear: 2026 };

describe('survivors in the readers', () => {
  it('`5 - 5/2026` is May 2026: a bare left month equal to the right one is the same year', () => {
    expect(parsePeriod('5 - 5/2026', Y2025)).toEqual({
      start: '2026-05-01',
      end: '2026-05-31',
      vague: false,
      recognized: true,
    });
    // The neighbours: a later left month is the year before, an earlier one the same year.
    expect(parsePeriod('9 - 5/2026', Y2025).start).toBe('2025-09-01');
    expect(parsePeriod('4 - 5/2026', Y2025).start).toBe('2026-04-01');
  });

  it('`K` and `k` mean `Không` in a yes/no cell', () => {
    expect(parseYesNo('K')).toBe(false);
    expect(parseYesNo('k')).toBe(false);
    expect(parseYesNo('C')).toBe(true);
  });

  it('drops the apostrophe that forced a formula-looking text, keeps one that is text', () => {
    expect(cellToInput('actions', '\'=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
    expect(cellToInput('actions', "'+84 912")).toBe('+84 912');
    expect(cellToInput('actions', "'-")).toBe('-');
    expect(cellToInput('actions', "'@nhom")).toBe('@nhom');
    expect(cellToInput('actions', "'đúng")).toBe("'đúng");
  });

  it('a typed deadline makes a vague period not vague, and is the deadline', () => {
    const typed = effectiveDates({ deadline: '2026-03-31' }, 'Cả năm', Y2025);
    expect(typed).toMatchObject({ vague: false, deadline: '2026-03-31', deadlineTyped: true });
    expect(typed.derivedDeadline).toBeNull();
    const untyped = effectiveDates({}, 'Cả năm', Y2025);
    expect(untyped).toMatchObject({ vague: true, deadlineTyped: false, derivedDeadline: null });
  });
});
