/**
 * The entry sidebar's server side, and the only sidebar code that touches Apps Script.
 * One call loads everything; one call per save or delete. Writes run under the document lock,
 * find their row by id (rows shift when others insert or delete), refuse a row changed since
 * it was loaded, and write only the add-on's own columns, in one setValues where they touch.
 * Every result is plain data (no Date): google.script.run passes it to the page as is.
 */
import {
  builtInCatalogs,
  chooseCatalog,
  parseCriterionCode,
  parseSchoolLevel,
} from '../core/plan/catalog/catalog';
import { isDateValue, isoToDate } from '../core/parse/dates';
import { ERROR, SIDEBAR } from '../core/messages/index';
import { checkSheets } from '../core/check/check';
import { buildPlan } from '../core/plan/read';
import { type SheetValues } from '../core/plan/model';
import { cellString } from '../core/plan/cells';
import { parsePlanInfo } from '../core/plan/info';
import {
  emptyItemInput,
  ITEM_INPUT_FIELDS,
  type FieldError,
  type ItemInput,
} from '../core/plan/item';
import {
  buildSidebarData,
  changedCells,
  checkInfo,
  checkItem,
  checkPerson,
  infoFormOf,
  infoVersion,
  INFO_FORM_KEYS,
  itemCells,
  itemView,
  locateRow,
  nextItemId,
  personView,
  personViews,
  planCoverage,
  PLAN_KEYS,
  ROSTER_KEYS,
  updatedStamp,
  writeRuns,
  type CellOut,
  type CoverageMap,
  type Grid,
  type InfoForm,
  type InfoFormKey,
  type ItemView,
  type PersonInput,
  type PersonView,
  type RowRef,
  type SidebarData,
} from '../core/sidebar/load';
import {
  INFO_COLUMNS,
  mapHeaders,
  PLAN_COLUMNS,
  ROSTER_COLUMNS,
  SHEET,
  type PlanField,
} from '../core/plan/contract';
import { cleanText } from '../core/parse/text';
import { guard } from './platform';
import {
  activeSpreadsheet,
  asCellText,
  ensureSheets,
  ensureTable,
  readPlanSheets,
  readSheet,
} from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type { SidebarData, ItemView, PersonView, CoverageMap, InfoForm };

/** Another execution holds the lock for longer than this: the user is told to retry. */
const LOCK_WAIT_MS = 8000;
/** Document property: the highest item number ever given, so ids are never reused. */
const ID_COUNTER = 'ctcl.lastItemId';

export interface Busy {
  ok: false;
  kind: 'busy';
  message: string;
}
export interface Invalid<F extends string> {
  ok: false;
  kind: 'invalid';
  message: string;
  errors: { field: F; message: string }[];
}
export interface Conflict<T> {
  ok: false;
  kind: 'conflict';
  message: string;
  /** The version now in the sheet; null when the row was deleted. */
  current: T | null;
}

export interface ItemSaveRequest extends RowRef {
  input: ItemInput;
}
export type ItemSaveResult =
  | { ok: true; item: ItemView; coverage: CoverageMap; warnings: FieldError[]; message: string }
  | Conflict<ItemView>
  | Invalid<FieldError['field']>
  | Busy;
export type ItemDeleteResult =
  { ok: true; coverage: CoverageMap; message: string } | Conflict<ItemView> | Busy;

export interface PersonSaveRequest extends RowRef {
  input: PersonInput;
}
export type PersonSaveResult =
  | { ok: true; person: PersonView; roster: PersonView[]; message: string }
  | Conflict<PersonView>
  | Invalid<keyof PersonInput>
  | Busy;
export type PersonDeleteResult =
  { ok: true; roster: PersonView[]; message: string } | Conflict<PersonView> | Busy;

export interface InfoSaveRequest {
  form: InfoForm;
  /** infoVersion of the load; '' to skip the check. */
  version: string;
}
export type InfoSaveResult =
  | { ok: true; data: SidebarData; message: string }
  | { ok: false; kind: 'conflict'; message: string; data: SidebarData }
  | Invalid<InfoFormKey>
  | Busy;

export function showPlanSidebar(): void {
  guard(() => {
    const html = HtmlService.createHtmlOutputFromFile('Sidebar')
      .setTitle(SIDEBAR.title)
      .setWidth(300);
    SpreadsheetApp.getUi().showSidebar(html);
  });
}

/** Everything the sidebar shows, in one round trip: one getValues per sheet. */
export function sidebarLoad(): SidebarData {
  return guard(() => sidebarData(readPlanSheets(activeSpreadsheet())));
}

