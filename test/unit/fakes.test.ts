import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { createFakes, type FakeOptions } from '../fakes';
import { loadBundle } from '../helpers/load-bundle';

const VN = 7 * 3600 * 1000;
/** Midnight of a calendar day in Asia/Ho_Chi_Minh. */
const vnMidnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - VN);

function setup(options: FakeOptions = {}) {
  const fakes = createFakes({
    spreadsheet: { sheets: { 'Kế hoạch': [], Other: [['x']] } },
    ...options,
  });
  const ss = fakes.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName('Kế hoạch');
  if (!sheet) throw new Error('setup: no sheet');
  return { fakes, ss, sheet, state: fakes.state };
}

/** Access a member the typed API does not declare, as sloppy code might. */
const loose = (obj: unknown) => obj as Record<string, unknown>;

describe('strict proxies', () => {
  test('an unimplemented member throws with the service and member name', () => {
    const { sheet, ss } = setup();
    expect(() => loose(sheet).getCharts).toThrow(
      'Fake Apps Script: Sheet.getCharts is not implemented',
    );
    expect(() => loose(ss).getNamedRanges).toThrow(
      'Fake Apps Script: Spreadsheet.getNamedRanges is not implemented',
    );
    expect(() => loose(sheet.getRange(1, 1)).getRichTextValue).toThrow(
      'Fake Apps Script: Range.getRichTextValue is not implemented',
    );
  });

  test('a refused method throws its message on every call, others still work', () => {
    const fakes = createFakes();
    fakes.runtime.refuse('Range.setFontWeight', 'Service error: Spreadsheets');
    const sheet = fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
    expect(() => sheet.getRange(1, 1).setFontWeight('bold')).toThrow('Service error: Spreadsheets');
    sheet.getRange(1, 1).setValue('x');
    expect(fakes.state.sheet(sheet.getName()).values()).toEqual([['x']]);
  });

  test('internal fields are not reachable and objects cannot be modified', () => {
    const { sheet } = setup();
    expect(() => loose(sheet)._model).toThrow('Sheet._model is not implemented');
    expect(() => loose(sheet).world).toThrow('Sheet.world is not implemented');
    expect(() => {
      loose(sheet).getName = () => 'x';
    }).toThrow('cannot assign Sheet.getName');
    expect('getRange' in sheet).toBe(true);
    expect('getCharts' in sheet).toBe(false);
    expect(Object.keys(sheet)).toEqual([]);
  });

  test('probes by promises, JSON and String() do not throw', async () => {
    const { sheet } = setup();
    expect(loose(sheet).then).toBeUndefined();
    await expect(Promise.resolve(sheet)).resolves.toBe(sheet);
    expect(JSON.stringify(sheet)).toBe('{}');
    expect(String(sheet)).toBe('Sheet');
  });

  test('enums are strings and unknown members throw', () => {
    const { fakes } = setup();
    const { ScriptApp } = fakes.globals;
    expect(ScriptApp.WeekDay.MONDAY).toBe('MONDAY');
    expect(ScriptApp.AuthMode.FULL).toBe('FULL');
    expect(Object.keys(ScriptApp.WeekDay)).toContain('SUNDAY');
    expect(() => loose(ScriptApp.WeekDay).MONDAYY).toThrow(
      'ScriptApp.WeekDay.MONDAYY is not implemented',
    );
  });

  test('objects passed back to the fakes are unwrapped', () => {
    const { ss, state } = setup();
    const other = ss.getSheetByName('Other');
    if (!other) throw new Error('no Other');
    ss.deleteSheet(other);
    expect(state.spreadsheet.sheetNames()).toEqual(['Kế hoạch']);
  });
});

