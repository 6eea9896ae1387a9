/**
 * The only code that touches SpreadsheetApp for reading and writing plan data.
 * One batched read per sheet, one batched write per change.
 */
import {
  allowedLevels,
  allCriteria,
  LEVEL_LABEL,
  type Catalog,
} from '../core/plan/catalog/catalog';
import { INFO_DEFAULTS } from '../core/plan/info';
import { ERROR, SIDEBAR, STATUS_LABEL, WEEKDAYS } from '../core/messages';
import type { SheetValues, Level } from '../core/plan/model';
import {
  columnLetter,
  headerKey,
  mapHeaders,
  INFO_ROWS,
  LOG_COLUMNS,
  PLAN_COLUMNS,
  ROSTER_COLUMNS,
  SHEET,
  type ColumnSpec,
} from '../core/plan/contract';
import { errorText, UserError } from './platform';
import { type RowWrite, type ColumnWrite } from '../core/sidebar/save';
import { runsOf } from '../core/sidebar/merge';
import { cellString, cellValue } from '../core/plan/cells';
import { isDateValue } from '../core/parse/dates';
import { fromSheetZone, toSheetZone } from '../core/parse/zones';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function activeSpreadsheet(): Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new UserError(ERROR.noSpreadsheet);
  return working(ss);
}

/**
 * The spreadsheet this run works on, and its time zone, read once, when a date first needs it
 * (each run gets its spreadsheet anew, so a zone changed since is seen).
 */
let current: { ss: Spreadsheet; zone?: string } | null = null;

function working(ss: Spreadsheet): Spreadsheet {
  if (current?.ss !== ss) current = { ss };
  return ss;
}

const VIETNAM_ZONE = 'Asia/Ho_Chi_Minh';

function sheetZone(): string {
  if (!current) return VIETNAM_ZONE;
  current.zone ??= current.ss.getSpreadsheetTimeZone();
  return current.zone;
}

/**
 * Cells as the core reads them: a date as the wall clock shown in the sheet, meant in Vietnam;
 * text without the one leading apostrophe that forced it to stay text, which a plain-text cell
 * may or may not keep (Google does not say).
 */
function fromCells(grid: unknown[][]): unknown[][] {
  for (const row of grid) {
    row.forEach((v, i) => {
      if (typeof v === 'string' && v.startsWith("'")) row[i] = v.slice(1);
      else if (isDateValue(v)) row[i] = fromSheetZone(v, sheetZone());
    });
  }
  return grid;
}

/** A value to write: a Date shows in the sheet the wall clock it has in Vietnam. */
function toCell(v: unknown): unknown {
  return isDateValue(v) ? toSheetZone(v, sheetZone()) : v;
}

/** All of a sheet's values in one call; null when the sheet does not exist. */
export function readSheet(ss: Spreadsheet, name: string): unknown[][] | null {
  const sheet = findSheet(working(ss), name);
  if (!sheet) return null;
  return fromCells(sheet.getDataRange().getValues());
}

/** withLog: also `Nhật ký nhắc hạn` (the check and the reminder run; one more getValues). */
export function readPlanSheets(ss: Spreadsheet, withLog = false): SheetValues {
  return {
    info: readSheet(ss, SHEET.info),
    plan: readSheet(ss, SHEET.plan),
    roster: readSheet(ss, SHEET.roster),
    catalog: readSheet(ss, SHEET.catalog),
    ...(withLog ? { reminderLog: readSheet(ss, SHEET.reminderLog) } : {}),
  };
}

interface SetUpResult {
  created: string[];
  addedColumns: string[];
}

/**
 * Creates the sheets that are missing and adds missing contract columns (headers only, after
 * the last used column). Never overwrites or reorders existing data.
 */
