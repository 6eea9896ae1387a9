/**
 * SpreadsheetApp, Spreadsheet, Sheet, Range and data validation: a grid of cells per sheet that
 * interprets written strings the way Google Sheets interprets what a user types.
 */
import {
  FakeEnum,
  FakeObject,
  Runtime,
  asApi,
  badArgs,
  checkArgs,
  enumValue,
  fail,
  isDate,
  isInteger,
} from './strict';
import { DEFAULT_TIME_ZONE, instantOf, validDate, wallClock } from './time';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type DataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type DataValidationCriteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

const FAMILY = 'Spreadsheet';
/** What Range.getNumberFormat() returns for a cell nobody formatted ("Automatic"). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
const DEFAULT_MAX_ROWS = 1000;
const DEFAULT_MAX_COLUMNS = 26;
const LIST_LIMIT = 500;

// ---------------------------------------------------------------------------------------------
// The model: plain data, no proxies, no call counting.

/** A value a cell can hold. Dates are stored as (outer-realm) Date copies. */
export type CellValue = string | number | boolean | Date;
/** What tests may put in initial sheets (null/undefined/'' = empty). */
export type CellInput = CellValue | null | undefined;

export interface ValidationRule {
  criteria: string;
  /** VALUE_IN_LIST: [string[], showDropdown]; VALUE_IN_RANGE: [RangeRef, showDropdown]. */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface RangeRef {
  sheet: SheetModel;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

interface Cell {
  value?: CellValue;
  formula?: string;
  format?: string;
  fontWeight?: FontWeight;
  background?: string;
  wrap?: boolean;
  validation?: ValidationRule;
}

export interface SheetInit {
  values?: CellInput[][];
  maxRows?: number;
  maxColumns?: number;
  frozenRows?: number;
  /** Number format of every cell written by `values` (e.g. '@' for a plain-text sheet). */
  numberFormat?: string;
}

export class SheetModel {
  rows: ((Cell | undefined)[] | undefined)[] = [];
  maxRows = DEFAULT_MAX_ROWS;
  maxColumns = DEFAULT_MAX_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly autoResized = new Set<number>();

  constructor(
    public name: string,
    readonly id: number,
    readonly parent: SpreadsheetModel,
  ) {}

  get(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  ensure(row: number, col: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let cell = r[col - 1];
    if (!cell) {
      cell = {};
      r[col - 1] = cell;
    }
    return cell;
  }

  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r -= 1) {
      if (this.rows[r - 1]?.some(hasContent)) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c -= 1) {
        if (hasContent(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  get live(): boolean {
    return this.parent.sheets.includes(this);
  }
}

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  activeSheet: SheetModel | null = null;
  activeRange: RangeRef | null = null;
  private nextSheetId = 0;

  constructor(
    readonly id: string,
    public name: string,
    readonly timeZone: string,
    readonly locale: string,
  ) {}

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string, init: SheetInit | CellInput[][] = {}, index?: number): SheetModel {
    if (this.sheetByName(name)) {
      fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const id = this.nextSheetId === 0 ? 0 : 1_000_000 + this.nextSheetId;
    this.nextSheetId += 1;
    const sheet = new SheetModel(name, id, this);
    const spec: SheetInit = Array.isArray(init) ? { values: init } : init;
    const values = spec.values ?? [];
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        const cell = sheet.ensure(r + 1, c + 1);
        cell.value = isDate(v) ? new Date(v.getTime()) : v;
      }),
    );
    if (spec.numberFormat !== undefined) {
      values.forEach((row, r) =>
        row.forEach((_, c) => {
          sheet.ensure(r + 1, c + 1).format = spec.numberFormat;
        }),
      );
    }
    const width = Math.max(0, ...values.map((r) => r.length));
    sheet.maxRows = Math.max(spec.maxRows ?? DEFAULT_MAX_ROWS, values.length);
    sheet.maxColumns = Math.max(spec.maxColumns ?? DEFAULT_MAX_COLUMNS, width);
    sheet.frozenRows = spec.frozenRows ?? 0;
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }
}

function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.formula !== undefined || (cell.value !== undefined && cell.value !== ''));
}

// ---------------------------------------------------------------------------------------------
// Input interpretation (what Sheets does with typed text) and output rendering.

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Writes `raw` into `cell` as Sheets does for Range.setValue(s)/appendRow:
 * - null, undefined, '' clear the cell; numbers, booleans and Dates are stored as they are;
 * - "'text" is stored as the text without the apostrophe;
 * - with number format '@' (plain text) every other string is stored as it is;
 * - otherwise a numeric string becomes a number ('0912' → 912, '-5' → -5, '1e3' → 1000),
 *   'TRUE'/'FALSE' (any case) a boolean, 'd/m/yyyy', 'dd/mm/yyyy' or 'yyyy-mm-dd' a Date at
 *   midnight in the spreadsheet's time zone, and a string starting with = + - @ a FORMULA
 *   (stored with a leading '='; its value reads as '#ERROR!' since the fake evaluates nothing).
 */
export function writeInput(cell: Cell, raw: unknown, timeZone: string): void {
  delete cell.value;
  delete cell.formula;
  if (raw === null || raw === undefined || raw === '') return;
  if (isDate(raw)) {
    if (Number.isNaN(raw.getTime())) fail('Fake Apps Script: cannot write an invalid Date');
    cell.value = new Date(raw.getTime());
    return;
  }
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) fail(`Fake Apps Script: cannot write the number ${raw} to a cell`);
    cell.value = raw;
    return;
  }
  if (typeof raw === 'boolean') {
    cell.value = raw;
    return;
  }
  if (typeof raw !== 'string') {
    fail(
      `Fake Apps Script: cannot write a value of type ${typeof raw} to a cell ` +
        '(write strings, numbers, booleans or Dates)',
    );
  }
  if (raw.startsWith("'")) {
    const text = raw.slice(1);
    if (text !== '') cell.value = text;
    return;
  }
  if (cell.format === '@') {
    cell.value = raw;
    return;
  }
  const trimmed = raw.trim();
  if (NUMBER.test(trimmed)) {
    cell.value = Number(trimmed);
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toLowerCase() === 'true';
    return;
  }
  const dmy = DMY.exec(trimmed);
  const ymd = YMD.exec(trimmed);
  const [y, m, d] = dmy
    ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
    : ymd
      ? [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])]
      : [0, 0, 0];
  if ((dmy || ymd) && validDate(y, m, d)) {
    cell.value = new Date(instantOf(timeZone, y, m, d));
    return;
  }
  if (/^[=+\-@]/.test(raw)) {
    cell.formula = raw.startsWith('=') ? raw : `=${raw}`;
    return;
  }
  cell.value = raw;
}

