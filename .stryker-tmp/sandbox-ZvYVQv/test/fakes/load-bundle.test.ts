/** test/helpers/load-bundle.ts: a classic script runs in a bare realm holding only the fakes. */
// @ts-nocheck

import { describe, expect, test } from '@jest/globals';
import { loadBundle } from '../helpers/load-bundle';
import { createFakes } from '.';

const VN = 7 * 3600 * 1000;
/** Midnight of a calendar day in Asia/Ho_Chi_Minh. */
const vnMidnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - VN);

describe('loadBundle', () => {
  const SCRIPT = `
    function readRow() {
      var v = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S').getRange(1, 1, 1, 2).getValues();
      return { isArray: v instanceof Array, isDate: v[0][1] instanceof Date, text: v[0][0] };
    }
    function writeDate() {
      SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S').getRange(1, 3).setValue(new Date(2024, 0, 15));
    }
    function caught() {
      try { SpreadsheetApp.getActiveSpreadsheet().insertSheet('S'); }
      catch (e) { return (e instanceof Error) + ':' + e.message; }
    }
    function globalsSeen() {
      return [typeof require, typeof process, typeof setTimeout, typeof module, typeof CTCL_MISSING];
    }
    function clock() {
      var d = new Date();
      return [Date.now(), d.getTime(), d.getHours(), d.getTimezoneOffset(), String(d).slice(16)];
    }
    function parse() {
      return [Date.parse('2024-01-15'), Date.parse('2024-01-15T08:00:00'), new Date(2024, 0, 15, 8).getTime()];
    }
    function fail() { MailApp.sendEmail({ to: 'bad', subject: 's', body: 'b' }); }
    function echo(x) { return x; }
    var notAFunction = 1;
  `;

  function loaded(nowMs?: number) {
    const fakes = createFakes({
      spreadsheet: { sheets: { S: [['chữ', vnMidnight(2024, 5, 1)]] } },
    });
    return {
      fakes,
      app: loadBundle(fakes, { code: SCRIPT, ...(nowMs === undefined ? {} : { nowMs }) }),
    };
  }

  test('runs a classic script against the fakes in their own realm', () => {
    const { fakes, app } = loaded();
    expect(app.callJson('readRow')).toEqual({ isArray: true, isDate: true, text: 'chữ' });
    app.call('writeDate');
    expect(fakes.state.sheet('S').values('C1')).toEqual([[vnMidnight(2024, 1, 15)]]);
    expect(app.call('caught')).toBe(
      'true:A sheet with the name "S" already exists. Please enter another name.',
    );
    expect(() => app.call('fail')).toThrow('Invalid email: bad');
    expect(fakes.calls.count('Sheet.getRange')).toBe(2);
  });

  test('the context holds only the fakes', () => {
    const { app } = loaded();
    expect(app.callJson('globalsSeen')).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
    ]);
    expect(app.globalFunctions()).toEqual([
      'caught',
      'clock',
      'echo',
      'fail',
      'globalsSeen',
      'parse',
      'readRow',
      'writeDate',
    ]);
    expect(() => app.call('notAFunction')).toThrow(
      'Code.js has no top-level function notAFunction',
    );
    expect(() => app.call('SpreadsheetApp')).toThrow('no top-level function');
  });

  test('arguments are copied into the script realm; results come back raw or as JSON', () => {
    const { app } = loaded();
    const raw = app.call<unknown[]>('echo', [1, { a: new Date(0) }]);
    expect(raw instanceof Array).toBe(false); // an array of the script's realm
    expect(Array.isArray(raw)).toBe(true);
    expect(app.callJson('echo', [1, { a: 'b' }])).toEqual([1, { a: 'b' }]);
    expect(app.callJson('echo')).toBeUndefined();
  });

  test('the clock and the script time zone (UTC+7) apply inside the context', () => {
    const noon = Date.UTC(2024, 0, 15, 5, 0, 0); // 12:00 in Vietnam
    const { app } = loaded(noon);
    expect(app.callJson('clock')).toEqual([
      noon,
      noon,
      12,
      -420,
      '12:00:00 GMT+0700 (Indochina Time)',
    ]);
    app.setNow(noon + 3600 * 1000);
    expect(app.callJson<number[]>('clock')[2]).toBe(13);
    expect(app.callJson('parse')).toEqual([
      Date.UTC(2024, 0, 15),
      Date.UTC(2024, 0, 15, 1),
      Date.UTC(2024, 0, 15, 1),
    ]);
  });

  test('loads the real build/Code.js', () => {
    const fakes = createFakes();
    const app = loadBundle(fakes);
    expect(app.globalFunctions()).toContain('onOpen');
  });
});
