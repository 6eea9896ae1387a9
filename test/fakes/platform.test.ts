/**
 * The platform behaviours of issue 9 the fakes model: scopes, the spreadsheet's own time zone
 * and locale, plain-text cells and apostrophes, sheet dimensions, google.script.run values.
 */
import { describe, expect, test } from '@jest/globals';
import { createFakes } from '.';
import { acceptedScopes, manifestScopes } from './scopes';
import { scriptRunCopy } from './script-run';

const AUTH = 'https://www.googleapis.com/auth/';
const vnDay = (d: unknown) =>
  new Date((d as Date).getTime() + 7 * 3600000).toISOString().slice(0, 10);

describe('scopes', () => {
  test('granted by default: the manifest’s oauthScopes', () => {
    const fakes = createFakes();
    expect(fakes.globals.Session.getActiveUser().getEmail()).toBe('user@example.com');
    expect(manifestScopes()).toContain(`${AUTH}userinfo.email`);
  });

  test('a method without one of its scopes throws Google’s permission message', () => {
    const fakes = createFakes({ scopes: [`${AUTH}spreadsheets.currentonly`] });
    expect(() => fakes.globals.Session.getActiveUser()).toThrow(
      `You do not have permission to call Session.getActiveUser. Required permissions: ${AUTH}userinfo.email`,
    );
    expect(() => fakes.globals.MailApp.getRemainingDailyQuota()).toThrow(
      `Required permissions: ${AUTH}script.send_mail`,
    );
    expect(() => fakes.globals.ScriptApp.getProjectTriggers()).toThrow('script.scriptapp');
    expect(() => fakes.globals.DocumentApp.create('x')).toThrow(`${AUTH}documents`);
    // Range methods accept either spreadsheets scope.
    expect(() =>
      fakes.globals.SpreadsheetApp.getActiveSpreadsheet()
        .getSheetByName('Sheet1')
        ?.getRange('A1')
        .getValues(),
    ).not.toThrow();
    const none = createFakes({ scopes: [] });
    expect(() => none.globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      `Required permissions: ${AUTH}spreadsheets.currentonly, ${AUTH}spreadsheets`,
    );
    // Methods Google lists no scope for still work.
    expect(none.globals.Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(none.globals.PropertiesService.getDocumentProperties().getProperty('x')).toBeNull();
  });

  test('a service nobody classified has no scope decided and throws; unknown members stay unimplemented', () => {
    expect(() => acceptedScopes('Utilities', 'formatDate')).toThrow(
      'no scope declared for Utilities',
    );
    const fakes = createFakes();
    const ss = fakes.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as Record<
      string,
      unknown
    >;
    expect(() => ss.getNamedRanges).toThrow('Not implemented in fake: Spreadsheet.getNamedRanges');
  });

  test('the user’s e-mail is empty without the user’s authorization (simple trigger)', () => {
    const fakes = createFakes({ authMode: 'LIMITED' });
    expect(fakes.globals.Session.getActiveUser().getEmail()).toBe('');
  });

  test('getAuthorizationInfo(FULL) lists the granted scopes', () => {
    const fakes = createFakes({ scopes: [`${AUTH}script.scriptapp`] });
    const { ScriptApp } = fakes.globals;
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL) as unknown as {
      getAuthorizedScopes(): string[];
    };
    expect(info.getAuthorizedScopes()).toEqual([`${AUTH}script.scriptapp`]);
  });
});