describe('call counting', () => {
  test('counts each call per Service.method, with totals by prefix and family', () => {
    const { fakes, sheet } = setup();
    const { calls } = fakes;
    calls.reset();
    sheet.getRange(1, 1, 2, 2).getValues();
    sheet.getRange('A1').setValue('x');
    fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Other');
    fakes.globals.MailApp.getRemainingDailyQuota();
    fakes.globals.SpreadsheetApp.getUi().createMenu('M').addItem('a', 'f').addToUi();

    expect(calls.count('Sheet.getRange')).toBe(2);
    expect(calls.count('Range.getValues')).toBe(1);
    expect(calls.total(['Range'])).toBe(2);
    expect(calls.total(['Sheet.getRange', 'Range.setValue'])).toBe(3);
    expect(calls.byMethod()).toEqual({
      'Menu.addItem': 1,
      'Menu.addToUi': 1,
      'MailApp.getRemainingDailyQuota': 1,
      'Range.getValues': 1,
      'Range.setValue': 1,
      'Sheet.getRange': 2,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'SpreadsheetApp.getUi': 1,
      'Ui.createMenu': 1,
    });
    expect(calls.family('Spreadsheet')).toBe(10);
    expect(calls.family('Mail')).toBe(1);
    expect(calls.family('Document')).toBe(0);
    expect(calls.byService()['Range']).toBe(2);
    expect(calls.total()).toBe(11);
    expect(calls.sequence().slice(0, 2)).toEqual(['Sheet.getRange', 'Range.getValues']);
    calls.reset();
    expect(calls.total()).toBe(0);
  });

  test('work done inside the fakes is not counted', () => {
    const { fakes, sheet } = setup();
    fakes.calls.reset();
    sheet.appendRow(['a', 'b']);
    expect(fakes.calls.byMethod()).toEqual({ 'Sheet.appendRow': 1 });
  });

  test('failed calls are counted too', () => {
    const { fakes, sheet } = setup();
    fakes.calls.reset();
    expect(() => sheet.getRange(0, 1)).toThrow();
    expect(fakes.calls.count('Sheet.getRange')).toBe(1);
  });
});

describe('Sheets value interpretation', () => {
  test('an apostrophe keeps text as text and is dropped', () => {
    const { sheet, state } = setup();
    sheet.getRange(1, 1, 1, 3).setValues([["'0912345678", "'=SUM(A1)", "'- gạch đầu dòng"]]);
    expect(state.sheet('Kế hoạch').values()).toEqual([
      ['0912345678', '=SUM(A1)', '- gạch đầu dòng'],
    ]);
    expect(sheet.getRange(1, 1, 1, 3).getFormulas()).toEqual([['', '', '']]);
  });

  test('= + - @ starts a formula whose value is #ERROR!', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:D1');
    range.setValues([['=SUM(B1:B2)', '- Họp tổ chuyên môn', '+ Tổ chức', '@Nguyễn']]);
    expect(range.getFormulas()).toEqual([
      ['=SUM(B1:B2)', '=- Họp tổ chuyên môn', '=+ Tổ chức', '=@Nguyễn'],
    ]);
    expect(range.getValues()).toEqual([['#ERROR!', '#ERROR!', '#ERROR!', '#ERROR!']]);
    expect(range.getDisplayValues()).toEqual([['#ERROR!', '#ERROR!', '#ERROR!', '#ERROR!']]);
  });

  test('numeric strings become numbers, TRUE/FALSE booleans', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:F1');
    range.setValues([['5000000', '1.5', '-5', '0912345678', 'true', ' 12 ']]);
    expect(range.getValues()).toEqual([[5000000, 1.5, -5, 912345678, true, 12]]);
    expect(range.getDisplayValues()).toEqual([['5000000', '1.5', '-5', '912345678', 'TRUE', '12']]);
  });

  test('d/m/yyyy and dd/mm/yyyy become Dates at midnight in Vietnam', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:D1');
    range.setValues([['5/3/2024', '15/12/2024', '31/02/2024', '2024-09-01']]);
    const [row] = range.getValues();
    expect(row?.[0]).toEqual(vnMidnight(2024, 3, 5));
    expect(row?.[1]).toEqual(vnMidnight(2024, 12, 15));
    expect(row?.[2]).toBe('31/02/2024');
    expect(row?.[3]).toEqual(vnMidnight(2024, 9, 1));
    expect(range.getDisplayValues()).toEqual([
      ['05/03/2024', '15/12/2024', '31/02/2024', '01/09/2024'],
    ]);
  });

  test("number format '@' keeps every typed string as text", () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:D1');
    range.setNumberFormat('@');
    range.setValues([['5000000', '5/3/2024', 'TRUE', "'abc"]]);
    expect(range.getValues()).toEqual([['5000000', '5/3/2024', 'TRUE', 'abc']]);
    expect(range.getNumberFormat()).toBe('@');
    expect(sheet.getRange('E1').getNumberFormat()).toBe('0.###############');
  });

  test('Dates, numbers and booleans are stored as they are; null and "" clear', () => {
    const { sheet } = setup();
    const when = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
    sheet.getRange('A1:D1').setValues([[when, 42, false, 'x']]);
    sheet.getRange('D1').setValue(null);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[when, 42, false, '']]);
    expect(sheet.getLastColumn()).toBe(3);
  });

  test('setValue writes every cell of the range', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue('7');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });

  test('getValues returns copies of exactly the range size', () => {
    const { sheet, state } = setup();
    sheet.getRange('B2').setValue('15/12/2024');
    const values = sheet.getRange(1, 1, 3, 3).getValues();
    expect(values).toEqual([
      ['', '', ''],
      ['', vnMidnight(2024, 12, 15), ''],
      ['', '', ''],
    ]);
    (values[1]?.[1] as Date).setFullYear(1999);
    values[0]?.push('extra');
    expect(state.sheet('Kế hoạch').values('B2')).toEqual([[vnMidnight(2024, 12, 15)]]);
    expect(sheet.getRange(1, 1, 3, 3).getValues()[0]).toHaveLength(3);
  });

  test('initial rows are stored verbatim, not interpreted', () => {
    const fakes = createFakes({
      spreadsheet: {
        sheets: {
          S: [
            ['=x', '5', '1/2/2024', "'a"],
            [vnMidnight(2024, 1, 1), 3],
          ],
        },
      },
    });
    expect(fakes.state.sheet('S').values()).toEqual([
      ['=x', '5', '1/2/2024', "'a"],
      [vnMidnight(2024, 1, 1), 3, '', ''],
    ]);
    expect(fakes.state.sheet('S').formulas()).toEqual([
      ['', '', '', ''],
      ['', '', '', ''],
    ]);
  });

  test('state.type interprets like a user typing', () => {
    const { state } = setup();
    state.sheet('Kế hoạch').type('A1', '- việc');
    expect(state.sheet('Kế hoạch').cell('A1')).toMatchObject({
      value: '#ERROR!',
      formula: '=- việc',
    });
  });
});