export function sidebarSaveItem(request: ItemSaveRequest): ItemSaveResult {
  return guard(() => {
    const req = record(request);
    const input = itemInput(req.input);
    const ss = activeSpreadsheet();
    return locked((): ItemSaveResult => {
      let sheet = ss.getSheetByName(SHEET.plan);
      const sheets: SheetValues = {
        info: readSheet(ss, SHEET.info),
        catalog: readSheet(ss, SHEET.catalog),
        roster: null,
        plan: sheet ? sheet.getDataRange().getValues() : null,
      };
      const { plan } = buildPlan(sheets);
      const check = checkItem(input, plan.catalog, plan.info);
      if (check.errors.length)
        return { ok: false, kind: 'invalid', message: SIDEBAR.invalid, errors: check.errors };
      let values: unknown[][] = (sheets.plan as unknown[][] | null) ?? [];
      let index = plan.planHeader?.index ?? {};
      const at = locateRow(values, index, PLAN_KEYS, rowRef(req), 'id');
      if (!at.ok) return itemConflict(values, index, at.current);

      // The contract's columns first (added after the last column, data untouched).
      if (!sheet || PLAN_COLUMNS.some((c) => index[c.key] === undefined)) {
        sheet = sheet
          ? ensureTable(ss, SHEET.plan, PLAN_COLUMNS, { created: [], addedColumns: [] })
          : (ensureSheets(ss, plan.catalog), ss.getSheetByName(SHEET.plan) as Sheet);
        values = sheet.getDataRange().getValues();
        index = mapHeaders(values[0] ?? [], PLAN_COLUMNS).index;
      }
      const old = at.row ? (values[at.row - 1] ?? []) : null;
      const cells: Partial<Record<PlanField, CellOut>> = itemCells(check, input);
      const oldId = old && index.id !== undefined ? cleanText(cellString(old[index.id])) : '';
      if (!oldId) cells.id = newItemId(values, index.id);
      cells.updated = updatedStamp(Date.now(), currentUser());
      const row = writeRow(sheet, values, index, old ? at.row : 0, cells, input);
      sheets.plan = values;
      const code = check.values.criterion ?? '';
      return {
        ok: true,
        item: itemView(values, index, row, code),
        coverage: planCoverage(sheets),
        warnings: check.warnings,
        message: SIDEBAR.saved(row),
      };
    });
  });
}

export function sidebarDeleteItem(ref: RowRef): ItemDeleteResult {
  return guard(() => {
    const req = rowRef(record(ref));
    const ss = activeSpreadsheet();
    return locked((): ItemDeleteResult => {
      const sheet = ss.getSheetByName(SHEET.plan);
      const values = sheet ? sheet.getDataRange().getValues() : [];
      const index = mapHeaders(values[0] ?? [], PLAN_COLUMNS).index;
      const at = locateRow(values, index, PLAN_KEYS, req, 'id');
      if (!sheet || !at.ok || at.row === 0)
        return itemConflict(values, index, at.ok ? null : at.current);
      removeRow(sheet, values, at.row);
      const sheets: SheetValues = {
        info: readSheet(ss, SHEET.info),
        catalog: readSheet(ss, SHEET.catalog),
        roster: null,
        plan: values,
      };
      return { ok: true, coverage: planCoverage(sheets), message: SIDEBAR.deleted };
    });
  });
}

export function sidebarSavePerson(request: PersonSaveRequest): PersonSaveResult {
  return guard(() => {
    const req = record(request);
    const check = checkPerson(record(req.input));
    if (check.errors.length)
      return { ok: false, kind: 'invalid', message: SIDEBAR.invalid, errors: check.errors };
    const ss = activeSpreadsheet();
    return locked((): PersonSaveResult => {
      let sheet = ss.getSheetByName(SHEET.roster);
      let values: unknown[][] = sheet ? sheet.getDataRange().getValues() : [];
      let index = mapHeaders(values[0] ?? [], ROSTER_COLUMNS).index;
      const at = locateRow(values, index, ROSTER_KEYS, rowRef(req));
      if (!at.ok) return personConflict(values, index, at.current);
      if (!sheet || ROSTER_COLUMNS.some((c) => index[c.key] === undefined)) {
        sheet = ensureTable(ss, SHEET.roster, ROSTER_COLUMNS, { created: [], addedColumns: [] });
        values = sheet.getDataRange().getValues();
        index = mapHeaders(values[0] ?? [], ROSTER_COLUMNS).index;
      }
      const row = writeRow(sheet, values, index, at.row, check.cells);
      return {
        ok: true,
        person: personView(values, index, row),
        roster: personViews(values),
        message: SIDEBAR.savedPerson(row),
      };
    });
  });
}