describe('the spreadsheet’s time zone and locale', () => {
  const sheetOf = (options: Parameters<typeof createFakes>[0] = {}) => {
    const fakes = createFakes({
      ...options,
      spreadsheet: { sheets: { S: [] }, ...options.spreadsheet },
    });
    const ss = fakes.globals.SpreadsheetApp.getActiveSpreadsheet();
    return { fakes, ss, sheet: ss.getSheetByName('S')! };
  };

  test('a typed date is midnight in the spreadsheet’s zone, read back as that instant', () => {
    const { ss, sheet } = sheetOf({ spreadsheet: { timeZone: 'Asia/Tokyo' } });
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Tokyo');
    sheet.getRange('A1').setValue('31/12/2025');
    const read = sheet.getRange('A1').getValues()[0]?.[0] as Date;
    expect(read.toISOString()).toBe('2025-12-30T15:00:00.000Z');
  });

  test('a Date written is stored as its wall clock; changing the zone keeps the wall clock', () => {
    const { fakes, ss, sheet } = sheetOf();
    sheet.getRange('A1').setValues([[new Date('2025-12-30T17:00:00Z')]]); // 31/12 00:00 in Vietnam
    expect(fakes.state.sheet('S').displayValues('A1')).toEqual([['31/12/2025']]);
    ss.setSpreadsheetTimeZone('Europe/London');
    expect(fakes.state.sheet('S').displayValues('A1')).toEqual([['31/12/2025']]);
    const read = sheet.getRange('A1').getValues()[0]?.[0] as Date;
    expect(read.toISOString()).toBe('2025-12-31T00:00:00.000Z');
  });

  test('typed slashed dates follow the locale: month first in en_US, day first in vi_VN', () => {
    const us = sheetOf({ spreadsheet: { locale: 'en_US' } });
    us.sheet.getRange('A1:B1').setValues([['05/12/2025', '21/01/2013']]);
    const [may, text] = us.sheet.getRange('A1:B1').getValues()[0] ?? [];
    expect(vnDay(may)).toBe('2025-05-12');
    expect(text).toBe('21/01/2013');
    const vn = sheetOf();
    vn.sheet.getRange('A1').setValue('05/12/2025');
    expect(vnDay(vn.sheet.getRange('A1').getValues()[0]?.[0])).toBe('2025-12-05');
    vn.ss.setSpreadsheetLocale('en_US');
    expect(vn.ss.getSpreadsheetLocale()).toBe('en_US');
  });

  test('automatic cells turn 1e3, TRUE and 0012 into a number, a boolean, a number; @ keeps them', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1:C1').setValues([['1e3', 'TRUE', '0012']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[1000, true, 12]]);
    const text = sheet.getRange('A2:C2').setNumberFormat('@');
    text.setValues([['1e3', 'TRUE', '0012']]);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([['1e3', 'TRUE', '0012']]);
  });

  test.each([
    ['dropped', '1.10'],
    ['kept', "'1.10"],
  ] as const)('a plain-text cell with the apostrophe %s reads %s', (mode, expected) => {
    const { sheet } = sheetOf({ spreadsheet: { plainTextApostrophe: mode } });
    sheet.getRange('A1:B1').setNumberFormat('@');
    sheet.getRange('A1:B1').setValues([["'1.10", '1.10']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[expected, '1.10']]);
    // In an automatic cell the apostrophe only marks text.
    sheet.getRange('C1').setValue("'1.10");
    expect(sheet.getRange('C1').getValues()).toEqual([['1.10']]);
  });
});

describe('sheet dimensions', () => {
  test('a new sheet is 1,000 × 26; a write past the edge throws; appendRow and insertRowsAfter grow it', () => {
    const fakes = createFakes();
    const ss = fakes.globals.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.insertSheet('Nhật ký');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => sheet.getRange(1001, 1, 1, 2)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow('outside the dimensions');
    sheet.getRange(1000, 1).setValue('cuối');
    sheet.appendRow(['thêm']);
    expect(sheet.getMaxRows()).toBe(1001);
    sheet.insertRowsAfter(1001, 99);
    expect(sheet.getMaxRows()).toBe(1100);
    expect(() => sheet.getRange(1100, 1).setValue('x')).not.toThrow();
    ss.deleteSheet(sheet);
    expect(fakes.state.spreadsheet.hasSheet('Nhật ký')).toBe(false);
  });
});

describe('google.script.run values', () => {
  test('a Date or a function, even nested, fails instead of being stringified', () => {
    expect(() => scriptRunCopy({ items: [{ due: new Date(0) }] }, 'the result')).toThrow(
      'google.script.run: the result holds a Date at the result.items[0].due',
    );
    expect(() => scriptRunCopy([() => 1], 'argument 1')).toThrow('holds a Function');
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => scriptRunCopy(loop, 'x')).toThrow('circular');
  });

  test('plain data is copied; undefined in arrays becomes null, in objects it is left out', () => {
    expect(scriptRunCopy({ a: [1, undefined, 'x'], b: undefined, c: null }, 'x')).toEqual({
      a: [1, null, 'x'],
      c: null,
    });
  });
});