export function ensureSheets(ss: Spreadsheet, catalog: Catalog | null): SetUpResult {
  const result: SetUpResult = { created: [], addedColumns: [] };
  const plan = ensureTable(ss, SHEET.plan, PLAN_COLUMNS, result);
  ensureTable(ss, SHEET.roster, ROSTER_COLUMNS, result);
  ensureInfo(ss, result);
  ensureTable(ss, SHEET.reminderLog, LOG_COLUMNS, result);
  cosmetic(() => applyPlanValidations(plan, catalog));
  // A plan made from scratch reads typed dates day first, in Vietnam's time; an existing
  // spreadsheet's settings are the school's (the check warns about a month-first locale).
  if (result.created.length === 4) {
    cosmetic(() => {
      ss.setSpreadsheetLocale('vi_VN');
      ss.setSpreadsheetTimeZone(VIETNAM_ZONE);
      if (current?.ss === ss) current.zone = VIETNAM_ZONE;
    });
  }
  return result;
}

export function ensureTable(
  ss: Spreadsheet,
  name: string,
  columns: readonly ColumnSpec[],
  result: SetUpResult,
): Sheet {
  let sheet = findSheet(ss, name);
  if (!sheet) {
    sheet = ss.insertSheet(name);
    const headers = columns.map((c) => c.header);
    const range = sheet.getRange(1, 1, 1, headers.length);
    range.setValues([headers]);
    const created = sheet;
    cosmetic(() => {
      range.setFontWeight('bold');
      created.setFrozenRows(1);
    });
    result.created.push(name);
    return sheet;
  }
  const missing = addColumns(sheet, columns, columns);
  result.addedColumns.push(...missing.map((c) => `${name} → ${c.header}`));
  const existing = sheet;
  cosmetic(() => {
    if (existing.getFrozenRows() === 0) existing.setFrozenRows(1);
  });
  return sheet;
}

const INFO_DEFAULT_VALUES: Partial<Record<string, string | number>> = {
  signerTitle: INFO_DEFAULTS.signerTitle,
  reminderDay: WEEKDAYS[INFO_DEFAULTS.reminderDay - 1] ?? '',
  reminderHour: INFO_DEFAULTS.reminderHour,
  reminderLeadDays: INFO_DEFAULTS.reminderLeadDays,
  landscape: 'Không',
};

export function ensureInfo(ss: Spreadsheet, result: SetUpResult): void {
  let sheet = findSheet(ss, SHEET.info);
  const rows = INFO_ROWS.map((r) => [r.label, INFO_DEFAULT_VALUES[r.key] ?? '']);
  if (!sheet) {
    sheet = ss.insertSheet(SHEET.info);
    const values = [['Mục', 'Giá trị'], ...rows];
    sheet.getRange(1, 1, values.length, 2).setValues(values);
    const created = sheet;
    cosmetic(() => {
      created.getRange(1, 1, 1, 2).setFontWeight('bold');
      created.setFrozenRows(1);
      created.setColumnWidth(1, 180);
      created.setColumnWidth(2, 420);
    });
    result.created.push(SHEET.info);
    return;
  }
  const lastRow = sheet.getLastRow();
  const labels = new Set(
    lastRow > 0
      ? sheet
          .getRange(1, 1, lastRow, 1)
          .getValues()
          .map((r) => headerKey(r[0]))
      : [],
  );
  const missing = INFO_ROWS.filter(
    (r) => ![r.label, ...(r.synonyms ?? [])].some((l) => labels.has(headerKey(l))),
  ).map((r) => [r.label, INFO_DEFAULT_VALUES[r.key] ?? '']);
  if (missing.length) {
    sheet.getRange(lastRow + 1, 1, missing.length, 2).setValues(missing);
    result.addedColumns.push(...missing.map((r) => `${SHEET.info} → ${String(r[0])}`));
  }
}

/**
 * Formatting (bold headers, frozen row, widths, dropdowns) helps but never decides: if the
 * platform refuses it, the data work goes on and the reason goes to the log.
 */
function cosmetic(apply: () => void): void {
  try {
    apply();
  } catch (err) {
    console.warn(`Bỏ qua định dạng trang tính: ${errorText(err)}`);
  }
}