export function sidebarDeletePerson(ref: RowRef): PersonDeleteResult {
  return guard(() => {
    const req = rowRef(record(ref));
    const ss = activeSpreadsheet();
    return locked((): PersonDeleteResult => {
      const sheet = ss.getSheetByName(SHEET.roster);
      const values = sheet ? sheet.getDataRange().getValues() : [];
      const index = mapHeaders(values[0] ?? [], ROSTER_COLUMNS).index;
      const at = locateRow(values, index, ROSTER_KEYS, req);
      if (!sheet || !at.ok || at.row === 0)
        return personConflict(values, index, at.ok ? null : at.current);
      removeRow(sheet, values, at.row);
      return { ok: true, roster: personViews(values), message: SIDEBAR.deleted };
    });
  });
}

/** First run (and later edits): writes `Thông tin chung`, then creates the missing sheets. */
export function sidebarSaveInfo(request: InfoSaveRequest): InfoSaveResult {
  return guard(() => {
    const req = record(request);
    const check = checkInfo(record(req.form));
    if (check.errors.length)
      return { ok: false, kind: 'invalid', message: SIDEBAR.invalid, errors: check.errors };
    const ss = activeSpreadsheet();
    return locked((): InfoSaveResult => {
      const before = readSheet(ss, SHEET.info);
      const version = typeof req.version === 'string' ? req.version : '';
      if (version && infoVersion(infoFormOf(parsePlanInfo(before).info)) !== version)
        return {
          ok: false,
          kind: 'conflict',
          message: SIDEBAR.conflictInfo,
          data: sidebarData(readPlanSheets(ss)),
        };
      const form = check.values;
      const choice = chooseCatalog(
        builtInCatalogs(),
        form.catalog,
        parseSchoolLevel(form.schoolLevel),
      );
      ensureSheets(ss, choice.ok ? choice.catalog : null);
      writeInfo(ss.getSheetByName(SHEET.info) as Sheet, form);
      return { ok: true, data: sidebarData(readPlanSheets(ss)), message: SIDEBAR.infoSaved };
    });
  });
}

// ---------------------------------------------------------------------------------------------

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function rowRef(req: Record<string, unknown>): RowRef {
  return {
    id: typeof req.id === 'string' ? req.id : '',
    row: typeof req.row === 'number' ? req.row : 0,
    version: typeof req.version === 'string' ? req.version : '',
  };
}

/** What the page sent, as strings (anything else is treated as empty, then validated). */
function itemInput(value: unknown): ItemInput {
  const raw = record(value);
  const input = emptyItemInput();
  for (const f of ITEM_INPUT_FIELDS) {
    const v = raw[f];
    input[f] = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
  }
  return input;
}

function locked<T>(run: () => T): T | Busy {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    return { ok: false, kind: 'busy', message: ERROR.busy };
  }
  try {
    return run();
  } finally {
    try {
      // What this run wrote is applied before anyone else reads.
      SpreadsheetApp.flush();
    } catch {
      // Apps Script applies it at the end of the run anyway.
    }
    lock.releaseLock();
  }
}

function currentUser(): string {
  try {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  } catch {
    return '';
  }
}

function newItemId(values: Grid, idIndex: number | undefined): string {
  const props =
    PropertiesService.getDocumentProperties() ?? PropertiesService.getScriptProperties();
  const { id, n } = nextItemId(values, idIndex, Number(props.getProperty(ID_COUNTER) ?? 0));
  props.setProperty(ID_COUNTER, String(n));
  return id;
}

/** User text stays text: formulas, numbers, dates and TRUE/FALSE alike. */
function textCell(text: string): string {
  return /^\s*(true|false)\s*$/i.test(text) ? `'${text}` : asCellText(text);
}

/** The value setValues receives for a cell. */
function toCell(cell: CellOut | { keep: unknown }): unknown {
  if (typeof cell === 'string') return textCell(cell);
  if (typeof cell === 'number') return cell;
  if ('date' in cell) return isoToDate(cell.date);
  const kept = cell.keep;
  if (typeof kept === 'string') return textCell(kept);
  return typeof kept === 'number' || typeof kept === 'boolean' || isDateValue(kept) ? kept : '';
}