describe('ranges and sheet geometry', () => {
  test('setValues throws like Apps Script on a size mismatch', () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 3, 2);
    expect(() => range.setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(() => range.setValues([['a', 'b'], ['c'], ['d', 'e']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  test('getRange validates like Apps Script', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1000, 1, 2)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow('outside the dimensions of the sheet');
    expect(() => sheet.getRange(1.5, 1)).toThrow("don't match the method signature");
  });

  test('A1 notation', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B2:D4');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 3, 3]);
    expect(r.getA1Notation()).toBe('B2:D4');
    const open = sheet.getRange('B2:B');
    expect([open.getRow(), open.getNumRows(), open.getNumColumns()]).toEqual([2, 999, 1]);
    expect(sheet.getRange(3, 28 - 26).getA1Notation()).toBe('B3');
    expect(() => sheet.getRange('nope')).toThrow('Range not found');
  });

  test('getDataRange spans A1 to the last row and column with content', () => {
    const { sheet } = setup();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('C4').setValue('x');
    sheet.getRange('E9').setBackground('#ff0000'); // formatting only: not content
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 3]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  test('appendRow writes after the last row, interprets strings and grows the sheet', () => {
    const fakes = createFakes({ spreadsheet: { sheets: { S: { values: [['a']], maxRows: 1 } } } });
    const sheet = fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet?.appendRow(['x', '5', "'5", '=A1']);
    expect(fakes.state.sheet('S').values()).toEqual([
      ['a', '', '', ''],
      ['x', 5, '5', '#ERROR!'],
    ]);
    expect(sheet?.getMaxRows()).toBe(2);
  });

  test('insertRowsAfter and deleteRow move the rows below', () => {
    const fakes = createFakes({ spreadsheet: { sheets: { S: [['1'], ['2'], ['3']] } } });
    const sheet = fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S');
    sheet?.insertRowsAfter(1, 2);
    expect(fakes.state.sheet('S').values()).toEqual([['1'], [''], [''], ['2'], ['3']]);
    expect(sheet?.getMaxRows()).toBe(1002);
    sheet?.deleteRow(2);
    sheet?.deleteRows(2, 1);
    expect(fakes.state.sheet('S').values()).toEqual([['1'], ['2'], ['3']]);
    expect(() => sheet?.deleteRows(2, 1000)).toThrow('Those rows are out of bounds.');
    expect(() => sheet?.deleteRows(1, 1000)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });

  test('frozen rows, column widths, hidden columns', () => {
    const { sheet, state } = setup();
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 240);
    sheet.hideColumns(3, 2);
    sheet.autoResizeColumns(1, 1);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getColumnWidth(2)).toBe(240);
    expect(sheet.isColumnHiddenByUser(4)).toBe(true);
    const snap = state.sheet('Kế hoạch').snapshot();
    expect(snap).toMatchObject({
      frozenRows: 1,
      columnWidths: { 2: 240 },
      hiddenColumns: [3, 4],
      autoResizedColumns: [1],
    });
  });

  test('snapshot detects any change', () => {
    const { sheet, state } = setup();
    sheet.getRange('A1:B1').setValues([['Mã', 'Tiêu chí']]);
    const before = state.sheet('Kế hoạch').snapshot();
    expect(state.sheet('Kế hoạch').snapshot()).toEqual(before);
    sheet.getRange('A1').setFontWeight('bold');
    expect(state.sheet('Kế hoạch').snapshot()).not.toEqual(before);
    expect(state.sheet('Kế hoạch').snapshot().formatting).toEqual({ A1: { fontWeight: 'bold' } });
  });
});

describe('spreadsheets and sheets', () => {
  test('insertSheet refuses a name in use; getSheetByName is exact', () => {
    const { ss } = setup();
    expect(() => ss.insertSheet('Kế hoạch')).toThrow(
      'A sheet with the name "Kế hoạch" already exists. Please enter another name.',
    );
    const created = ss.insertSheet('Nhân sự');
    expect(created.getName()).toBe('Nhân sự');
    expect(ss.getActiveSheet().getName()).toBe('Nhân sự');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Kế hoạch', 'Other', 'Nhân sự']);
    expect(ss.getSheetByName('nhân sự')).toBeNull();
    expect(ss.getSheetByName('Nhân sự')?.getSheetId()).toBe(created.getSheetId());
  });

  test('spreadsheet identity and time zone', () => {
    const { ss } = setup();
    expect(ss.getId()).toBe('fake-spreadsheet-id');
    expect(ss.getUrl()).toBe('https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/edit');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(ss.getRange("'Other'!A1").getValue()).toBe('x');
  });

  test('no active spreadsheet in a trigger context, but openById works', () => {
    const fakes = createFakes({ activeSpreadsheet: false, spreadsheet: { id: 'abc' } });
    const { SpreadsheetApp } = fakes.globals;
    expect(SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(SpreadsheetApp.getActive()).toBeNull();
    expect(SpreadsheetApp.openById('abc').getId()).toBe('abc');
    expect(() => SpreadsheetApp.openById('zzz')).toThrow();
  });

  test('data validation rules are built, stored and read back', () => {
    const { fakes, sheet, state } = setup();
    const { SpreadsheetApp } = fakes.globals;
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['Chưa làm', 'Đang làm', 'Xong'], true)
      .setAllowInvalid(false)
      .setHelpText('Chọn trạng thái')
      .build();
    sheet.getRange('P2:P5').setDataValidation(rule);
    const read = sheet.getRange('P3').getDataValidation();
    expect(read?.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(read?.getCriteriaValues()).toEqual([['Chưa làm', 'Đang làm', 'Xong'], true]);
    expect(read?.getAllowInvalid()).toBe(false);
    expect(state.sheet('Kế hoạch').cell('P5').validation).toEqual({
      criteria: 'VALUE_IN_LIST',
      values: [['Chưa làm', 'Đang làm', 'Xong'], true],
      allowInvalid: false,
      helpText: 'Chọn trạng thái',
    });
    expect(sheet.getRange('P6').getDataValidation()).toBeNull();
    const ranged = SpreadsheetApp.newDataValidation()
      .requireValueInRange(sheet.getRange('A2:A'))
      .build();
    sheet.getRange('B2').setDataValidation(ranged);
    expect(state.sheet('Kế hoạch').cell('B2').validation?.values).toEqual([
      "'Kế hoạch'!A2:A1000",
      true,
    ]);
  });
});

describe('Ui and HtmlService', () => {
  test('getUi throws where there is no UI', () => {
    const { fakes } = setup({ ui: false });
    expect(() => fakes.globals.SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  test('menus are recorded with captions and function names', () => {
    const { fakes, state } = setup();
    const ui = fakes.globals.SpreadsheetApp.getUi();
    const sub = ui.createMenu('Xuất').addItem('Word', 'exportDoc');
    ui.createMenu('Kế hoạch CTCL')
      .addItem('Kiểm tra', 'checkPlan')
      .addSeparator()
      .addSubMenu(sub)
      .addToUi();
    ui.createAddonMenu().addItem('Mở', 'openSidebar').addToUi();
    expect(state.ui.menus).toEqual([
      {
        caption: 'Kế hoạch CTCL',
        addon: false,
        items: [
          { type: 'item', caption: 'Kiểm tra', functionName: 'checkPlan' },
          { type: 'separator' },
          {
            type: 'submenu',
            caption: 'Xuất',
            items: [{ type: 'item', caption: 'Word', functionName: 'exportDoc' }],
          },
        ],
      },
      {
        caption: null,
        addon: true,
        items: [{ type: 'item', caption: 'Mở', functionName: 'openSidebar' }],
      },
    ]);
  });

  test('alert records and answers (queued answers first)', () => {
    const { fakes, state } = setup();
    const ui = fakes.globals.SpreadsheetApp.getUi();
    expect(ui.alert('Xong')).toBe(ui.Button.OK);
    state.ui.respond('NO');
    expect(ui.alert('Tiêu đề', 'Xoá?', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(ui.alert('Tiêu đề', 'Xoá?', ui.ButtonSet.YES_NO)).toBe('YES');
    expect(state.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.response])).toEqual([
      [null, 'Xong', null, 'OK'],
      ['Tiêu đề', 'Xoá?', 'YES_NO', 'NO'],
      ['Tiêu đề', 'Xoá?', 'YES_NO', 'YES'],
    ]);
    state.ui.respond('YES');
    expect(() => ui.alert('x')).toThrow('not a button');
    state.ui.respond('OK', 'typed');
    const answer = ui.prompt('Tên?');
    expect([answer.getResponseText(), answer.getSelectedButton()]).toEqual(['typed', 'OK']);
  });

  test('sidebars and dialogs record their HTML and title', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ctcl-html-'));
    writeFileSync(path.join(dir, 'Sidebar.html'), '<p>Xin chào</p>');
    const { fakes, state } = setup({ htmlDir: dir });
    const { HtmlService, SpreadsheetApp } = fakes.globals;
    const ui = SpreadsheetApp.getUi();
    ui.showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('CTCL'));
    ui.showModalDialog(
      HtmlService.createHtmlOutput('<b>x</b>').setWidth(400).setHeight(300),
      'Hộp',
    );
    expect(state.ui.dialogs).toEqual([
      { type: 'sidebar', title: 'CTCL', html: '<p>Xin chào</p>', width: null, height: null },
      { type: 'modal', title: 'Hộp', html: '<b>x</b>', width: 400, height: 300 },
    ]);
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
    expect(HtmlService.SandboxMode.IFRAME).toBe('IFRAME');
  });
});

describe('properties, locks, session, logs, utilities', () => {
  test('properties are stored as strings per store', () => {
    const { fakes, state } = setup({ properties: { script: { a: '1' } } });
    const { PropertiesService } = fakes.globals;
    const doc = PropertiesService.getDocumentProperties();
    doc.setProperty('week', '12').setProperties({ x: 'y' });
    expect(doc.getProperty('week')).toBe('12');
    expect(doc.getProperty('missing')).toBeNull();
    expect(doc.getProperties()).toEqual({ week: '12', x: 'y' });
    doc.deleteProperty('week');
    expect(state.properties.document.has('week')).toBe(false);
    expect(PropertiesService.getScriptProperties().getProperty('a')).toBe('1');
    expect(PropertiesService.getUserProperties().getKeys()).toEqual([]);
    expect(() => doc.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large');
  });

  test('locks: tryLock, waitLock timeout while another execution holds the lock', () => {
    const { fakes, state } = setup();
    const { LockService } = fakes.globals;
    const lock = LockService.getScriptLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(state.locks.script.heldBy()).toBe('script');
    lock.releaseLock();
    expect(state.locks.script.heldBy()).toBe('nobody');

    state.locks.document.holdByOther();
    const doc = LockService.getDocumentLock();
    expect(doc.tryLock(5000)).toBe(false);
    expect(() => doc.waitLock(5000)).toThrow('Lock timeout');
    expect(doc.hasLock()).toBe(false);
    state.locks.document.release();
    expect(() => doc.waitLock(5000)).not.toThrow();
    expect(state.locks.document.acquisitions()).toBe(1);
  });

  test('session, logger and console', () => {
    const { fakes, state } = setup({ user: 'hieutruong@truong.edu.vn' });
    const { Session, Logger, console: log } = fakes.globals;
    expect(Session.getActiveUser().getEmail()).toBe('hieutruong@truong.edu.vn');
    expect(Session.getEffectiveUser().getEmail()).toBe('hieutruong@truong.edu.vn');
    expect(Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(Session.getActiveUserLocale()).toBe('vi');
    Logger.log('Đã gửi %s thư', 3);
    log.warn('cảnh báo', { a: 1 });
    expect(state.logs.logger).toEqual(['Đã gửi 3 thư']);
    expect(state.logs.console).toEqual([{ level: 'warn', message: 'cảnh báo {"a":1}' }]);
  });

  test('Utilities.formatDate, getUuid and sleep', () => {
    const { fakes, state } = setup({ now: '2024-03-04T17:30:00Z' });
    const { Utilities } = fakes.globals;
    const at = new Date('2024-03-04T17:30:05Z');
    expect(Utilities.formatDate(at, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm:ss')).toBe(
      '05/03/2024 00:30:05',
    );
    expect(Utilities.formatDate(at, 'GMT+7', "yyyy-MM-dd'T'HH:mm")).toBe('2024-03-05T00:30');
    expect(Utilities.formatDate(at, 'UTC', 'd/M/yy h a')).toBe('4/3/24 5 PM');
    expect(() => Utilities.formatDate(at, 'Asia/Ho_Chi_Minh', 'EEEE')).toThrow('not implemented');
    expect(Utilities.getUuid()).toBe('00000000-0000-4000-8000-000000000001');
    Utilities.sleep(1500);
    expect(state.clock.now()).toBe(Date.parse('2024-03-04T17:30:01.500Z'));
    expect(state.sleptMs()).toBe(1500);
  });
});

describe('ScriptApp triggers', () => {
  test('a weekly trigger is created, listed and deleted', () => {
    const { fakes, state } = setup({ now: 0 });
    const { ScriptApp } = fakes.globals;
    const trigger = ScriptApp.newTrigger('sendReminders')
      .timeBased()
      .onWeekDay(ScriptApp.WeekDay.MONDAY)
      .atHour(7)
      .nearMinute(0)
      .inTimezone('Asia/Ho_Chi_Minh')
      .create();
    expect(state.triggers).toEqual([
      {
        uniqueId: trigger.getUniqueId(),
        handler: 'sendReminders',
        eventType: 'CLOCK',
        source: 'CLOCK',
        sourceId: null,
        documentId: 'fake-spreadsheet-id',
        clock: { weekDay: 'MONDAY', atHour: 7, nearMinute: 0, timeZone: 'Asia/Ho_Chi_Minh' },
        createdAt: 0,
      },
    ]);
    const [listed] = ScriptApp.getProjectTriggers();
    expect(listed?.getHandlerFunction()).toBe('sendReminders');
    expect(listed?.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(listed?.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    if (listed) ScriptApp.deleteTrigger(listed);
    expect(state.triggers).toEqual([]);
    expect(state.script.deleted.map((t) => t.handler)).toEqual(['sendReminders']);
    if (listed) expect(() => ScriptApp.deleteTrigger(listed)).toThrow('does not exist');
  });

  test('add-on limits: one time-based trigger per document, at most hourly', () => {
    const { fakes } = setup();
    const { ScriptApp } = fakes.globals;
    ScriptApp.newTrigger('a').timeBased().everyDays(1).atHour(7).create();
    expect(() => ScriptApp.newTrigger('b').timeBased().everyWeeks(1).create()).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    expect(() => ScriptApp.newTrigger('c').timeBased().everyMinutes(5)).not.toThrow();
    expect(() => ScriptApp.newTrigger('c').timeBased().atHour(7).create()).toThrow(
      'needs a schedule',
    );
    expect(() => ScriptApp.newTrigger('c').timeBased().everyMinutes(7)).toThrow(
      'The value you passed to everyMinutes was invalid.',
    );
    const ss = fakes.globals.SpreadsheetApp.getActiveSpreadsheet();
    const open = ScriptApp.newTrigger('onOpenInstalled').forSpreadsheet(ss).onOpen().create();
    expect(open.getTriggerSourceId()).toBe('fake-spreadsheet-id');
  });

  test('a project has at most 20 triggers', () => {
    const { fakes } = setup({ addon: false });
    const { ScriptApp } = fakes.globals;
    for (let i = 0; i < 20; i += 1)
      ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('f20').timeBased().everyHours(1).create()).toThrow(
      'This script has too many triggers.',
    );
  });
});

describe('MailApp', () => {
  test('records mails and uses one quota unit per recipient', () => {
    const { fakes, state } = setup({ mailQuota: 3, now: 1000 });
    const { MailApp } = fakes.globals;
    MailApp.sendEmail({
      to: 'a@truong.edu.vn, Cô B <b@truong.edu.vn>',
      subject: 'Nhắc hạn',
      body: 'Nội dung',
      htmlBody: '<p>Nội dung</p>',
      name: 'CTCL',
      replyTo: 'ht@truong.edu.vn',
    });
    MailApp.sendEmail('c@truong.edu.vn', 'Tiêu đề', 'Thân', { name: 'CTCL' });
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(state.mail.sent.map((m) => [m.recipients, m.subject, m.name, m.sentAt])).toEqual([
      [['a@truong.edu.vn', 'b@truong.edu.vn'], 'Nhắc hạn', 'CTCL', 1000],
      [['c@truong.edu.vn'], 'Tiêu đề', 'CTCL', 1000],
    ]);
    expect(() => MailApp.sendEmail('d@truong.edu.vn', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(state.mail.sent).toHaveLength(2);
  });

  test('refuses invalid addresses and unknown options', () => {
    const { fakes, state } = setup();
    const { MailApp } = fakes.globals;
    expect(() => MailApp.sendEmail('nguyen van a', 's', 'b')).toThrow(
      'Invalid email: nguyen van a',
    );
    expect(() =>
      MailApp.sendEmail({ to: 'a@b.vn', subject: 's', htmlbody: '<p>' } as never),
    ).toThrow('unknown MailApp.sendEmail option "htmlbody"');
    expect(state.mail.sent).toEqual([]);
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });
});

describe('authorization modes', () => {
  test('AuthMode.NONE allows menus but not data, properties or mail', () => {
    const { fakes, state } = setup();
    const event = fakes.events.open('NONE');
    expect(event).toEqual({ authMode: 'NONE' });
    const { SpreadsheetApp, PropertiesService, MailApp } = fakes.globals;
    expect(() =>
      SpreadsheetApp.getUi().createAddonMenu().addItem('a', 'b').addToUi(),
    ).not.toThrow();
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(() => PropertiesService.getDocumentProperties()).toThrow('You do not have permission');
    state.authMode = 'LIMITED';
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).not.toThrow();
    expect(() => MailApp.sendEmail('a@b.vn', 's', 'b')).toThrow(
      'You do not have permission to call MailApp.sendEmail',
    );
    expect(() => SpreadsheetApp.openById('fake-spreadsheet-id')).toThrow('permission');
  });

  test('a clock event switches to the trigger context', () => {
    const { fakes, state } = setup({ now: Date.UTC(2024, 2, 4, 0, 0, 0) });
    const event = fakes.events.clock('42');
    expect(event).toMatchObject({ authMode: 'FULL', triggerUid: '42', year: 2024, month: 3 });
    expect(state.activeSpreadsheet).toBe(false);
    expect(fakes.globals.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(() => fakes.globals.SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi()',
    );
  });
});

describe('loadBundle', () => {
  const SCRIPT = `
    function readRow() {
      var v = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S').getRange(1, 1, 1, 2).getValues();
      return { isArray: v instanceof Array, isDate: v[0][1] instanceof Date, text: v[0][0] };
    }
    function writeDate() {
      SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S').getRange('C1').setValue(new Date(2024, 0, 15));
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
    function fail() { MailApp.sendEmail('bad', 's', 'b'); }
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