const FORMULA_VALUE = '#ERROR!';

function readValue(cell: Cell | undefined): CellValue {
  if (!cell) return '';
  if (cell.formula !== undefined) return FORMULA_VALUE;
  const v = cell.value;
  if (v === undefined) return '';
  return isDate(v) ? new Date(v.getTime()) : v;
}

function displayValue(cell: Cell | undefined, timeZone: string): string {
  const v = readValue(cell);
  if (isDate(v)) {
    const t = wallClock(v.getTime(), timeZone);
    return `${String(t.day).padStart(2, '0')}/${String(t.month).padStart(2, '0')}/${t.year}`;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

// ---------------------------------------------------------------------------------------------
// A1 notation.

export function columnLetters(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 'A1', 'A1:C3', 'B2:B', 'A:C', '2:3' (with optional $) → a rectangle of `sheet`. */
export function parseA1(sheet: SheetModel, a1: string): RangeRef {
  const part = /^\$?([A-Za-z]*)\$?(\d*)$/;
  const [first, second, extra] = a1.trim().split(':');
  const p1 = part.exec(first ?? '');
  const p2 = second === undefined ? p1 : part.exec(second);
  if (!p1 || !p2 || extra !== undefined || (!p1[1] && !p1[2]) || (!p2[1] && !p2[2])) {
    return fail('Range not found');
  }
  const c1 = p1[1] ? columnNumber(p1[1]) : 1;
  const c2 = p2[1] ? columnNumber(p2[1]) : sheet.maxColumns;
  const r1 = p1[2] ? Number(p1[2]) : 1;
  const r2 = p2[2] ? Number(p2[2]) : sheet.maxRows;
  if (second === undefined && (!p1[1] || !p1[2])) fail('Range not found');
  if (r1 < 1 || r2 < 1) fail('Range not found');
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  const ref = {
    sheet,
    row,
    col,
    numRows: Math.abs(r2 - r1) + 1,
    numCols: Math.abs(c2 - c1) + 1,
  };
  checkInside(ref);
  return ref;
}

export function a1Of(ref: Omit<RangeRef, 'sheet'>): string {
  const start = `${columnLetters(ref.col)}${ref.row}`;
  if (ref.numRows === 1 && ref.numCols === 1) return start;
  return `${start}:${columnLetters(ref.col + ref.numCols - 1)}${ref.row + ref.numRows - 1}`;
}

function checkInside(ref: RangeRef): void {
  if (
    ref.row + ref.numRows - 1 > ref.sheet.maxRows ||
    ref.col + ref.numCols - 1 > ref.sheet.maxColumns
  ) {
    fail('The coordinates of the range are outside the dimensions of the sheet.');
  }
}

/** Sheet.getRange(row, column, numRows?, numColumns?) with Apps Script's checks. */
function rangeByNumbers(sheet: SheetModel, args: unknown[]): RangeRef {
  const [row, col, numRows = 1, numCols = 1] = args;
  if (
    args.length < 2 ||
    args.length > 4 ||
    !isInteger(row) ||
    !isInteger(col) ||
    !isInteger(numRows) ||
    !isInteger(numCols)
  ) {
    return badArgs('SpreadsheetApp.Sheet.getRange', args);
  }
  if (row < 1) fail('The starting row of the range is too small.');
  if (col < 1) fail('The starting column of the range is too small.');
  if (numRows < 1) fail('The number of rows in the range must be at least 1.');
  if (numCols < 1) fail('The number of columns in the range must be at least 1.');
  const ref = { sheet, row, col, numRows, numCols };
  checkInside(ref);
  return ref;
}

function checkMatrix(data: unknown, numRows: number, numCols: number, method: string): unknown[][] {
  checkArgs(`SpreadsheetApp.Range.${method}`, [data], Array.isArray(data));
  const rows = data as unknown[];
  if (rows.length !== numRows) {
    fail(
      'The number of rows in the data does not match the number of rows in the range. ' +
        `The data has ${rows.length} but the range has ${numRows}.`,
    );
  }
  for (const row of rows) {
    checkArgs(`SpreadsheetApp.Range.${method}`, [data], Array.isArray(row));
    const width = (row as unknown[]).length;
    if (width !== numCols) {
      fail(
        'The number of columns in the data does not match the number of columns in the range. ' +
          `The data has ${width} but the range has ${numCols}.`,
      );
    }
  }
  return rows as unknown[][];
}

// ---------------------------------------------------------------------------------------------
// The fake API objects.

/** What the spreadsheet fakes share with the rest of the environment. */
export interface SpreadsheetWorld {
  rt: Runtime;
  /** The spreadsheet the script is bound to / the add-on runs in. */
  bound: SpreadsheetModel;
  /** Every spreadsheet openById can open (the bound one included). */
  all: Map<string, SpreadsheetModel>;
  /** False in contexts without an active spreadsheet (time-driven triggers). */
  hasActive: boolean;
  /** SpreadsheetApp.getUi(): returns the raw Ui fake, or throws when there is no UI. */
  ui(): FakeObject;
  toasts: ToastRecord[];
}

export interface ToastRecord {
  message: string;
  title: string | null;
  timeoutSeconds: number | null;
}

const CRITERIA = [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const;

export class FakeSpreadsheetApp
  extends FakeObject
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      | 'getActiveSpreadsheet'
      | 'getActive'
      | 'getActiveSheet'
      | 'openById'
      | 'openByUrl'
      | 'getUi'
      | 'newDataValidation'
      | 'flush'
    >
{
  readonly DataValidationCriteria: FakeEnum;

  constructor(private readonly world: SpreadsheetWorld) {
    super(world.rt, 'SpreadsheetApp', FAMILY);
    this.DataValidationCriteria = new FakeEnum(
      world.rt,
      'SpreadsheetApp.DataValidationCriteria',
      FAMILY,
      CRITERIA,
    );
  }

  /** Null (despite the @types signature) where Apps Script has no active spreadsheet. */
  getActiveSpreadsheet(): Spreadsheet {
    return this.world.hasActive
      ? asApi(new FakeSpreadsheet(this.world, this.world.bound))
      : (null as unknown as Spreadsheet);
  }

  getActive(): Spreadsheet {
    return this.getActiveSpreadsheet();
  }

  getActiveSheet(): Sheet {
    if (!this.world.hasActive) return null as unknown as Sheet;
    const ss = this.world.bound;
    const sheet = ss.activeSheet ?? ss.sheets[0];
    return asApi(new FakeSheet(this.world, sheet ?? fail('Fake Apps Script: no sheets')));
  }

  openById(id: string): Spreadsheet {
    checkArgs('SpreadsheetApp.openById', [id], typeof id === 'string');
    const model = this.world.all.get(id);
    if (!model)
      fail(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return asApi(new FakeSpreadsheet(this.world, model));
  }

  openByUrl(url: string): Spreadsheet {
    checkArgs('SpreadsheetApp.openByUrl', [url], typeof url === 'string');
    const id = /\/spreadsheets\/d\/([^/?#]+)/.exec(url)?.[1];
    const model = id === undefined ? undefined : this.world.all.get(id);
    if (!model)
      fail(
        'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
      );
    return asApi(new FakeSpreadsheet(this.world, model));
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return asApi(this.world.ui());
  }

  newDataValidation(): DataValidationBuilder {
    return asApi(new FakeDataValidationBuilder(this.world, null));
  }

  flush(): void {}
}

export class FakeSpreadsheet
  extends FakeObject
  implements
    Pick<
      Spreadsheet,
      | 'getId'
      | 'getUrl'
      | 'getName'
      | 'rename'
      | 'getSheets'
      | 'getSheetByName'
      | 'insertSheet'
      | 'deleteSheet'
      | 'getActiveSheet'
      | 'setActiveSheet'
      | 'getRange'
      | 'getSpreadsheetTimeZone'
      | 'getSpreadsheetLocale'
      | 'toast'
    >
{
  constructor(
    private readonly world: SpreadsheetWorld,
    readonly _model: SpreadsheetModel,
  ) {
    super(world.rt, 'Spreadsheet', FAMILY);
  }

  getId(): string {
    return this._model.id;
  }

  getUrl(): string {
    return this._model.url;
  }

  getName(): string {
    return this._model.name;
  }

  rename(newName: string): void {
    checkArgs('SpreadsheetApp.Spreadsheet.rename', [newName], typeof newName === 'string');
    this._model.name = newName;
  }

  getSheets(): Sheet[] {
    return this._model.sheets.map((s) => asApi<Sheet>(new FakeSheet(this.world, s)));
  }

  getSheetByName(name: string): Sheet | null {
    checkArgs('SpreadsheetApp.Spreadsheet.getSheetByName', [name], typeof name === 'string');
    const sheet = this._model.sheetByName(name);
    return sheet ? asApi(new FakeSheet(this.world, sheet)) : null;
  }

  /** insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index). No templates. */
  insertSheet(nameOrIndex?: string | number | object, index?: number | object): Sheet {
    if (typeof nameOrIndex === 'object' || typeof index === 'object') {
      fail('Fake Apps Script: Spreadsheet.insertSheet with options (templates) is not implemented');
    }
    const model = this._model;
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    if (at !== undefined && (!isInteger(at) || at < 0 || at > model.sheets.length)) {
      fail(`Fake Apps Script: sheet index ${String(at)} is out of range`);
    }
    if (name === undefined) {
      let n = model.sheets.length + 1;
      while (model.sheetByName(`Sheet${n}`)) n += 1;
      name = `Sheet${n}`;
    }
    if (name.trim() === '') fail('Fake Apps Script: a sheet name cannot be empty');
    const sheet = model.addSheet(name, {}, at);
    model.activeSheet = sheet;
    return asApi(new FakeSheet(this.world, sheet));
  }

  deleteSheet(sheet: Sheet): void {
    const target = sheet as unknown;
    checkArgs('SpreadsheetApp.Spreadsheet.deleteSheet', [sheet], target instanceof FakeSheet);
    const model = (target as FakeSheet)._model;
    const i = this._model.sheets.indexOf(model);
    if (i < 0) fail('Fake Apps Script: that sheet is not in this spreadsheet (already deleted?)');
    if (this._model.sheets.length === 1) {
      fail("You can't remove all the sheets in a document.");
    }
    this._model.sheets.splice(i, 1);
    if (this._model.activeSheet === model) this._model.activeSheet = this._model.sheets[0] ?? null;
  }

  getActiveSheet(): Sheet {
    const sheet = this._model.activeSheet ?? this._model.sheets[0];
    return asApi(new FakeSheet(this.world, sheet ?? fail('Fake Apps Script: no sheets')));
  }

  setActiveSheet(sheet: Sheet): Sheet {
    const target = sheet as unknown;
    checkArgs('SpreadsheetApp.Spreadsheet.setActiveSheet', [sheet], target instanceof FakeSheet);
    this._model.activeSheet = (target as FakeSheet)._model;
    return sheet;
  }

  /** getRange("A1:B2") on the active sheet or getRange("'Kế hoạch'!A1:B2"). */
  getRange(a1Notation: string): Range {
    checkArgs('SpreadsheetApp.Spreadsheet.getRange', [a1Notation], typeof a1Notation === 'string');
    const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(a1Notation);
    let sheet: SheetModel | undefined;
    let a1 = a1Notation;
    if (m) {
      const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
      sheet = this._model.sheetByName(name);
      a1 = m[3] ?? '';
    } else {
      sheet = this._model.activeSheet ?? this._model.sheets[0];
    }
    if (!sheet) fail('Range not found');
    return asApi(new FakeRange(this.world, parseA1(sheet, a1)));
  }

  getSpreadsheetTimeZone(): string {
    return this._model.timeZone;
  }

  getSpreadsheetLocale(): string {
    return this._model.locale;
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.world.toasts.push({
      message: String(msg),
      title: title === undefined ? null : String(title),
      timeoutSeconds: timeoutSeconds ?? null,
    });
  }
}

export class FakeSheet
  extends FakeObject
  implements
    Pick<
      Sheet,
      | 'getName'
      | 'setName'
      | 'getSheetId'
      | 'getIndex'
      | 'getParent'
      | 'getRange'
      | 'getDataRange'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'insertRowsAfter'
      | 'insertRowsBefore'
      | 'insertRowAfter'
      | 'insertRowBefore'
      | 'deleteRow'
      | 'deleteRows'
      | 'appendRow'
      | 'clearContents'
      | 'setFrozenRows'
      | 'getFrozenRows'
      | 'setFrozenColumns'
      | 'getFrozenColumns'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'getColumnWidth'
      | 'hideColumns'
      | 'showColumns'
      | 'isColumnHiddenByUser'
      | 'autoResizeColumns'
      | 'setActiveRange'
      | 'getActiveRange'
      | 'activate'
    >
{
  constructor(
    private readonly world: SpreadsheetWorld,
    readonly _model: SheetModel,
  ) {
    super(world.rt, 'Sheet', FAMILY);
  }

  private _sheet(): SheetModel {
    if (!this._model.live) fail('Fake Apps Script: this sheet has been deleted');
    return this._model;
  }

  private _range(ref: RangeRef): Range {
    return asApi(new FakeRange(this.world, ref));
  }

  private _checkRows(position: number, howMany: number, method: string): void {
    checkArgs(
      `SpreadsheetApp.Sheet.${method}`,
      [position, howMany],
      isInteger(position) && isInteger(howMany),
    );
    if (howMany < 1) fail('Fake Apps Script: the number of rows must be at least 1');
    if (position < 1 || position > this._model.maxRows) fail('Those rows are out of bounds.');
  }

  private _checkColumns(position: number, howMany: number, method: string): void {
    checkArgs(
      `SpreadsheetApp.Sheet.${method}`,
      [position, howMany],
      isInteger(position) && isInteger(howMany),
    );
    if (howMany < 1) fail('Fake Apps Script: the number of columns must be at least 1');
    if (position < 1 || position + howMany - 1 > this._model.maxColumns) {
      fail('Those columns are out of bounds.');
    }
  }

  getName(): string {
    return this._sheet().name;
  }

  setName(name: string): Sheet {
    checkArgs('SpreadsheetApp.Sheet.setName', [name], typeof name === 'string');
    const sheet = this._sheet();
    const other = sheet.parent.sheetByName(name);
    if (other && other !== sheet) {
      fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    sheet.name = name;
    return asApi(this);
  }

  getSheetId(): number {
    return this._sheet().id;
  }

  getIndex(): number {
    return this._sheet().parent.sheets.indexOf(this._model) + 1;
  }

  getParent(): Spreadsheet {
    return asApi(new FakeSpreadsheet(this.world, this._sheet().parent));
  }

  /** getRange(row, column, numRows?, numColumns?) 1-based, or getRange(a1Notation). */
  getRange(a: number | string, ...rest: number[]): Range {
    const sheet = this._sheet();
    if (typeof a === 'string' && rest.length === 0) return this._range(parseA1(sheet, a));
    return this._range(rangeByNumbers(sheet, [a, ...rest]));
  }

  getDataRange(): Range {
    const sheet = this._sheet();
    return this._range({
      sheet,
      row: 1,
      col: 1,
      numRows: Math.max(1, sheet.lastRow()),
      numCols: Math.max(1, sheet.lastColumn()),
    });
  }

  getLastRow(): number {
    return this._sheet().lastRow();
  }

  getLastColumn(): number {
    return this._sheet().lastColumn();
  }

  getMaxRows(): number {
    return this._sheet().maxRows;
  }

  getMaxColumns(): number {
    return this._sheet().maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this._checkRows(afterPosition, howMany, 'insertRowsAfter');
    const sheet = this._sheet();
    sheet.rows.splice(afterPosition, 0, ...new Array<undefined>(howMany));
    sheet.maxRows += howMany;
    return asApi(this);
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this._checkRows(beforePosition, howMany, 'insertRowsBefore');
    const sheet = this._sheet();
    sheet.rows.splice(beforePosition - 1, 0, ...new Array<undefined>(howMany));
    sheet.maxRows += howMany;
    return asApi(this);
  }

  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  deleteRow(rowPosition: number): Sheet {
    this.deleteRows(rowPosition, 1);
    return asApi(this);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this._checkRows(rowPosition, howMany, 'deleteRows');
    const sheet = this._sheet();
    if (rowPosition + howMany - 1 > sheet.maxRows) fail('Those rows are out of bounds.');
    if (sheet.maxRows - howMany <= sheet.frozenRows) {
      fail('Sorry, it is not possible to delete all non-frozen rows.');
    }
    sheet.rows.splice(rowPosition - 1, howMany);
    sheet.maxRows -= howMany;
  }

  /** Writes after the last row with content (interpreting strings), growing the sheet if needed. */
  appendRow(rowContents: unknown[]): Sheet {
    checkArgs('SpreadsheetApp.Sheet.appendRow', [rowContents], Array.isArray(rowContents));
    if (rowContents.length === 0) fail('Fake Apps Script: appendRow needs at least one value');
    const sheet = this._sheet();
    const row = sheet.lastRow() + 1;
    sheet.maxRows = Math.max(sheet.maxRows, row);
    sheet.maxColumns = Math.max(sheet.maxColumns, rowContents.length);
    rowContents.forEach((v, c) => writeInput(sheet.ensure(row, c + 1), v, sheet.parent.timeZone));
    return asApi(this);
  }

  clearContents(): Sheet {
    for (const row of this._sheet().rows) {
      for (const cell of row ?? []) {
        if (cell) {
          delete cell.value;
          delete cell.formula;
        }
      }
    }
    return asApi(this);
  }

  setFrozenRows(rows: number): void {
    checkArgs('SpreadsheetApp.Sheet.setFrozenRows', [rows], isInteger(rows) && rows >= 0);
    const sheet = this._sheet();
    if (rows >= sheet.maxRows) fail('Sorry, it is not possible to freeze all rows.');
    sheet.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this._sheet().frozenRows;
  }

  setFrozenColumns(columns: number): void {
    checkArgs(
      'SpreadsheetApp.Sheet.setFrozenColumns',
      [columns],
      isInteger(columns) && columns >= 0,
    );
    const sheet = this._sheet();
    if (columns >= sheet.maxColumns) fail('Sorry, it is not possible to freeze all columns.');
    sheet.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this._sheet().frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    this._checkColumns(startColumn, numColumns, 'setColumnWidths');
    checkArgs('SpreadsheetApp.Sheet.setColumnWidths', [width], isInteger(width) && width >= 0);
    for (let c = startColumn; c < startColumn + numColumns; c += 1) {
      this._model.columnWidths.set(c, width);
      this._model.autoResized.delete(c);
    }
    return asApi(this);
  }

  /** 100 (Sheets' default) unless set. */
  getColumnWidth(columnPosition: number): number {
    this._checkColumns(columnPosition, 1, 'getColumnWidth');
    return this._model.columnWidths.get(columnPosition) ?? 100;
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    this._checkColumns(columnIndex, numColumns, 'hideColumns');
    for (let c = columnIndex; c < columnIndex + numColumns; c += 1)
      this._model.hiddenColumns.add(c);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    this._checkColumns(columnIndex, numColumns, 'showColumns');
    for (let c = columnIndex; c < columnIndex + numColumns; c += 1) {
      this._model.hiddenColumns.delete(c);
    }
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    this._checkColumns(columnPosition, 1, 'isColumnHiddenByUser');
    return this._model.hiddenColumns.has(columnPosition);
  }

  /** Recorded in state (`autoResizedColumns`); widths are not computed. */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    this._checkColumns(startColumn, numColumns, 'autoResizeColumns');
    for (let c = startColumn; c < startColumn + numColumns; c += 1) this._model.autoResized.add(c);
    return asApi(this);
  }

  setActiveRange(range: Range): Range {
    const target = range as unknown;
    checkArgs('SpreadsheetApp.Sheet.setActiveRange', [range], target instanceof FakeRange);
    const ref = (target as FakeRange)._ref;
    if (ref.sheet !== this._model) fail('Fake Apps Script: the range is on another sheet');
    this._model.parent.activeSheet = this._model;
    this._model.parent.activeRange = ref;
    return range;
  }

  getActiveRange(): Range | null {
    const ref = this._model.parent.activeRange;
    return ref && ref.sheet === this._model ? this._range(ref) : null;
  }

  activate(): Sheet {
    this._sheet().parent.activeSheet = this._model;
    return asApi(this);
  }
}

export class FakeRange
  extends FakeObject
  implements
    Pick<
      Range,
      | 'getValues'
      | 'getValue'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'setValues'
      | 'setValue'
      | 'getFormulas'
      | 'getFormula'
      | 'setFormula'
      | 'getRow'
      | 'getColumn'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getA1Notation'
      | 'getSheet'
      | 'getCell'
      | 'offset'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'getNumberFormat'
      | 'getNumberFormats'
      | 'setFontWeight'
      | 'getFontWeight'
      | 'setBackground'
      | 'getBackground'
      | 'setWrap'
      | 'setDataValidation'
      | 'getDataValidation'
      | 'getDataValidations'
      | 'clearDataValidations'
      | 'clearContent'
      | 'activate'
    >
{
  constructor(
    private readonly world: SpreadsheetWorld,
    readonly _ref: RangeRef,
  ) {
    super(world.rt, 'Range', FAMILY);
  }

  private _cells<T>(fn: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    const { sheet, row, col, numRows, numCols } = this._live();
    const out: T[][] = [];
    for (let r = 0; r < numRows; r += 1) {
      const line: T[] = [];
      for (let c = 0; c < numCols; c += 1) line.push(fn(sheet.get(row + r, col + c), r, c));
      out.push(line);
    }
    return out;
  }

  private _each(fn: (cell: Cell, r: number, c: number) => void): FakeRange {
    const { sheet, row, col, numRows, numCols } = this._live();
    for (let r = 0; r < numRows; r += 1) {
      for (let c = 0; c < numCols; c += 1) fn(sheet.ensure(row + r, col + c), r, c);
    }
    return this;
  }

  private _live(): RangeRef {
    if (!this._ref.sheet.live) fail('Fake Apps Script: the sheet of this range has been deleted');
    return this._ref;
  }

  private _first(): Cell | undefined {
    return this._live().sheet.get(this._ref.row, this._ref.col);
  }

  private get _tz(): string {
    return this._ref.sheet.parent.timeZone;
  }

  getValues(): unknown[][] {
    return this._cells(readValue);
  }

  getValue(): unknown {
    return readValue(this._first());
  }

  getDisplayValues(): string[][] {
    return this._cells((cell) => displayValue(cell, this._tz));
  }

  getDisplayValue(): string {
    return displayValue(this._first(), this._tz);
  }

  setValues(values: unknown[][]): Range {
    const rows = checkMatrix(values, this._ref.numRows, this._ref.numCols, 'setValues');
    return asApi(this._each((cell, r, c) => writeInput(cell, rows[r]?.[c], this._tz)));
  }

  /** Sets every cell of the range, like Apps Script. */
  setValue(value: unknown): Range {
    return asApi(this._each((cell) => writeInput(cell, value, this._tz)));
  }

  getFormulas(): string[][] {
    return this._cells((cell) => cell?.formula ?? '');
  }

  getFormula(): string {
    return this._first()?.formula ?? '';
  }

  setFormula(formula: string): Range {
    checkArgs('SpreadsheetApp.Range.setFormula', [formula], typeof formula === 'string');
    return asApi(
      this._each((cell) => {
        delete cell.value;
        delete cell.formula;
        if (formula !== '') cell.formula = formula.startsWith('=') ? formula : `=${formula}`;
      }),
    );
  }

  getRow(): number {
    return this._ref.row;
  }

  getColumn(): number {
    return this._ref.col;
  }

  getLastRow(): number {
    return this._ref.row + this._ref.numRows - 1;
  }

  getLastColumn(): number {
    return this._ref.col + this._ref.numCols - 1;
  }

  getNumRows(): number {
    return this._ref.numRows;
  }

  getNumColumns(): number {
    return this._ref.numCols;
  }

  getA1Notation(): string {
    return a1Of(this._ref);
  }

  getSheet(): Sheet {
    return asApi(new FakeSheet(this.world, this._live().sheet));
  }

  /** 1-based, relative to the range; must lie inside it. */
  getCell(row: number, column: number): Range {
    checkArgs('SpreadsheetApp.Range.getCell', [row, column], isInteger(row) && isInteger(column));
    if (row < 1 || column < 1 || row > this._ref.numRows || column > this._ref.numCols) {
      fail('The coordinates of the cell are outside the dimensions of the range.');
    }
    const ref = { ...this._live(), row: this._ref.row + row - 1, col: this._ref.col + column - 1 };
    return asApi(new FakeRange(this.world, { ...ref, numRows: 1, numCols: 1 }));
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const ref = this._live();
    const args = [
      ref.row + rowOffset,
      ref.col + columnOffset,
      numRows ?? ref.numRows,
      numColumns ?? ref.numCols,
    ];
    return asApi(new FakeRange(this.world, rangeByNumbers(ref.sheet, args)));
  }

  setNumberFormat(numberFormat: string): Range {
    checkArgs(
      'SpreadsheetApp.Range.setNumberFormat',
      [numberFormat],
      typeof numberFormat === 'string',
    );
    return asApi(
      this._each((cell) => {
        cell.format = numberFormat;
      }),
    );
  }

  setNumberFormats(numberFormats: string[][]): Range {
    const rows = checkMatrix(
      numberFormats,
      this._ref.numRows,
      this._ref.numCols,
      'setNumberFormats',
    );
    return asApi(
      this._each((cell, r, c) => {
        cell.format = String(rows[r]?.[c]);
      }),
    );
  }

  getNumberFormat(): string {
    return this._first()?.format ?? DEFAULT_NUMBER_FORMAT;
  }

  getNumberFormats(): string[][] {
    return this._cells((cell) => cell?.format ?? DEFAULT_NUMBER_FORMAT);
  }

  setFontWeight(fontWeight: FontWeight | null): Range {
    checkArgs(
      'SpreadsheetApp.Range.setFontWeight',
      [fontWeight],
      fontWeight === null || fontWeight === 'bold' || fontWeight === 'normal',
    );
    return asApi(
      this._each((cell) => {
        if (fontWeight === null || fontWeight === 'normal') delete cell.fontWeight;
        else cell.fontWeight = fontWeight;
      }),
    );
  }

  getFontWeight(): FontWeight {
    return this._first()?.fontWeight ?? 'normal';
  }

  setBackground(color: string | null): Range {
    checkArgs(
      'SpreadsheetApp.Range.setBackground',
      [color],
      color === null || typeof color === 'string',
    );
    return asApi(
      this._each((cell) => {
        if (color === null) delete cell.background;
        else cell.background = color;
      }),
    );
  }

  getBackground(): string {
    return this._first()?.background ?? '#ffffff';
  }

  setWrap(isWrapEnabled: boolean): Range {
    checkArgs('SpreadsheetApp.Range.setWrap', [isWrapEnabled], typeof isWrapEnabled === 'boolean');
    return asApi(
      this._each((cell) => {
        cell.wrap = isWrapEnabled;
      }),
    );
  }

  setDataValidation(rule: DataValidation | null): Range {
    const target = rule as unknown;
    checkArgs(
      'SpreadsheetApp.Range.setDataValidation',
      [rule],
      target === null || target instanceof FakeDataValidation,
    );
    const stored = target === null ? null : (target as FakeDataValidation)._rule;
    if (
      stored?.criteria === 'VALUE_IN_LIST' &&
      (stored.values[0] as unknown[]).length > LIST_LIMIT
    ) {
      fail(
        `The data validation rule has more items than the limit of ${LIST_LIMIT}. ` +
          'Use the ‘List from a range’ criteria instead.',
      );
    }
    return asApi(
      this._each((cell) => {
        if (stored) cell.validation = stored;
        else delete cell.validation;
      }),
    );
  }

  getDataValidation(): DataValidation | null {
    const rule = this._first()?.validation;
    return rule ? asApi(new FakeDataValidation(this.world, rule)) : null;
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this._cells((cell) =>
      cell?.validation
        ? asApi<DataValidation>(new FakeDataValidation(this.world, cell.validation))
        : null,
    );
  }

  clearDataValidations(): Range {
    return asApi(
      this._each((cell) => {
        delete cell.validation;
      }),
    );
  }

  /** Clears values and formulas; formats and validation stay, as in Apps Script. */
  clearContent(): Range {
    return asApi(
      this._each((cell) => {
        delete cell.value;
        delete cell.formula;
      }),
    );
  }

  activate(): Range {
    const ref = this._live();
    ref.sheet.parent.activeSheet = ref.sheet;
    ref.sheet.parent.activeRange = ref;
    return asApi(this);
  }
}

function copyRule(rule: ValidationRule): ValidationRule {
  return {
    ...rule,
    values: rule.values.map((v) => (Array.isArray(v) ? [...(v as unknown[])] : v)),
  };
}

/** Criteria values as Apps Script returns them (a Range for VALUE_IN_RANGE). */
function criteriaValues(world: SpreadsheetWorld, rule: ValidationRule): unknown[] {
  return rule.values.map((v) => {
    if (Array.isArray(v)) return [...(v as unknown[])];
    if (v && typeof v === 'object' && 'sheet' in v) return new FakeRange(world, v as RangeRef);
    return v;
  });
}

export class FakeDataValidationBuilder
  extends FakeObject
  implements
    Pick<
      DataValidationBuilder,
      | 'requireValueInList'
      | 'requireValueInRange'
      | 'requireCheckbox'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'build'
      | 'copy'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getAllowInvalid'
      | 'getHelpText'
    >
{
  private rule: ValidationRule;

  constructor(
    private readonly world: SpreadsheetWorld,
    from: ValidationRule | null,
  ) {
    super(world.rt, 'DataValidationBuilder', FAMILY);
    this.rule = from
      ? copyRule(from)
      : { criteria: '', values: [], allowInvalid: true, helpText: null };
  }

  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    checkArgs(
      'SpreadsheetApp.DataValidationBuilder.requireValueInList',
      [values, showDropdown],
      Array.isArray(values) && typeof showDropdown === 'boolean',
    );
    this.rule.criteria = 'VALUE_IN_LIST';
    this.rule.values = [values.map((v) => String(v)), showDropdown];
    return asApi(this);
  }

  requireValueInRange(range: Range, showDropdown = true): DataValidationBuilder {
    const target = range as unknown;
    checkArgs(
      'SpreadsheetApp.DataValidationBuilder.requireValueInRange',
      [range, showDropdown],
      target instanceof FakeRange && typeof showDropdown === 'boolean',
    );
    this.rule.criteria = 'VALUE_IN_RANGE';
    this.rule.values = [{ ...(target as FakeRange)._ref }, showDropdown];
    return asApi(this);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DataValidationBuilder {
    this.rule.criteria = 'CHECKBOX';
    this.rule.values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return asApi(this);
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    checkArgs(
      'SpreadsheetApp.DataValidationBuilder.setAllowInvalid',
      [allowInvalidData],
      typeof allowInvalidData === 'boolean',
    );
    this.rule.allowInvalid = allowInvalidData;
    return asApi(this);
  }

  setHelpText(helpText: string): DataValidationBuilder {
    checkArgs(
      'SpreadsheetApp.DataValidationBuilder.setHelpText',
      [helpText],
      typeof helpText === 'string',
    );
    this.rule.helpText = helpText;
    return asApi(this);
  }

  build(): DataValidation {
    if (!this.rule.criteria) fail('Fake Apps Script: a data validation rule needs a criterion');
    return asApi(new FakeDataValidation(this.world, copyRule(this.rule)));
  }

  copy(): DataValidationBuilder {
    return asApi(new FakeDataValidationBuilder(this.world, this.rule));
  }

  getCriteriaType(): DataValidationCriteria {
    return enumValue(this.rule.criteria);
  }

  getCriteriaValues(): unknown[] {
    return criteriaValues(this.world, this.rule);
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getHelpText(): string | null {
    return this.rule.helpText;
  }
}

export class FakeDataValidation
  extends FakeObject
  implements
    Pick<
      DataValidation,
      'copy' | 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText'
    >
{
  constructor(
    private readonly world: SpreadsheetWorld,
    readonly _rule: ValidationRule,
  ) {
    super(world.rt, 'DataValidation', FAMILY);
  }

  copy(): DataValidationBuilder {
    return asApi(new FakeDataValidationBuilder(this.world, this._rule));
  }

  getCriteriaType(): DataValidationCriteria {
    return enumValue(this._rule.criteria);
  }

  getCriteriaValues(): unknown[] {
    return criteriaValues(this.world, this._rule);
  }

  getAllowInvalid(): boolean {
    return this._rule.allowInvalid;
  }

  getHelpText(): string {
    return this._rule.helpText ?? '';
  }
}

// ---------------------------------------------------------------------------------------------
// The test-side view (plain outer-realm values, no proxies, no counting).

export interface ValidationSnapshot {
  criteria: string;
  /** VALUE_IN_LIST: [string[], showDropdown]; VALUE_IN_RANGE: ["'Sheet'!A1:A9", showDropdown]. */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface CellInfo {
  /** What Range.getValue() returns ('' when empty, '#ERROR!' for a formula). */
  value: CellValue;
  displayValue: string;
  /** '' when the cell holds no formula. */
  formula: string;
  numberFormat: string;
  fontWeight: FontWeight;
  background: string;
  wrap: boolean | null;
  validation: ValidationSnapshot | null;
}

export interface CellFormatting {
  numberFormat?: string;
  fontWeight?: FontWeight;
  background?: string;
  wrap?: boolean;
  validation?: ValidationSnapshot;
}

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Stored values of the data range (A1 to last row/column); '' for empty cells. */
  values: CellValue[][];
  /** Formulas over the same rectangle; '' where none. */
  formulas: string[][];
  /** Formatting of every cell that has some, keyed by A1 notation (anywhere on the sheet). */
  formatting: Record<string, CellFormatting>;
  columnWidths: Record<number, number>;
  hiddenColumns: number[];
  autoResizedColumns: number[];
}

export interface SheetState {
  readonly name: string;
  /** Like getRange(a1 ?? data range).getValues(): outer-realm copies, Dates as Date. */
  values(a1?: string): CellValue[][];
  displayValues(a1?: string): string[][];
  formulas(a1?: string): string[][];
  numberFormats(a1?: string): string[][];
  cell(a1: string): CellInfo;
  snapshot(): SheetSnapshot;
  /** Stores rows VERBATIM (no interpretation) with their top-left cell at `at` (default 'A1'). */
  setValues(rows: CellInput[][], at?: string): void;
  /** Writes one cell the way a user typing `text` would (same rules as Range.setValue). */
  type(a1: string, text: unknown): void;
  setNumberFormat(a1: string, format: string): void;
  lastRow(): number;
  lastColumn(): number;
  maxRows(): number;
  maxColumns(): number;
  frozenRows(): number;
  columnWidth(column: number): number | undefined;
  hiddenColumns(): number[];
}

export interface SpreadsheetSnapshot {
  id: string;
  name: string;
  activeSheet: string | null;
  sheets: SheetSnapshot[];
}

export interface SpreadsheetState {
  readonly id: string;
  readonly url: string;
  readonly timeZone: string;
  name: string;
  sheetNames(): string[];
  /** Throws (listing the sheets) when there is no sheet of that exact name. */
  sheet(name: string): SheetState;
  hasSheet(name: string): boolean;
  /** Adds a sheet; rows are stored verbatim. */
  addSheet(name: string, init?: SheetInit | CellInput[][]): SheetState;
  removeSheet(name: string): void;
  activeSheetName(): string | null;
  snapshot(): SpreadsheetSnapshot;
}

function ruleSnapshot(rule: ValidationRule): ValidationSnapshot {
  return {
    criteria: rule.criteria,
    values: rule.values.map((v) => {
      if (Array.isArray(v)) return [...(v as unknown[])];
      if (v && typeof v === 'object' && 'sheet' in v) {
        const ref = v as RangeRef;
        return `'${ref.sheet.name.replace(/'/g, "''")}'!${a1Of(ref)}`;
      }
      return v;
    }),
    allowInvalid: rule.allowInvalid,
    helpText: rule.helpText,
  };
}

function storedValue(cell: Cell | undefined): CellValue {
  const v = cell?.value;
  if (v === undefined) return '';
  return isDate(v) ? new Date(v.getTime()) : v;
}

export function sheetState(model: SheetModel): SheetState {
  const tz = () => model.parent.timeZone;
  const rect = (a1?: string): RangeRef =>
    a1 !== undefined
      ? parseA1(model, a1)
      : {
          sheet: model,
          row: 1,
          col: 1,
          numRows: Math.max(1, model.lastRow()),
          numCols: Math.max(1, model.lastColumn()),
        };
  const grid = <T>(a1: string | undefined, fn: (cell: Cell | undefined) => T): T[][] => {
    const ref = rect(a1);
    const out: T[][] = [];
    for (let r = 0; r < ref.numRows; r += 1) {
      const line: T[] = [];
      for (let c = 0; c < ref.numCols; c += 1) line.push(fn(model.get(ref.row + r, ref.col + c)));
      out.push(line);
    }
    return out;
  };
  const one = (a1: string): RangeRef => {
    const ref = parseA1(model, a1);
    if (ref.numRows !== 1 || ref.numCols !== 1) fail(`Fake state: "${a1}" is not a single cell`);
    return ref;
  };
  return {
    get name() {
      return model.name;
    },
    values: (a1) => grid(a1, readValue),
    displayValues: (a1) => grid(a1, (cell) => displayValue(cell, tz())),
    formulas: (a1) => grid(a1, (cell) => cell?.formula ?? ''),
    numberFormats: (a1) => grid(a1, (cell) => cell?.format ?? DEFAULT_NUMBER_FORMAT),
    cell(a1) {
      const ref = one(a1);
      const cell = model.get(ref.row, ref.col);
      return {
        value: readValue(cell),
        displayValue: displayValue(cell, tz()),
        formula: cell?.formula ?? '',
        numberFormat: cell?.format ?? DEFAULT_NUMBER_FORMAT,
        fontWeight: cell?.fontWeight ?? 'normal',
        background: cell?.background ?? '#ffffff',
        wrap: cell?.wrap ?? null,
        validation: cell?.validation ? ruleSnapshot(cell.validation) : null,
      };
    },
    snapshot() {
      const formatting: Record<string, CellFormatting> = {};
      model.rows.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (!cell) return;
          const f: CellFormatting = {};
          if (cell.format !== undefined) f.numberFormat = cell.format;
          if (cell.fontWeight !== undefined) f.fontWeight = cell.fontWeight;
          if (cell.background !== undefined) f.background = cell.background;
          if (cell.wrap !== undefined) f.wrap = cell.wrap;
          if (cell.validation) f.validation = ruleSnapshot(cell.validation);
          if (Object.keys(f).length)
            formatting[a1Of({ row: r + 1, col: c + 1, numRows: 1, numCols: 1 })] = f;
        }),
      );
      return {
        name: model.name,
        sheetId: model.id,
        maxRows: model.maxRows,
        maxColumns: model.maxColumns,
        frozenRows: model.frozenRows,
        frozenColumns: model.frozenColumns,
        values: grid(undefined, storedValue),
        formulas: grid(undefined, (cell) => cell?.formula ?? ''),
        formatting,
        columnWidths: Object.fromEntries([...model.columnWidths].sort((a, b) => a[0] - b[0])),
        hiddenColumns: [...model.hiddenColumns].sort((a, b) => a - b),
        autoResizedColumns: [...model.autoResized].sort((a, b) => a - b),
      };
    },
    setValues(rows, at = 'A1') {
      const start = one(at);
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = model.ensure(start.row + r, start.col + c);
          delete cell.formula;
          if (v === null || v === undefined || v === '') delete cell.value;
          else cell.value = isDate(v) ? new Date(v.getTime()) : v;
        }),
      );
      model.maxRows = Math.max(model.maxRows, start.row + rows.length - 1);
      model.maxColumns = Math.max(
        model.maxColumns,
        start.col - 1 + Math.max(0, ...rows.map((r) => r.length)),
      );
    },
    type(a1, text) {
      const ref = one(a1);
      writeInput(model.ensure(ref.row, ref.col), text, tz());
    },
    setNumberFormat(a1, format) {
      const ref = parseA1(model, a1);
      for (let r = 0; r < ref.numRows; r += 1) {
        for (let c = 0; c < ref.numCols; c += 1)
          model.ensure(ref.row + r, ref.col + c).format = format;
      }
    },
    lastRow: () => model.lastRow(),
    lastColumn: () => model.lastColumn(),
    maxRows: () => model.maxRows,
    maxColumns: () => model.maxColumns,
    frozenRows: () => model.frozenRows,
    columnWidth: (column) => model.columnWidths.get(column),
    hiddenColumns: () => [...model.hiddenColumns].sort((a, b) => a - b),
  };
}

export function spreadsheetState(model: SpreadsheetModel): SpreadsheetState {
  const find = (name: string): SheetModel => {
    const sheet = model.sheetByName(name);
    if (!sheet) {
      fail(
        `Fake state: no sheet named "${name}" (sheets: ${model.sheets.map((s) => `"${s.name}"`).join(', ')})`,
      );
    }
    return sheet;
  };
  return {
    id: model.id,
    url: model.url,
    timeZone: model.timeZone,
    get name() {
      return model.name;
    },
    set name(value: string) {
      model.name = value;
    },
    sheetNames: () => model.sheets.map((s) => s.name),
    sheet: (name) => sheetState(find(name)),
    hasSheet: (name) => !!model.sheetByName(name),
    addSheet: (name, init) => sheetState(model.addSheet(name, init)),
    removeSheet(name) {
      const sheet = find(name);
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      if (model.activeSheet === sheet) model.activeSheet = model.sheets[0] ?? null;
    },
    activeSheetName: () => model.activeSheet?.name ?? null,
    snapshot: () => ({
      id: model.id,
      name: model.name,
      activeSheet: model.activeSheet?.name ?? null,
      sheets: model.sheets.map((s) => sheetState(s).snapshot()),
    }),
  };
}

export interface SpreadsheetOptions {
  id?: string;
  name?: string;
  /** Initial sheets in order; rows are stored verbatim. Default: one empty "Sheet1". */
  sheets?: Record<string, SheetInit | CellInput[][]>;
  timeZone?: string;
  locale?: string;
}

export function createSpreadsheetModel(
  options: SpreadsheetOptions = {},
  fallbackId = 'fake-spreadsheet-id',
): SpreadsheetModel {
  const model = new SpreadsheetModel(
    options.id ?? fallbackId,
    options.name ?? 'Untitled spreadsheet',
    options.timeZone ?? DEFAULT_TIME_ZONE,
    options.locale ?? 'vi_VN',
  );
  const sheets = options.sheets ?? { Sheet1: [] };
  for (const [name, init] of Object.entries(sheets)) model.addSheet(name, init);
  if (model.sheets.length === 0) fail('Fake Apps Script: a spreadsheet needs at least one sheet');
  model.activeSheet = model.sheets[0] ?? null;
  return model;
}

/** Minimum authorization modes of the spreadsheet services. */
export function registerSpreadsheetAuth(rt: Runtime): void {
  for (const m of ['getActiveSpreadsheet', 'getActive', 'getActiveSheet']) {
    rt.requireAuth(`SpreadsheetApp.${m}`, 'LIMITED');
  }
  rt.requireAuth('SpreadsheetApp.openById', 'FULL');
  rt.requireAuth('SpreadsheetApp.openByUrl', 'FULL');
  for (const s of ['Spreadsheet', 'Sheet', 'Range', 'DataValidation', 'DataValidationBuilder']) {
    rt.requireAuth(s, 'LIMITED');
  }
}