/** The value the cell reads back as (what getValues will return after the write). */
function readBack(cell: CellOut): unknown {
  return typeof cell === 'object' ? isoToDate(cell.date) : cell;
}

/**
 * Writes the changed cells of row `row` (0: a new row, appended) and mirrors the write into
 * `values`, so the caller can build views without reading again. Returns the row written.
 */
function writeRow<K extends string>(
  sheet: Sheet,
  values: unknown[][],
  index: Partial<Record<K, number>>,
  row: number,
  cells: Partial<Record<K, CellOut>>,
  typed?: Partial<Record<string, string>>,
): number {
  const old = row ? (values[row - 1] ?? []) : null;
  const changes = old
    ? changedCells(cells, old, index, typed)
    : (Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== '')) as Partial<
        Record<K, CellOut>
      >);
  const width = Math.max(
    values[0]?.length ?? 0,
    ...Object.values<number | undefined>(index).map((i) => (i ?? 0) + 1),
  );
  const next: unknown[] = old ? [...old] : new Array<unknown>(width).fill('');
  for (const key of Object.keys(changes) as K[]) {
    const i = index[key];
    if (i !== undefined) next[i] = readBack(changes[key] as CellOut);
  }
  if (!old) {
    // appendRow grows the sheet when it is full; unknown columns stay empty.
    const last = Math.max(...Object.keys(changes).map((k) => index[k as K] ?? 0));
    sheet.appendRow(
      next.slice(0, last + 1).map((v, i) => {
        const key = (Object.keys(changes) as K[]).find((k) => index[k] === i);
        return key ? toCell(changes[key] as CellOut) : '';
      }),
    );
    values.push(next);
    return values.length;
  }
  for (const run of writeRuns(changes, index, old))
    sheet.getRange(row, run.col, 1, run.cells.length).setValues([run.cells.map(toCell)]);
  values[row - 1] = next;
  return row;
}

/** Deletes a row (a sheet keeps one row under its frozen header: that one is cleared). */
function removeRow(sheet: Sheet, values: unknown[][], row: number): void {
  try {
    sheet.deleteRow(row);
  } catch {
    sheet.getRange(row, 1, 1, Math.max(1, values[0]?.length ?? 1)).clearContent();
  }
  values.splice(row - 1, 1);
}

function itemConflict(
  values: Grid,
  index: Partial<Record<PlanField, number>>,
  current: number | null,
): Conflict<ItemView> {
  if (current === null)
    return { ok: false, kind: 'conflict', message: SIDEBAR.conflictDeleted, current: null };
  const i = index.criterion;
  const code = i === undefined ? '' : parseCriterionCode(values[current - 1]?.[i]).code;
  const view = itemView(values, index, current, code);
  return {
    ok: false,
    kind: 'conflict',
    message: SIDEBAR.conflictChanged(view.updated),
    current: view,
  };
}

function personConflict(
  values: Grid,
  index: Partial<Record<string, number>>,
  current: number | null,
): Conflict<PersonView> {
  return {
    ok: false,
    kind: 'conflict',
    message: SIDEBAR.conflictPerson,
    current: current === null ? null : personView(values, index, current),
  };
}

/** The changed values of `Thông tin chung`, in one write over the rows they span. */
function writeInfo(sheet: Sheet, form: InfoForm): void {
  const values = sheet.getDataRange().getValues();
  const { rows } = parsePlanInfo(values);
  const valueCol = mapHeaders(values[0] ?? [], INFO_COLUMNS).index.value ?? 1;
  const changed = new Map<number, string>();
  for (const key of INFO_FORM_KEYS) {
    const r = rows[key];
    if (r !== undefined && cleanText(cellString(values[r - 1]?.[valueCol])) !== form[key])
      changed.set(r, form[key]);
  }
  if (changed.size === 0) return;
  const first = Math.min(...changed.keys());
  const last = Math.max(...changed.keys());
  const cells: unknown[][] = [];
  for (let r = first; r <= last; r++) {
    const text = changed.get(r);
    cells.push([text === undefined ? toCell({ keep: values[r - 1]?.[valueCol] }) : textCell(text)]);
  }
  sheet.getRange(first, valueCol + 1, cells.length, 1).setValues(cells);
}

/** The load payload: one build of the plan, checked once. */
function sidebarData(sheets: SheetValues): SidebarData {
  const built = buildPlan(sheets);
  return buildSidebarData(sheets, built.plan, checkSheets(sheets, built));
}
