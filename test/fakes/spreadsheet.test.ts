/** The spreadsheet fakes read and write cells as Google Sheets does where the add-on relies on it. */
import { describe, expect, test } from '@jest/globals';
import { createFakes, type FakeOptions } from '.';

const VN = 7 * 3600 * 1000;
/** Midnight of a calendar day in Asia/Ho_Chi_Minh. */
const vnMidnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - VN);

function setup(options: FakeOptions = {}) {
  const fakes = createFakes({ spreadsheet: { sheets: { S: [] } }, ...options });
  const ss = fakes.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName('S');
  if (!sheet) throw new Error('setup: no sheet');
  return { fakes, ss, sheet, state: fakes.state.sheet('S') };
}

describe('what a written string becomes', () => {
  test('an apostrophe keeps text as text and is dropped', () => {
    const { sheet, state } = setup();
    sheet.getRange(1, 1, 1, 3).setValues([["'0912345678", "'=SUM(A1)", "'- gạch đầu dòng"]]);
    expect(state.values()).toEqual([['0912345678', '=SUM(A1)', '- gạch đầu dòng']]);
    expect(state.formulas()).toEqual([['', '', '']]);
  });

  test('= + - @ starts a formula whose value is #ERROR!', () => {
    const { sheet, state } = setup();
    sheet.getRange('A1:D1').setValues([['=SUM(B1:B2)', '- Họp tổ', '+ Tổ chức', '@Nguyễn']]);
    expect(state.formulas()).toEqual([['=SUM(B1:B2)', '=- Họp tổ', '=+ Tổ chức', '=@Nguyễn']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([
      ['#ERROR!', '#ERROR!', '#ERROR!', '#ERROR!'],
    ]);
  });

  test('numeric strings become numbers, TRUE/FALSE booleans, d/m/yyyy dates at midnight in Vietnam', () => {
    const { sheet, state } = setup();
    const range = sheet.getRange('A1:H1');
    range.setValues([
      ['5000000', '-5', '0912345678', 'true', '5/3/2024', '15/12/2024', '31/02/2024', '2024-09-01'],
    ]);
    expect(range.getValues()).toEqual([
      [
        5000000,
        -5,
        912345678,
        true,
        vnMidnight(2024, 3, 5),
        vnMidnight(2024, 12, 15),
        '31/02/2024',
        vnMidnight(2024, 9, 1),
      ],
    ]);
    expect(state.displayValues('D1:F1')).toEqual([['TRUE', '05/03/2024', '15/12/2024']]);
  });

  test("number format '@' keeps every typed string as text", () => {
    const { sheet, state } = setup();
    const range = sheet.getRange('A1:D1');
    range.setNumberFormat('@');
    range.setValues([['5000000', '5/3/2024', 'TRUE', "'abc"]]);
    expect(range.getValues()).toEqual([['5000000', '5/3/2024', 'TRUE', 'abc']]);
    expect([state.cell('A1').numberFormat, state.cell('E1').numberFormat]).toEqual([
      '@',
      '0.###############',
    ]);
  });

  test('Dates, numbers and booleans are stored as they are; null and "" clear; setValue fills the range', () => {
    const { sheet } = setup();
    const when = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
    sheet.getRange('A1:D1').setValues([[when, 42, false, 'x']]);
    sheet.getRange('D1').setValue(null);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[when, 42, false, '']]);
    expect(sheet.getLastColumn()).toBe(3);
    sheet.getRange('A2:B3').setValue('7');
    expect(sheet.getRange('A2:B3').getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });

  test('initial rows are stored verbatim; state.type interprets like a user typing', () => {
    const fakes = createFakes({ spreadsheet: { sheets: { S: [['=x', '5', "'a"]] } } });
    const state = fakes.state.sheet('S');
    expect(state.values()).toEqual([['=x', '5', "'a"]]);
    expect(state.formulas()).toEqual([['', '', '']]);
    state.type('A1', '- việc');
    expect(state.cell('A1')).toMatchObject({ value: '#ERROR!', formula: '=- việc' });
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
    expect(state.values('B2')).toEqual([[vnMidnight(2024, 12, 15)]]);
  });
});

describe('ranges and sheet geometry', () => {
  test('setValues and getRange throw like Apps Script', () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 3, 2);
    expect(() => range.setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(() => range.setValues([['a', 'b'], ['c'], ['d', 'e']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0);
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1000, 1, 2)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow('outside the dimensions of the sheet');
    expect(() => sheet.getRange(1.5, 1)).toThrow("don't match the method signature");
  });

  test('the data range spans A1 to the last row and column with content; a new sheet is 1000 × 26', () => {
    const { sheet, fakes } = setup();
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
    sheet.getRange('C4').setValue('x');
    sheet.getRange('E9').setFontWeight('bold'); // formatting only: not content
    expect(sheet.getDataRange().getValues()).toHaveLength(4);
    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getMaxRows()]).toEqual([4, 3, 1000]);
    expect(fakes.state.spreadsheet.snapshot().sheets[0]).toMatchObject({
      maxRows: 1000,
      maxColumns: 26,
    });
  });

  test('appendRow writes after the last row, interprets strings and grows the sheet', () => {
    const fakes = createFakes({ spreadsheet: { sheets: { S: { values: [['a']], maxRows: 1 } } } });
    const sheet = fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S');
    sheet?.appendRow(['x', '5', "'5", '=A1']);
    expect(fakes.state.sheet('S').values()).toEqual([
      ['a', '', '', ''],
      ['x', 5, '5', '#ERROR!'],
    ]);
    expect(sheet?.getMaxRows()).toBe(2);
  });

  test('deleteRow moves the rows below up, and cannot delete every non-frozen row', () => {
    const fakes = createFakes({
      spreadsheet: { sheets: { S: { values: [['1'], ['2'], ['3']], maxRows: 3 } } },
    });
    const sheet = fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S');
    sheet?.setFrozenRows(1);
    sheet?.deleteRow(2);
    expect(fakes.state.sheet('S').values()).toEqual([['1'], ['3']]);
    expect(() => sheet?.deleteRow(2)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    expect(() => sheet?.setFrozenRows(2)).toThrow('Sorry, it is not possible to freeze all rows.');
  });

  test('deleteRows removes a run, and cannot take every non-frozen row', () => {
    const fakes = createFakes({
      spreadsheet: { sheets: { S: { values: [['1'], ['2'], ['3'], ['4']], maxRows: 4 } } },
    });
    const sheet = fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S');
    sheet?.setFrozenRows(1);
    sheet?.deleteRows(2, 2);
    expect(fakes.state.sheet('S').values()).toEqual([['1'], ['4']]);
    expect(sheet?.getMaxRows()).toBe(2);
    expect(() => sheet?.deleteRows(2, 1)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    expect(() => sheet?.deleteRows(2, 5)).toThrow('Those rows are out of bounds.');
  });

  test('clearContent keeps formats; the snapshot sees every change', () => {
    const { sheet, fakes } = setup();
    sheet.getRange('A1:B1').setValues([['Mã', 'Tiêu chí']]);
    const before = fakes.state.spreadsheet.snapshot();
    expect(fakes.state.spreadsheet.snapshot()).toEqual(before);
    sheet.getRange('A1').setFontWeight('bold');
    sheet.setColumnWidth(2, 240);
    sheet.getRange('A1:B1').clearContent();
    const after = fakes.state.sheet('S').snapshot();
    expect(after).toMatchObject({
      values: [['']],
      formatting: { A1: { fontWeight: 'bold' } },
      columnWidths: { 2: 240 },
    });
  });
});

describe('spreadsheets, sheets and validation', () => {
  test('insertSheet refuses a name in use; getSheetByName is exact', () => {
    const { ss, fakes } = setup();
    expect(() => ss.insertSheet('S')).toThrow(
      'A sheet with the name "S" already exists. Please enter another name.',
    );
    const created = ss.insertSheet('Nhân sự');
    expect(fakes.state.spreadsheet.sheetNames()).toEqual(['S', 'Nhân sự']);
    expect(ss.getSheetByName('nhân sự')).toBeNull();
    expect(ss.getSheetByName('Nhân sự')?.getSheetId()).toBe(created.getSheetId());
    expect(ss.getUrl()).toBe('https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/edit');
  });

  test('no active spreadsheet in a trigger context; openById only with the full spreadsheets scope', () => {
    const spreadsheet = { id: 'abc' };
    const narrow = createFakes({ activeSpreadsheet: false, spreadsheet });
    expect(narrow.globals.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(() => narrow.globals.SpreadsheetApp.openById('abc')).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    const scopes = ['https://www.googleapis.com/auth/spreadsheets'];
    const { SpreadsheetApp } = createFakes({
      activeSpreadsheet: false,
      spreadsheet,
      scopes,
    }).globals;
    expect(SpreadsheetApp.openById('abc').getId()).toBe('abc');
    expect(() => SpreadsheetApp.openById('zzz')).toThrow();
  });

  test('list rules are stored per cell, and refused past 500 items', () => {
    const { fakes, sheet, state } = setup();
    const { SpreadsheetApp } = fakes.globals;
    const list = ['Chưa làm', 'Đang làm', 'Xong'];
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(list, true)
      .setAllowInvalid(false)
      .build();
    sheet.getRange('P2:P5').setDataValidation(rule);
    expect(state.cell('P5').validation).toEqual({
      criteria: 'VALUE_IN_LIST',
      values: [list, true],
      allowInvalid: false,
    });
    expect(state.cell('P6').validation).toBeNull();
    const long = SpreadsheetApp.newDataValidation()
      .requireValueInList(Array.from({ length: 501 }, String))
      .build();
    expect(() => sheet.getRange('Q2').setDataValidation(long)).toThrow(
      'more items than the limit of 500',
    );
  });
});
