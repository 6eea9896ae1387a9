/** The bench framework: a target printed is a target checked, and a miss fails the run. */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { misses, resetTargets, same, target, timing } from './targets';

beforeEach(resetTargets);

describe('bench targets', () => {
  it('passes a report made only of checked targets, and reports times unchecked', () => {
    const report = [
      'checkPlan (Spreadsheet data calls flat in items)',
      `  ${target('30 items: data calls', 3, 6)}; ${timing('in the fakes', 12.3)}`,
      `  ${same('documents', 1, 1)}`,
    ].join('\n');
    expect(report).toContain('30 items: data calls: 3 (target ≤ 6) — ok');
    expect(report).toContain('in the fakes: 12 ms (time: reported, not checked)');
    expect(misses(report)).toEqual([]);
  });

  it('fails on a miss, a floor not reached, a hand-written verdict and a target only printed', () => {
    const report = [
      target('load: data calls', 7, 5),
      target('fields right', 90, 95, { atLeast: true, unit: '%' }),
      '  300 items: 25 e-mails — ok',
      'reminders (target: Spreadsheet calls flat in items)',
      '  export: 741 calls — OVER TARGET',
    ].join('\n');
    expect(misses(report)).toEqual([
      'load: data calls: 7 (target ≤ 5) — MISSED',
      'fields right: 90 % (target ≥ 95 %) — MISSED',
      'printed but not checked: 300 items: 25 e-mails — ok',
      'printed but not checked: reminders (target: Spreadsheet calls flat in items)',
      'printed but not checked: export: 741 calls — OVER TARGET',
    ]);
  });
});
