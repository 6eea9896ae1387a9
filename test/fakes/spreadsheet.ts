/**
 * SpreadsheetApp, Spreadsheet, Sheet, Range and data validation: a grid of cells per sheet that
 * interprets written strings the way Google Sheets interprets what a user types. Only the members
 * the add-on calls exist; any other member throws (strict.ts).
 */
import { FakeObject, Runtime, asApi, badArgs, checkArgs, fail, isDate, isInteger } from './strict';
import { DEFAULT_TIME_ZONE, instantOf, offsetMinutes, validDate } from './time';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type DataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

const FAMILY = 'Spreadsheet';
/** What Range.getNumberFormat() returns for a cell nobody formatted ("Automatic"). */
const DEFAULT_NUMBER_FORMAT = '0.###############';
// A new sheet is 1,000 rows × 26 columns, as Sheets makes it (no reference page states it).
const DEFAULT_MAX_ROWS = 1000;
const DEFAULT_MAX_COLUMNS = 26;
// A list rule holds at most 500 items (Sheets' own error message; not in the reference pages).
const LIST_LIMIT = 500;

// ---------------------------------------------------------------------------------------------
// The model: plain data, no proxies, no call counting.

/** A value a cell can hold. Dates are stored as (outer-realm) Date copies. */
export type CellValue = string | number | boolean | Date;
/** What tests may put in initial sheets (null/undefined/'' = empty). */
export type CellInput = CellValue | null | undefined;

/** A VALUE_IN_LIST rule (the only criterion the add-on builds). */
interface ValidationRule {
  criteria: 'VALUE_IN_LIST';
  values: [string[], boolean];
  allowInvalid: boolean;
}

interface RangeRef {
  sheet: SheetModel;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

interface Cell {
  /** Text, number or boolean; a date is `wall` instead. */
  value?: string | number | boolean;
  /** A date cell: its wall-clock time as UTC ms (a serial number, whatever the zone). */
  wall?: number;
  formula?: string;
  format?: string;
  fontWeight?: FontWeight;
  validation?: ValidationRule;
}

export interface SheetInit {
  values?: CellInput[][];
  maxRows?: number;
  maxColumns?: number;
  frozenRows?: number;
}

class SheetModel {
  rows: ((Cell | undefined)[] | undefined)[] = [];
  maxRows = DEFAULT_MAX_ROWS;
  maxColumns = DEFAULT_MAX_COLUMNS;
  frozenRows = 0;
  hidden = false;
  readonly columnWidths = new Map<number, number>();

  constructor(
    public name: string,
    readonly id: number,
    readonly parent: SpreadsheetModel,
  ) {}