/** Dropdowns for criterion, self-assessment and status; invalid values warn, never block. */
function applyPlanValidations(sheet: Sheet, catalog: Catalog | null): void {
  const lastColumn = sheet.getLastColumn();
  const headers = sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? [];
  const column = (spec: ColumnSpec): number =>
    headers.findIndex((h) =>
      [spec.header, ...(spec.synonyms ?? [])].some((n) => headerKey(n) === headerKey(h)),
    ) + 1;
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  const spec = (key: string): ColumnSpec => PLAN_COLUMNS.find((c) => c.key === key) as ColumnSpec;
  const levels = catalog ? allowedLevels(catalog) : (Object.keys(LEVEL_LABEL) as Level[]);
  const lists: [ColumnSpec, string[]][] = [
    [spec('selfAssessment'), levels.map((l) => LEVEL_LABEL[l])],
    [spec('status'), Object.values(STATUS_LABEL)],
  ];
  if (catalog) lists.push([spec('criterion'), allCriteria(catalog).map((c) => c.code)]);
  for (const [columnSpec, values] of lists) {
    const col = column(columnSpec);
    if (col < 1) continue;
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(values, true)
      .setAllowInvalid(true)
      .build();
    const range = sheet.getRange(2, col, rows, 1);
    range.setDataValidation(rule);
    // Codes stay text: Sheets would turn 1.10 into the number 1.1.
    if (columnSpec.key === 'criterion') range.setNumberFormat('@');
  }
  // Budgets are numbers, shown grouped (5.000.000 in a Vietnamese sheet); rows the sidebar
  // inserts take the format of the row above.
  const budget = column(spec('budget'));
  if (budget > 0) sheet.getRange(2, budget, rows, 1).setNumberFormat('#,##0');
}

/**
 * Adds the headers of `wanted` that `sheet` lacks, after its last column, matched exactly as
 * the reader matches them (mapHeaders: synonyms, NFC, `Kinh phí (VNĐ)`); grows the sheet
 * first when they would not fit. Returns the columns added.
 */
export function addColumns<K extends string>(
  sheet: Sheet,
  columns: readonly ColumnSpec<K>[],
  wanted: readonly ColumnSpec<K>[],
): ColumnSpec<K>[] {
  const lastColumn = sheet.getLastColumn();
  const header = lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []) : [];
  const { index } = mapHeaders(header, columns);
  const missing = wanted.filter((c) => index[c.key] === undefined);
  if (missing.length === 0) return [];
  const room = sheet.getMaxColumns() - lastColumn;
  if (room < missing.length)
    sheet.insertColumnsAfter(Math.max(1, sheet.getMaxColumns()), missing.length - room);
  const range = sheet.getRange(1, lastColumn + 1, 1, missing.length);
  range.setValues([missing.map((c) => c.header)]);
  cosmetic(() => range.setFontWeight('bold'));
  return missing;
}

const TYPED_SHEETS = new Set<string>([SHEET.plan, SHEET.roster, SHEET.info]);

/**
 * A sheet by its contract name, matched as headers are (NFC, case, stray spaces): a tab typed
 * `Kế  hoạch ` or in NFD form is the plan, never a reason to create a look-alike.
 */
export function findSheet(ss: Spreadsheet, name: string): Sheet | null {
  const exact = ss.getSheetByName(name);
  // Only the sheets people type into and the add-on writes: an optional sheet that is absent
  // (`Danh mục tiêu chí`) costs no listing.
  if (exact || !TYPED_SHEETS.has(name)) return exact;
  const key = headerKey(name);
  return ss.getSheets().find((s) => headerKey(s.getName()) === key) ?? null;
}

/** Every value of a sheet, in one getValues. */
export function sheetValues(sheet: Sheet): unknown[][] {
  return fromCells(sheet.getDataRange().getValues());
}

/**
 * Writes a decided row write — a new row appended or inserted after its criterion's last row
 * (formatted like it), or one setValues per run of changed cells — and mirrors it into
 * `values`, so the caller builds views without reading again. Returns the row written. When
 * a run fails after others were written, says which columns hold the new values.
 */
