/** The strict proxy layer every fake shares: unknown members throw, calls are counted. */
import { describe, expect, test } from '@jest/globals';
import { createFakes } from '.';

function setup() {
  const fakes = createFakes({ spreadsheet: { sheets: { 'Kế hoạch': [], Other: [['x']] } } });
  const ss = fakes.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName('Kế hoạch');
  if (!sheet) throw new Error('setup: no sheet');
  return { fakes, ss, sheet };
}

/** Access a member as sloppy code might, whatever the typed API says. */
const loose = (obj: unknown) => obj as Record<string, unknown>;

describe('strict proxies', () => {
  test('a member the fake does not implement throws, naming service and member', () => {
    const { fakes, sheet, ss } = setup();
    expect(() => sheet.getCharts()).toThrow('Not implemented in fake: Sheet.getCharts');
    expect(() => loose(ss).getNamedRanges).toThrow(
      'Not implemented in fake: Spreadsheet.getNamedRanges',
    );
    expect(() => sheet.getRange(1, 1).getDisplayValues()).toThrow(
      'Not implemented in fake: Range.getDisplayValues',
    );
    expect(() => loose(fakes.globals.ScriptApp.WeekDay).MONDAYY).toThrow(
      'Not implemented in fake: ScriptApp.WeekDay.MONDAYY',
    );
  });

  test('internal fields are unreachable and objects cannot be modified', () => {
    const { sheet } = setup();
    expect(() => loose(sheet).model).toThrow('Not implemented in fake: Sheet.model');
    expect(() => {
      loose(sheet).getRange = () => null;
    }).toThrow('cannot assign Sheet.getRange');
    expect('getRange' in sheet).toBe(true);
    expect('getCharts' in sheet).toBe(false);
    expect(Object.keys(sheet)).toEqual([]);
  });

  test('probes by promises, JSON and String() do not throw', async () => {
    const { sheet } = setup();
    await expect(Promise.resolve(sheet)).resolves.toBe(sheet);
    expect(JSON.stringify(sheet)).toBe('{}');
    expect(String(sheet)).toBe('Sheet');
  });

  test('a refused method throws its message on every call; others still work', () => {
    const { fakes, sheet } = setup();
    fakes.runtime.refuse('Range.setFontWeight', 'Service error: Spreadsheets');
    expect(() => sheet.getRange(1, 1).setFontWeight('bold')).toThrow('Service error: Spreadsheets');
    sheet.getRange(1, 1).setValue('x');
    expect(fakes.state.sheet('Kế hoạch').values()).toEqual([['x']]);
  });
});

describe('call counting', () => {
  test('counts each call per Service.method, with totals by service and family', () => {
    const { fakes, sheet } = setup();
    const { calls } = fakes;
    calls.reset();
    sheet.getRange(1, 1, 2, 2).getValues();
    sheet.getRange('A1').setValue('x');
    fakes.globals.MailApp.getRemainingDailyQuota();
    expect(() => sheet.getRange(0, 1)).toThrow(); // failed calls count too
    expect(calls.byMethod()).toEqual({
      'MailApp.getRemainingDailyQuota': 1,
      'Range.getValues': 1,
      'Range.setValue': 1,
      'Sheet.getRange': 3,
    });
    expect([calls.family('Spreadsheet'), calls.family('Mail'), calls.family('Document')]).toEqual([
      5, 1, 0,
    ]);
    expect(calls.byService()['Range']).toBe(2);
    calls.reset();
    expect(calls.byMethod()).toEqual({});
  });

  test('work done inside the fakes is not counted', () => {
    const { fakes, sheet } = setup();
    fakes.calls.reset();
    sheet.appendRow(['a', 'b']);
    expect(fakes.calls.byMethod()).toEqual({ 'Sheet.appendRow': 1 });
  });
});

describe('authorization modes', () => {
  test('AuthMode.NONE allows menus but not data or properties; LIMITED not mail', () => {
    const { fakes } = setup();
    expect(fakes.events.open('NONE')).toEqual({ authMode: 'NONE' });
    const { SpreadsheetApp, PropertiesService, MailApp } = fakes.globals;
    expect(() => SpreadsheetApp.getUi().createMenu('M').addItem('a', 'b').addToUi()).not.toThrow();
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(() => PropertiesService.getDocumentProperties()).toThrow('You do not have permission');
    fakes.state.authMode = 'LIMITED';
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).not.toThrow();
    expect(() => MailApp.sendEmail({ to: 'a@b.vn', subject: 's', body: 'b' })).toThrow(
      'You do not have permission to call MailApp.sendEmail',
    );
    expect(() => SpreadsheetApp.openById('fake-spreadsheet-id')).toThrow('permission');
  });

  test('a clock event switches to the trigger context: no UI, no active spreadsheet', () => {
    const fakes = createFakes();
    expect(fakes.events.clock('42')).toEqual({ authMode: 'FULL', triggerUid: '42' });
    expect(fakes.state.activeSpreadsheet).toBe(false);
    expect(fakes.globals.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(() => fakes.globals.SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi()',
    );
  });
});