  get(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  ensure(row: number, col: number): Cell {
    const r = (this.rows[row - 1] ??= []);
    return (r[col - 1] ??= {});
  }

  /** Sheet.getLastRow(): the last row with content, 0 when empty. */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r -= 1) {
      if (this.rows[r - 1]?.some(hasContent)) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      for (let c = row?.length ?? 0; c > last; c -= 1) {
        if (hasContent(row?.[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** The data range: A1 to the last row and column with content (at least one cell). */
  dataRange(): RangeRef {
    const numRows = Math.max(1, this.lastRow());
    return { sheet: this, row: 1, col: 1, numRows, numCols: Math.max(1, this.lastColumn()) };
  }

  /** Calls `fn` for every cell of `ref` (created on demand). */
  each(ref: RangeRef, fn: (cell: Cell, r: number, c: number) => void): void {
    for (let r = 0; r < ref.numRows; r += 1) {
      for (let c = 0; c < ref.numCols; c += 1) fn(this.ensure(ref.row + r, ref.col + c), r, c);
    }
  }

  /** fn of every cell of `ref`, as rows. */
  grid<T>(ref: RangeRef, fn: (cell: Cell | undefined) => T): T[][] {
    return Array.from({ length: ref.numRows }, (_, r) =>
      Array.from({ length: ref.numCols }, (_, c) => fn(this.get(ref.row + r, ref.col + c))),
    );
  }
}

/** Whether a plain-text cell keeps a leading apostrophe written by setValue (undocumented). */
export type ApostropheMode = 'dropped' | 'kept';

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  private nextSheetId = 0;

  constructor(
    readonly id: string,
    public name: string,
    public timeZone: string,
    public locale: string,
    readonly apostrophe: ApostropheMode = 'dropped',
  ) {}

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string, init: SheetInit | CellInput[][] = {}): SheetModel {
    if (this.sheetByName(name)) {
      fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const id = this.nextSheetId === 0 ? 0 : 1_000_000 + this.nextSheetId;
    this.nextSheetId += 1;
    const sheet = new SheetModel(name, id, this);
    const spec: SheetInit = Array.isArray(init) ? { values: init } : init;
    const values = spec.values ?? [];
    sheet.maxRows = spec.maxRows ?? DEFAULT_MAX_ROWS;
    sheet.maxColumns = spec.maxColumns ?? DEFAULT_MAX_COLUMNS;
    storeVerbatim(sheet, values, 1, 1);
    sheet.frozenRows = spec.frozenRows ?? 0;
    this.sheets.push(sheet);
    return sheet;
  }
}

function hasContent(cell: Cell | undefined): boolean {
  return (
    !!cell &&
    (cell.formula !== undefined ||
      cell.wall !== undefined ||
      (cell.value !== undefined && cell.value !== ''))
  );
}

/**
 * A date cell holds a wall-clock time in the spreadsheet's zone: a Date written is stored as
 * its wall clock there, and read back as the instant of that wall clock in the zone it has
 * then. Inferred (platform-facts 1.5: consistent reports, no Google page); that the two zones
 * differ is documented: https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
 */
function wallOf(ms: number, timeZone: string): number {
  return ms + offsetMinutes(timeZone, ms) * 60000;
}

function instantOfWall(wall: number, timeZone: string): number {
  const first = wall - offsetMinutes(timeZone, wall) * 60000;
  return wall - offsetMinutes(timeZone, first) * 60000;
}

function storeDate(cell: Cell, ms: number, timeZone: string): void {
  delete cell.value;
  cell.wall = wallOf(ms, timeZone);
}

const monthFirst = new Map<string, boolean>();
/**
 * Whether the locale writes dates month first (en_US: 12/31/2025), from the locale's own
 * short date pattern. That typed dates parse in this order is inferred (platform-facts 2.2).
 */
function isMonthFirst(locale: string): boolean {
  let known = monthFirst.get(locale);
  if (known === undefined) {
    const parts = new Intl.DateTimeFormat(locale.replace('_', '-')).formatToParts(0);
    const order = parts.map((p) => p.type);
    known = order.indexOf('month') < order.indexOf('day');
    monthFirst.set(locale, known);
  }
  return known;
}

/** Test set-up: stores rows as they are (no interpretation), growing the sheet to fit. */
function storeVerbatim(sheet: SheetModel, rows: CellInput[][], row: number, col: number): void {
  rows.forEach((line, r) =>
    line.forEach((v, c) => {
      const cell = sheet.ensure(row + r, col + c);
      delete cell.formula;
      delete cell.wall;
      if (v === null || v === undefined || v === '') delete cell.value;
      else if (isDate(v)) storeDate(cell, v.getTime(), sheet.parent.timeZone);
      else cell.value = v;
    }),
  );
  sheet.maxRows = Math.max(sheet.maxRows, row + rows.length - 1);
  sheet.maxColumns = Math.max(
    sheet.maxColumns,
    col - 1 + Math.max(0, ...rows.map((r) => r.length)),
  );
}

// ---------------------------------------------------------------------------------------------
// Input interpretation (what Sheets does with typed text) and output rendering.

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Writes `raw` into `cell` as Sheets does for Range.setValue(s)/appendRow
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)):
 * - null, undefined, '' clear the cell; numbers and booleans are stored as they are, a Date as
 *   its wall clock in the spreadsheet's zone (wallOf);
 * - a string starting with = is a formula (documented); other strings parse as typed text
 *   (inferred, platform-facts 2.4): with number format '@' (plain text) a string is kept as
 *   written — a leading apostrophe kept or dropped by the spreadsheet's `apostrophe` mode, as
 *   Google does not say (2.7); elsewhere "'text" is the text without the apostrophe (2.6:
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/other#ExtendedValue),
 *   a numeric string a number ('0012' → 12, '1e3' → 1000), 'TRUE'/'FALSE' a boolean,
 *   'a/b/yyyy' a date read in the locale's order (en_US month first, vi_VN day first; not a
 *   date in that order: text) or 'yyyy-mm-dd', at midnight in the spreadsheet's zone, and
 *   + - @ first a FORMULA too (its value reads '#ERROR!': the fake evaluates nothing).
 */
function writeInput(cell: Cell, raw: unknown, ss: SpreadsheetModel): void {
  const timeZone = ss.timeZone;
  delete cell.value;
  delete cell.wall;
  delete cell.formula;
  if (raw === null || raw === undefined || raw === '') return;
  if (isDate(raw)) {
    if (Number.isNaN(raw.getTime())) fail('Fake Apps Script: cannot write an invalid Date');
    storeDate(cell, raw.getTime(), timeZone);
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
    fail(`Fake Apps Script: cannot write a value of type ${typeof raw} to a cell`);
  }
  if (cell.format === '@' && !raw.startsWith('=')) {
    cell.value = raw.startsWith("'") && ss.apostrophe === 'dropped' ? raw.slice(1) : raw;
    if (cell.value === '') delete cell.value;
    return;
  }
  if (raw.startsWith("'")) {
    if (raw.length > 1) cell.value = raw.slice(1);
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
  const slashed = SLASHED.exec(trimmed);
  const dmy =
    slashed &&
    (isMonthFirst(ss.locale) ? [slashed[0], slashed[2], slashed[1], slashed[3]] : slashed);
  const ymd = YMD.exec(trimmed);
  const [y, m, d] = dmy
    ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
    : ymd
      ? [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])]
      : [0, 0, 0];
  if ((dmy || ymd) && validDate(y, m, d)) {
    storeDate(cell, instantOf(timeZone, y, m, d), timeZone);
    return;
  }
  if (/^[=+\-@]/.test(raw)) {
    cell.formula = raw.startsWith('=') ? raw : `=${raw}`;
    return;
  }
  cell.value = raw;
}

function readValue(cell: Cell | undefined, timeZone: string): CellValue {
  if (cell?.formula !== undefined) return '#ERROR!';
  if (cell?.wall !== undefined) return new Date(instantOfWall(cell.wall, timeZone));
  return cell?.value ?? '';
}

/** What the cell shows (dates dd/mm/yyyy whatever the locale: the fake formats nothing else). */
function displayValue(cell: Cell | undefined, timeZone: string): string {
  if (cell?.wall !== undefined && cell.formula === undefined) {
    const t = new Date(cell.wall);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`;
  }
  const v = readValue(cell, timeZone);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

// ---------------------------------------------------------------------------------------------
// Ranges by A1 notation (tests) and by numbers (the add-on).

function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  }
  return out;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 'A1' or 'A1:C3' → a rectangle of `sheet`. */
function parseA1(sheet: SheetModel, a1: string): RangeRef {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1.trim().toUpperCase());
  if (!m?.[1] || !m[2]) return fail('Range not found');
  const [r1, c1] = [Number(m[2]), columnNumber(m[1])];
  const [r2, c2] = m[3] && m[4] ? [Number(m[4]), columnNumber(m[3])] : [r1, c1];
  if (r1 < 1 || r2 < 1) fail('Range not found');
  const [row, col] = [Math.min(r1, r2), Math.min(c1, c2)];
  return inside({
    sheet,
    row,
    col,
    numRows: Math.abs(r2 - r1) + 1,
    numCols: Math.abs(c2 - c1) + 1,
  });
}

function a1Of(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

// A range past the sheet's edge throws: https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns
function inside(ref: RangeRef): RangeRef {
  if (
    ref.row + ref.numRows - 1 > ref.sheet.maxRows ||
    ref.col + ref.numCols - 1 > ref.sheet.maxColumns
  ) {
    fail('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return ref;
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
  return inside({ sheet, row, col, numRows, numCols });
}

// The data must match the range's size: https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues
function checkMatrix(data: unknown, ref: RangeRef): unknown[][] {
  const ok = Array.isArray(data) && data.every((row) => Array.isArray(row));
  checkArgs('SpreadsheetApp.Range.setValues', [data], ok);
  const rows = data as unknown[][];
  if (rows.length !== ref.numRows) {
    fail(
      'The number of rows in the data does not match the number of rows in the range. ' +
        `The data has ${rows.length} but the range has ${ref.numRows}.`,
    );
  }
  for (const row of rows) {
    if (row.length !== ref.numCols) {
      fail(
        'The number of columns in the data does not match the number of columns in the range. ' +
          `The data has ${row.length} but the range has ${ref.numCols}.`,
      );
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// The fake API objects.

/** What the spreadsheet fakes share with the rest of the environment. */
export interface SpreadsheetWorld {
  rt: Runtime;
  /** The spreadsheet the add-on runs in (the only one openById opens). */
  bound: SpreadsheetModel;
  /** False in contexts without an active spreadsheet (time-driven triggers). */
  hasActive: boolean;
  /** SpreadsheetApp.getUi(): returns the raw Ui fake, or throws when there is no UI. */
  ui(): FakeObject;
}

export class FakeSpreadsheetApp
  extends FakeObject
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      'getActiveSpreadsheet' | 'openById' | 'getUi' | 'newDataValidation' | 'flush'
    >
{
  constructor(private readonly world: SpreadsheetWorld) {
    super(world.rt, 'SpreadsheetApp', FAMILY);
  }

  // Null in a time-driven trigger (despite @types): https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getactivespreadsheet
  getActiveSpreadsheet(): Spreadsheet {
    return this.world.hasActive
      ? asApi(new FakeSpreadsheet(this.world, this.world.bound))
      : (null as unknown as Spreadsheet);
  }

  openById(id: string): Spreadsheet {
    checkArgs('SpreadsheetApp.openById', [id], typeof id === 'string');
    const model = id === this.world.bound.id ? this.world.bound : null;
    if (!model) {
      fail(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    }
    return asApi(new FakeSpreadsheet(this.world, model));
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return asApi(this.world.ui());
  }

  newDataValidation(): DataValidationBuilder {
    return asApi(new FakeDataValidationBuilder(this.world));
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
      | 'getSheetByName'
      | 'insertSheet'
      | 'deleteSheet'
      | 'getSpreadsheetTimeZone'
      | 'setSpreadsheetTimeZone'
      | 'getSpreadsheetLocale'
      | 'setSpreadsheetLocale'
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

  getSheetByName(name: string): Sheet | null {
    checkArgs('SpreadsheetApp.Spreadsheet.getSheetByName', [name], typeof name === 'string');
    const sheet = this._model.sheetByName(name);
    return sheet ? asApi(new FakeSheet(this.world, sheet)) : null;
  }

  getSheets(): Sheet[] {
    return this._model.sheets.map((sheet) => asApi(new FakeSheet(this.world, sheet)));
  }

  /** insertSheet(name) only: the add-on always names its sheets. */
  insertSheet(sheetName?: string | number | object): Sheet {
    const ok = typeof sheetName === 'string' && sheetName.trim() !== '';
    checkArgs('SpreadsheetApp.Spreadsheet.insertSheet', [sheetName], ok);
    return asApi(new FakeSheet(this.world, this._model.addSheet(sheetName as string)));
  }

  // The last sheet cannot go: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deleteSheet(Sheet)
  deleteSheet(sheet: Sheet): void {
    const target = sheet as unknown;
    checkArgs('SpreadsheetApp.Spreadsheet.deleteSheet', [sheet], target instanceof FakeSheet);
    const model = (target as FakeSheet)._model;
    if (this._model.sheets.length === 1) {
      fail("You can't remove all the sheets in a document.");
    }
    this._model.sheets = this._model.sheets.filter((s) => s !== model);
  }

  // The spreadsheet's own zone, a long id: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
  getSpreadsheetTimeZone(): string {
    return this._model.timeZone;
  }

  // Date cells keep their wall clock (see wallOf): https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetTimeZone(String)
  setSpreadsheetTimeZone(timezone: string): void {
    checkArgs(
      'SpreadsheetApp.Spreadsheet.setSpreadsheetTimeZone',
      [timezone],
      typeof timezone === 'string',
    );
    offsetMinutes(timezone, 0);
    this._model.timeZone = timezone;
  }

  // Codes such as 'en_US', 'vi_VN': https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetLocale()
  getSpreadsheetLocale(): string {
    return this._model.locale;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetLocale(String)
  setSpreadsheetLocale(locale: string): void {
    const ok = typeof locale === 'string' && /^[a-z]{2,3}(_[A-Z]{2})?$/.test(locale);
    checkArgs('SpreadsheetApp.Spreadsheet.setSpreadsheetLocale', [locale], ok);
    this._model.locale = locale;
  }
}

export class FakeSheet
  extends FakeObject
  implements
    Pick<
      Sheet,
      | 'getSheetId'
      | 'getRange'
      | 'getDataRange'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'getName'
      | 'deleteRow'
      | 'insertRowsAfter'
      | 'appendRow'
      | 'insertRowAfter'
      | 'insertColumnsAfter'
      | 'hideSheet'
      | 'setFrozenRows'
      | 'getFrozenRows'
      | 'setColumnWidth'
    >
{
  constructor(
    private readonly world: SpreadsheetWorld,
    private readonly model: SheetModel,
  ) {
    super(world.rt, 'Sheet', FAMILY);
  }

  get _model(): SheetModel {
    return this.model;
  }

  private _range(ref: RangeRef): Range {
    return asApi(new FakeRange(this.world, ref));
  }

  getSheetId(): number {
    return this.model.id;
  }

  /** getRange(row, column, numRows?, numColumns?) 1-based, or getRange(a1Notation). */
  getRange(a: number | string, ...rest: number[]): Range {
    if (typeof a === 'string' && rest.length === 0) return this._range(parseA1(this.model, a));
    return this._range(rangeByNumbers(this.model, [a, ...rest]));
  }

  getDataRange(): Range {
    return this._range(this.model.dataRange());
  }

  // The last row with content: https://developers.google.com/apps-script/reference/spreadsheet/sheet#getlastrow
  getLastRow(): number {
    return this.model.lastRow();
  }

  getLastColumn(): number {
    return this.model.lastColumn();
  }

  getMaxRows(): number {
    return this.model.maxRows;
  }

  getMaxColumns(): number {
    return this.model.maxColumns;
  }

  getName(): string {
    return this.model.name;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowafterafterposition
  // The new row takes the formats of the row above, as Sheets' own "insert row below" does
  // (inferred: the reference page does not say).
  insertRowAfter(afterPosition: number): Sheet {
    const sheet = this.model;
    const ok = isInteger(afterPosition) && afterPosition >= 1 && afterPosition <= sheet.maxRows;
    checkArgs('SpreadsheetApp.Sheet.insertRowAfter', [afterPosition], ok);
    const above = sheet.rows[afterPosition - 1] ?? [];
    const formats = above.map((c) => (c?.format === undefined ? undefined : { format: c.format }));
    sheet.rows.splice(afterPosition, 0, formats);
    sheet.maxRows += 1;
    return asApi(this);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertcolumnsafteraftercolumn,-howmany
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    const sheet = this.model;
    const ok =
      isInteger(afterPosition) &&
      isInteger(howMany) &&
      howMany >= 1 &&
      afterPosition >= 1 &&
      afterPosition <= sheet.maxColumns;
    checkArgs('SpreadsheetApp.Sheet.insertColumnsAfter', [afterPosition, howMany], ok);
    for (const row of sheet.rows)
      row?.splice(afterPosition, 0, ...new Array<Cell | undefined>(howMany));
    sheet.maxColumns += howMany;
    return asApi(this);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#hidesheet
  hideSheet(): Sheet {
    this.model.hidden = true;
    return asApi(this);
  }

  // Rows below move up; the last non-frozen row cannot go: https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleterowrowposition
  deleteRow(rowPosition: number): Sheet {
    const sheet = this.model;
    checkArgs('SpreadsheetApp.Sheet.deleteRow', [rowPosition], isInteger(rowPosition));
    if (rowPosition < 1 || rowPosition > sheet.maxRows) fail('Those rows are out of bounds.');
    if (sheet.maxRows - 1 <= sheet.frozenRows) {
      fail('Sorry, it is not possible to delete all non-frozen rows.');
    }
    sheet.rows.splice(rowPosition - 1, 1);
    sheet.maxRows -= 1;
    return asApi(this);
  }

  // `howMany` rows from `rowPosition`; the rows below move up; as deleteRow, the last
  // non-frozen rows cannot all go: https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleterowsrowposition,-howmany
  deleteRows(rowPosition: number, howMany: number): void {
    const sheet = this.model;
    const ok = isInteger(rowPosition) && isInteger(howMany) && howMany > 0;
    checkArgs('SpreadsheetApp.Sheet.deleteRows', [rowPosition, howMany], ok);
    if (rowPosition < 1 || rowPosition + howMany - 1 > sheet.maxRows)
      fail('Those rows are out of bounds.');
    if (sheet.maxRows - howMany <= sheet.frozenRows)
      fail('Sorry, it is not possible to delete all non-frozen rows.');
    sheet.rows.splice(rowPosition - 1, howMany);
    sheet.maxRows -= howMany;
  }

  // Blank rows after a position; the rows below move down: https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    const sheet = this.model;
    const ok = isInteger(afterPosition) && isInteger(howMany) && howMany > 0;
    checkArgs('SpreadsheetApp.Sheet.insertRowsAfter', [afterPosition, howMany], ok);
    if (afterPosition < 1 || afterPosition > sheet.maxRows) fail('Those rows are out of bounds.');
    if (sheet.rows.length > afterPosition)
      sheet.rows.splice(afterPosition, 0, ...new Array<undefined>(howMany));
    sheet.maxRows += howMany;
    return asApi(this);
  }

  // Writes after the last row with content, growing the sheet: https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents
  appendRow(rowContents: unknown[]): Sheet {
    checkArgs('SpreadsheetApp.Sheet.appendRow', [rowContents], Array.isArray(rowContents));
    if (rowContents.length === 0) fail('Fake Apps Script: appendRow needs at least one value');
    const sheet = this.model;
    const row = sheet.lastRow() + 1;
    sheet.maxRows = Math.max(sheet.maxRows, row);
    sheet.maxColumns = Math.max(sheet.maxColumns, rowContents.length);
    rowContents.forEach((v, c) => writeInput(sheet.ensure(row, c + 1), v, sheet.parent));
    return asApi(this);
  }

  // Freezing every row is refused: https://developers.google.com/apps-script/reference/spreadsheet/sheet#setfrozenrowsrows
  setFrozenRows(rows: number): void {
    checkArgs('SpreadsheetApp.Sheet.setFrozenRows', [rows], isInteger(rows) && rows >= 0);
    if (rows >= this.model.maxRows) fail('Sorry, it is not possible to freeze all rows.');
    this.model.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.model.frozenRows;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    const ok = isInteger(columnPosition) && isInteger(width) && width >= 0;
    checkArgs('SpreadsheetApp.Sheet.setColumnWidth', [columnPosition, width], ok);
    if (columnPosition < 1 || columnPosition > this.model.maxColumns) {
      fail('Those columns are out of bounds.');
    }
    this.model.columnWidths.set(columnPosition, width);
    return asApi(this);
  }
}

export class FakeRange
  extends FakeObject
  implements
    Pick<
      Range,
      | 'getValues'
      | 'setValues'
      | 'setValue'
      | 'setNumberFormat'
      | 'setFontWeight'
      | 'setDataValidation'
      | 'clearContent'
    >
{
  constructor(
    world: SpreadsheetWorld,
    private readonly ref: RangeRef,
  ) {
    super(world.rt, 'Range', FAMILY);
  }

  private _each(fn: (cell: Cell, r: number, c: number) => void): Range {
    this.ref.sheet.each(this.ref, fn);
    return asApi(this);
  }

  private get _tz(): string {
    return this.ref.sheet.parent.timeZone;
  }

  // A formula cell reads as its result; empty cells as '': https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues
  getValues(): unknown[][] {
    return this.ref.sheet.grid(this.ref, (cell) => readValue(cell, this._tz));
  }

  setValues(values: unknown[][]): Range {
    const rows = checkMatrix(values, this.ref);
    return this._each((cell, r, c) => writeInput(cell, rows[r]?.[c], this.ref.sheet.parent));
  }

  /** Sets every cell of the range, like Apps Script. */
  setValue(value: unknown): Range {
    return this._each((cell) => writeInput(cell, value, this.ref.sheet.parent));
  }

  // '@' makes later writes plain text: https://developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat
  setNumberFormat(numberFormat: string): Range {
    const ok = typeof numberFormat === 'string';
    checkArgs('SpreadsheetApp.Range.setNumberFormat', [numberFormat], ok);
    return this._each((cell) => {
      cell.format = numberFormat;
    });
  }

  setFontWeight(fontWeight: FontWeight | null): Range {
    const ok = fontWeight === null || fontWeight === 'bold' || fontWeight === 'normal';
    checkArgs('SpreadsheetApp.Range.setFontWeight', [fontWeight], ok);
    return this._each((cell) => {
      if (fontWeight === 'bold') cell.fontWeight = fontWeight;
      else delete cell.fontWeight;
    });
  }

  setDataValidation(rule: DataValidation | null): Range {
    const target = rule as unknown;
    const ok = target === null || target instanceof FakeDataValidation;
    checkArgs('SpreadsheetApp.Range.setDataValidation', [rule], ok);
    const stored = target === null ? null : (target as FakeDataValidation)._rule;
    if (stored && stored.values[0].length > LIST_LIMIT) {
      fail(
        `The data validation rule has more items than the limit of ${LIST_LIMIT}. ` +
          'Use the ‘List from a range’ criteria instead.',
      );
    }
    return this._each((cell) => {
      if (stored) cell.validation = stored;
      else delete cell.validation;
    });
  }

  // Values and formulas go; formats and validation stay: https://developers.google.com/apps-script/reference/spreadsheet/range#clearcontent
  clearContent(): Range {
    return this._each((cell) => {
      delete cell.value;
      delete cell.formula;
    });
  }
}

export class FakeDataValidationBuilder
  extends FakeObject
  implements Pick<DataValidationBuilder, 'requireValueInList' | 'setAllowInvalid' | 'build'>
{
  private list: [string[], boolean] | null = null;
  // Invalid data is allowed unless said otherwise: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setallowinvalidallowinvaliddata
  private allowInvalid = true;

  constructor(world: SpreadsheetWorld) {
    super(world.rt, 'DataValidationBuilder', FAMILY);
  }

  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    const ok = Array.isArray(values) && typeof showDropdown === 'boolean';
    checkArgs('SpreadsheetApp.DataValidationBuilder.requireValueInList', [values], ok);
    this.list = [values.map(String), showDropdown];
    return asApi(this);
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    const ok = typeof allowInvalidData === 'boolean';
    checkArgs('SpreadsheetApp.DataValidationBuilder.setAllowInvalid', [allowInvalidData], ok);
    this.allowInvalid = allowInvalidData;
    return asApi(this);
  }

  build(): DataValidation {
    if (!this.list) fail('Fake Apps Script: a data validation rule needs a criterion');
    const values: [string[], boolean] = [[...this.list[0]], this.list[1]];
    const rule: ValidationRule = {
      criteria: 'VALUE_IN_LIST',
      values,
      allowInvalid: this.allowInvalid,
    };
    return asApi(new FakeDataValidation(this._rt, rule));
  }
}

/** A built rule: the add-on only passes it to Range.setDataValidation. */
export class FakeDataValidation extends FakeObject {
  constructor(
    rt: Runtime,
    readonly _rule: ValidationRule,
  ) {
    super(rt, 'DataValidation', FAMILY);
  }
}

// ---------------------------------------------------------------------------------------------
// The test-side view (plain outer-realm values, no proxies, no counting).

/** Formatting of one cell, as snapshots show it. */
interface CellFormatting {
  numberFormat?: string;
  fontWeight?: FontWeight;
  validation?: ReturnType<typeof ruleSnapshot>;
}

export type SheetState = ReturnType<typeof sheetState>;
export type SpreadsheetState = ReturnType<typeof spreadsheetState>;

function ruleSnapshot(rule: ValidationRule) {
  const [list, dropdown] = rule.values;
  return {
    criteria: rule.criteria,
    values: [[...list], dropdown],
    allowInvalid: rule.allowInvalid,
  };
}

function formattingOf(cell: Cell): CellFormatting {
  const f: CellFormatting = {};
  if (cell.format !== undefined) f.numberFormat = cell.format;
  if (cell.fontWeight !== undefined) f.fontWeight = cell.fontWeight;
  if (cell.validation) f.validation = ruleSnapshot(cell.validation);
  return f;
}

function sheetState(model: SheetModel) {
  const tz = () => model.parent.timeZone;
  const grid = <T>(a1: string | undefined, fn: (cell: Cell | undefined) => T): T[][] =>
    model.grid(a1 === undefined ? model.dataRange() : parseA1(model, a1), fn);
  const one = (a1: string): RangeRef => {
    const ref = parseA1(model, a1);
    if (ref.numRows !== 1 || ref.numCols !== 1) fail(`Fake state: "${a1}" is not a single cell`);
    return ref;
  };
  return {
    get name(): string {
      return model.name;
    },
    /** Like getRange(a1 ?? data range).getValues(): outer-realm copies, Dates as Date. */
    values: (a1?: string): CellValue[][] => grid(a1, (cell) => readValue(cell, tz())),
    displayValues: (a1?: string) => grid(a1, (cell) => displayValue(cell, tz())),
    formulas: (a1?: string) => grid(a1, (cell) => cell?.formula ?? ''),
    /** One cell: value as getValue() reads it ('#ERROR!' for a formula), formula, formats. */
    cell(a1: string) {
      const ref = one(a1);
      const cell = model.get(ref.row, ref.col);
      return {
        value: readValue(cell, tz()),
        displayValue: displayValue(cell, tz()),
        formula: cell?.formula ?? '',
        numberFormat: cell?.format ?? DEFAULT_NUMBER_FORMAT,
        fontWeight: cell?.fontWeight ?? 'normal',
        validation: cell?.validation ? ruleSnapshot(cell.validation) : null,
      };
    },
    /** The sheet's stored values, formulas and formatting (every cell that has some, by A1). */
    snapshot() {
      const formatting: Record<string, CellFormatting> = {};
      model.rows.forEach((row, r) =>
        row?.forEach((cell, c) => {
          const f = cell ? formattingOf(cell) : {};
          if (Object.keys(f).length) formatting[a1Of(r + 1, c + 1)] = f;
        }),
      );
      return {
        name: model.name,
        sheetId: model.id,
        maxRows: model.maxRows,
        maxColumns: model.maxColumns,
        frozenRows: model.frozenRows,
        values: grid(undefined, (cell) =>
          cell?.formula !== undefined ? '' : readValue(cell, tz()),
        ),
        formulas: grid(undefined, (cell) => cell?.formula ?? ''),
        formatting,
        columnWidths: Object.fromEntries([...model.columnWidths].sort((a, b) => a[0] - b[0])),
      };
    },
    /** Stores rows VERBATIM (no interpretation) with their top-left cell at `at`. */
    setValues(rows: CellInput[][], at = 'A1'): void {
      const start = one(at);
      storeVerbatim(model, rows, start.row, start.col);
    },
    /** Writes one cell the way a user typing `text` would (same rules as Range.setValue). */
    type(a1: string, text: unknown): void {
      const ref = one(a1);
      writeInput(model.ensure(ref.row, ref.col), text, model.parent);
    },
    setNumberFormat(a1: string, format: string): void {
      model.each(parseA1(model, a1), (cell) => {
        cell.format = format;
      });
    },
    frozenRows: () => model.frozenRows,
    hidden: () => model.hidden,
    maxColumns: () => model.maxColumns,
  };
}

export function spreadsheetState(model: SpreadsheetModel) {
  const find = (name: string): SheetModel => {
    const sheet = model.sheetByName(name);
    if (!sheet) {
      const names = model.sheets.map((s) => `"${s.name}"`).join(', ');
      fail(`Fake state: no sheet named "${name}" (sheets: ${names})`);
    }
    return sheet;
  };
  return {
    id: model.id,
    url: model.url,
    get name(): string {
      return model.name;
    },
    sheetNames: () => model.sheets.map((s) => s.name),
    /** Throws (listing the sheets) when there is no sheet of that exact name. */
    sheet: (name: string) => sheetState(find(name)),
    hasSheet: (name: string) => !!model.sheetByName(name),
    snapshot: () => ({
      id: model.id,
      name: model.name,
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
  /** Whether '@' cells keep a leading apostrophe written by setValue (undocumented): default dropped. */
  plainTextApostrophe?: ApostropheMode;
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
    options.plainTextApostrophe,
  );
  for (const [name, init] of Object.entries(options.sheets ?? { Sheet1: [] })) {
    model.addSheet(name, init);
  }
  if (model.sheets.length === 0) fail('Fake Apps Script: a spreadsheet needs at least one sheet');
  return model;
}

// Authorization modes: https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
export function registerSpreadsheetAuth(rt: Runtime): void {
  rt.requireAuth('SpreadsheetApp.getActiveSpreadsheet', 'LIMITED');
  rt.requireAuth('SpreadsheetApp.openById', 'FULL');
  for (const s of ['Spreadsheet', 'Sheet', 'Range', 'DataValidation', 'DataValidationBuilder']) {
    rt.requireAuth(s, 'LIMITED');
  }
}