export function writeRow(
  sheet: Sheet,
  values: unknown[][],
  write: RowWrite,
  headers: readonly unknown[] = values[0] ?? [],
): number {
  if (write.append && write.insertAfter) {
    sheet.insertRowAfter(write.insertAfter);
    sheet
      .getRange(write.row, 1, 1, write.append.length)
      .setValues([write.append.map((c) => toCell(cellValue(c)))]);
    values.splice(write.row - 1, 0, write.after);
    return write.row;
  }
  if (write.append) {
    // appendRow grows the sheet when it is full; unknown columns stay empty.
    sheet.appendRow(write.append.map((c) => toCell(cellValue(c))));
    values.push(write.after);
    return values.length;
  }
  const written: string[] = [];
  for (const run of write.runs) {
    try {
      sheet
        .getRange(write.row, run.col, 1, run.cells.length)
        .setValues([run.cells.map((c) => toCell(cellValue(c)))]);
    } catch (err) {
      if (written.length === 0) throw err;
      console.error(errorText(err));
      throw new UserError(SIDEBAR.saveFailed(written));
    }
    for (let c = run.col; c < run.col + run.cells.length; c++)
      written.push(cellString(headers[c - 1]) || columnLetter(c - 1));
  }
  values[write.row - 1] = write.after;
  return write.row;
}

/**
 * Runs of consecutive cells in one column, one setValues each (rows between untouched); the
 * sheet's `values`, when given, get the (text) cells too. Returns the rows written.
 */
export function writeColumn(sheet: Sheet, write: ColumnWrite, values?: unknown[][]): number[] {
  const rows: number[] = [];
  for (const run of write.runs) {
    sheet
      .getRange(run.row, write.col, run.cells.length, 1)
      .setValues(run.cells.map((c) => [toCell(cellValue(c))]));
    run.cells.forEach((c, k) => {
      const row = values?.[run.row - 1 + k];
      if (row) row[write.col - 1] = c;
      rows.push(run.row + k);
    });
  }
  return rows;
}

/** Deletes a row (a sheet keeps one row under its frozen header: that one is cleared). */
export function removeRow(sheet: Sheet, values: unknown[][], row: number): void {
  removeRows(sheet, values, [row]);
}

/** Deletes rows (1-based): one deleteRows per run of adjacent rows, the lowest run first. */
export function removeRows(sheet: Sheet, values: unknown[][], rows: readonly number[]): void {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  for (const { row, cells } of runsOf(sorted.map((r) => [r, r] as [number, number])).reverse()) {
    try {
      sheet.deleteRows(row, cells.length);
    } catch {
      // The sheet's last rows cannot all go: emptied instead.
      sheet.getRange(row, 1, cells.length, Math.max(1, values[0]?.length ?? 1)).clearContent();
    }
    values.splice(row - 1, cells.length);
  }
}

/**
 * Appends rows under the last one: appendRow for one (it grows the sheet), one setValues for
 * several, after inserting the rows the sheet lacks — a write past its edge throws.
 */
export function appendRows(sheet: Sheet, rows: unknown[][], width: number): void {
  const grid = rows.map((r) => r.map(toCell));
  if (grid.length === 1) sheet.appendRow(grid[0] as unknown[]);
  if (grid.length < 2) return;
  const last = sheet.getLastRow();
  const max = sheet.getMaxRows();
  if (last + grid.length > max) sheet.insertRowsAfter(max, last + grid.length - max);
  sheet.getRange(last + 1, 1, grid.length, width).setValues(grid);
}

/** The header row (row 1) as it now stands. */
export function headerRow(sheet: Sheet): unknown[] {
  return sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
}

/**
 * Writes `cells` in one row of a scratch sheet (the first formatted as plain text, as the
 * criterion column is), reads them back raw and as the core reads them, and removes the sheet.
 */
export function roundTripCells(
  ss: Spreadsheet,
  cells: unknown[],
): { raw: unknown[]; read: unknown[] } {
  const sheet = working(ss).insertSheet(`Kiểm tra cài đặt ${Date.now()}`);
  try {
    const range = sheet.getRange(1, 1, 1, cells.length);
    sheet.getRange(1, 1).setNumberFormat('@');
    range.setValues([cells.map(toCell)]);
    const raw = range.getValues()[0] ?? [];
    return { raw, read: fromCells([[...raw]])[0] ?? [] };
  } finally {
    ss.deleteSheet(sheet);
  }
}
