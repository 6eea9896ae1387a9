/**
 * The entry sidebar's server side, and the only sidebar code that touches Apps Script.
 * One call loads everything; one call per save, delete, restore or freshness check. Writes run
 * under the document lock, find their row by `Mã` in a read made just before the write (rows
 * shift when others insert or sort), merge field by field with what others saved, and write
 * only the cells this person changed. Every result is plain data (no Date).
 */
import {
  builtInCatalogs,
  chooseCatalog,
  parseCriterionCode,
  parseSchoolLevel,
  LEVEL_LABEL,
  findCriterion,
} from '../core/plan/catalog/catalog';
import { SIDEBAR } from '../core/messages';
import { checkSheets } from '../core/check/check';
import { buildPlan, planContext, type BuildResult } from '../core/plan/read';
import { type SheetValues, type Grid } from '../core/plan/model';
import { parsePlanInfo } from '../core/plan/info';
import { ITEM_INPUT_FIELDS, type ItemInput, type ItemInputField } from '../core/plan/item';
import { dateToIso, isDateValue } from '../core/parse/dates';
import { cellValue, type CellOut } from '../core/plan/cells';
import {
  buildSidebarData,
  infoFormOf,
  infoVersion,
  itemView,
  levelsOf,
  personView,
  personViews,
  planCoverage,
  planVersionOf,
  viewContext,
  PLAN_KEYS,
  ROSTER_KEYS,
  type ViewContext,
} from '../core/sidebar/load';
import {
  checkInfo,
  checkPerson,
  decideAssessment,
  decideItemSave,
  decideDelete,
  decidePersonSave,
  infoWrite,
  rowWrite,
  updatedStamp,
} from '../core/sidebar/save';
import {
  DELETED_HEADERS,
  DELETED_SHEET,
  deletedCells,
  deletedRow,
  deletedRowOf,
  deletedView,
  deletedViews,
  insertAfter,
  missingIds,
} from '../core/sidebar/merge';
import {
  type AssessmentSaveRequest,
  type AssessmentSaveResult,
  type CoverageMap,
  type Conflict,
  type FieldConflict,
  type InfoForm,
  type InfoSaveRequest,
  type InfoSaveResult,
  type ItemDeleteResult,
  type ItemRestoreRequest,
  type ItemRestoreResult,
  type ItemSaveRequest,
  type ItemSaveResult,
  type ItemView,
  type PersonDeleteResult,
  type PersonInput,
  type PersonSaveRequest,
  type PersonSaveResult,
  type PersonView,
  type RowRef,
  type SidebarData,
  type VersionCheckRequest,
  type VersionCheckResult,
  baseInput,
  DELETED_SHOWN,
  INFO_FORM_KEYS,
  itemInput,
  PERSON_FIELDS,
  record,
  rowRef,
  stringsOf,
} from '../core/sidebar/protocol';
import {
  mapHeaders,
  PLAN_COLUMNS,
  ROSTER_COLUMNS,
  SHEET,
  type ColumnSpec,
  type PlanField,
} from '../core/plan/contract';
import { guard, locked, documentProperties, currentUser } from './platform';
import { reminderStatus } from './reminders';
import {
  activeSpreadsheet,
  addColumns,
  ensureSheets,
  ensureTable,
  findSheet,
  readPlanSheets,
  readSheet,
  sheetValues,
  writeRow,
  removeRow,
  writeColumn,
} from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { SidebarData, ItemView, PersonView, CoverageMap, InfoForm };

/** Another execution holds the lock for longer than this: the user is told to retry. */
const LOCK_WAIT_MS = 8000;
/** Document property: the highest item number ever given, so ids are never reused. */
export const ID_COUNTER = 'ctcl.lastItemId';

const HEADER: Record<string, string> = Object.fromEntries(
  PLAN_COLUMNS.map((c) => [c.key, c.header]),
);
const headersOf = (fields: readonly string[]): string[] => fields.map((f) => HEADER[f] ?? f);

export function showPlanSidebar(): void {
  guard(() => {
    const html = HtmlService.createHtmlOutputFromFile('Sidebar')
      .setTitle(SIDEBAR.title)
      .setWidth(300);
    SpreadsheetApp.getUi().showSidebar(html);
  });
}

/**
 * Everything the sidebar shows, in one round trip: one getValues per sheet. Item rows pasted
 * without a `Mã` get one first (one write of just those cells, under the lock), so every row
 * keeps its identity whoever saves it first.
 */
export function sidebarLoad(): SidebarData {
  return guard(() => {
    const ss = activeSpreadsheet();
    let sheets = readPlanSheets(ss);
    let built = buildPlan(sheets);
    if (built.plan.items.some((i) => !i.id)) {
      const plan = giveIds(ss, sheets);
      if (plan) {
        sheets = { ...sheets, plan };
        built = buildPlan(sheets);
      }
    }
    return {
      ...sidebarData(sheets, built, readSheet(ss, DELETED_SHEET)),
      reminders: reminderStatus(),
    };
  });
}

/** Ids for the item rows that have none; the plan's values after, or null when busy. */
function giveIds(ss: Spreadsheet, loaded: SheetValues): Grid | null {
  const result = locked(LOCK_WAIT_MS, (): Grid => {
    const sheet = findSheet(ss, SHEET.plan) as Sheet;
    addColumns(
      sheet,
      PLAN_COLUMNS,
      PLAN_COLUMNS.filter((c) => c.key === 'id'),
    );
    const values = sheetValues(sheet);
    const index = headerIndex(values, PLAN_COLUMNS);
    const items = new Set(buildPlan({ ...loaded, plan: values }).plan.items.map((i) => i.row));
    const props = documentProperties();
    const counter = Number(props.getProperty(ID_COUNTER) ?? 0);
    const ids = missingIds(values, index, counter, (r) => items.has(r));
    writeColumn(sheet, { col: (index.id as number) + 1, runs: ids.runs }, values);
    if (ids.runs.length) props.setProperty(ID_COUNTER, String(ids.counter));
    return values;
  });
  return Array.isArray(result) ? result : null;
}

const CHANGED = 'the added columns changed the decision';

const headerIndex = <K extends string>(
  values: Grid,
  columns: readonly ColumnSpec<K>[],
): Partial<Record<K, number>> => mapHeaders(values[0] ?? [], columns).index;

/** A save refused by a conflict: the message, then what the page shows with it. */
const refused = <R extends object>(message: string, rest: R) =>
  ({ ok: false, kind: 'conflict', message, ...rest }) as const;

const invalid = <E>(errors: E) =>
  ({ ok: false, kind: 'invalid', message: SIDEBAR.invalid, errors }) as const;

/** `Thông tin chung` and `Danh mục tiêu chí` read, with the plan's values given. */
const infoAndCatalog = (ss: Spreadsheet, plan: Grid | null): SheetValues => ({
  info: readSheet(ss, SHEET.info),
  catalog: readSheet(ss, SHEET.catalog),
  roster: null,
  plan,
});

/** The plan's columns a save of `input` needs (its filled fields, the id and the stamp). */
function neededColumns(input: ItemInput): ColumnSpec<PlanField>[] {
  const filled = new Set<string>(ITEM_INPUT_FIELDS.filter((f) => input[f].trim() !== ''));
  if (filled.has('period')) filled.add('deadline');
  return PLAN_COLUMNS.filter(
    (c) => c.key === 'id' || c.key === 'updated' || c.key === 'criterion' || filled.has(c.key),
  );
}

function missingColumns(
  index: Partial<Record<PlanField, number>>,
  wanted: readonly ColumnSpec<PlanField>[],
): boolean {
  return wanted.some((c) => index[c.key] === undefined);
}

export function sidebarSaveItem(request: ItemSaveRequest): ItemSaveResult {
  return guard(() => {
    const req = record(request);
    const input = itemInput(req.input);
    const base = baseInput(req.base);
    const ref = rowRef(req);
    const ss = activeSpreadsheet();
    return locked(LOCK_WAIT_MS, (): ItemSaveResult => {
      const sheets: SheetValues = {
        info: readSheet(ss, SHEET.info),
        catalog: null,
        roster: null,
        plan: null,
      };
      const code = parseCriterionCode(input.criterion).code;
      let { info, catalog } = planContext(sheets);
      // The school's `Danh mục tiêu chí` only renames or adds criteria: read it only when the
      // built-in catalog cannot place this item (one data call less per save).
      if (!catalog || (code && !findCriterion(catalog, code))) {
        sheets.catalog = readSheet(ss, SHEET.catalog);
        ({ info, catalog } = planContext(sheets));
      }
      let props: GoogleAppsScript.Properties.Properties | null = null;
      const properties = () => (props ??= documentProperties());
      const context = {
        info,
        catalog,
        nowMs: Date.now(),
        who: currentUser,
        idCounter: () => Number(properties().getProperty(ID_COUNTER) ?? 0),
      };
      // The plan is read last, just before the write: the row is located where it is now.
      let sheet = findSheet(ss, SHEET.plan);
      let values: unknown[][] = sheet ? sheetValues(sheet) : [];
      let index = headerIndex(values, PLAN_COLUMNS);
      let decision = decideItemSave(values, index, ref, input, context, base);
      if (decision.kind === 'invalid') return invalid(decision.errors);
      if (decision.kind === 'conflict')
        return itemConflict(values, index, decision.current, decision.conflicts);
      // Only the columns this save fills are added (after the last column, data untouched):
      // the one case that reads the sheet again, and decides again over what it now holds.
      const wanted = neededColumns(input);
      if (!sheet || missingColumns(index, wanted)) {
        if (sheet) addColumns(sheet, PLAN_COLUMNS, wanted);
        else {
          ensureSheets(ss, catalog);
          sheet = findSheet(ss, SHEET.plan) as Sheet;
        }
        values = sheetValues(sheet);
        index = headerIndex(values, PLAN_COLUMNS);
        decision = decideItemSave(values, index, ref, input, context, base);
        if (decision.kind !== 'write') throw new Error(CHANGED);
      }
      if (decision.idCounter !== null)
        properties().setProperty(ID_COUNTER, String(decision.idCounter));
      const row = writeRow(sheet, values, decision.write);
      sheets.plan = values;
      const merged = decision.merged;
      return {
        ok: true,
        item: itemView(
          values,
          index,
          row,
          decision.check.values.criterion ?? '',
          saveContext(info),
        ),
        coverage: planCoverage(sheets),
        warnings: decision.check.warnings,
        message: SIDEBAR.saved(row) + (merged.length ? SIDEBAR.merged(headersOf(merged)) : ''),
        merged,
      };
    });
  });
}

/** Marks of a view built by a save: the deadline against today (owners are the page's). */
function saveContext(info: { reminderLeadDays: number }): ViewContext {
  return viewContext(Date.now(), info.reminderLeadDays, [], '');
}

/**
 * Deletes an item, after keeping its full row in the hidden sheet `Đã xóa` (anyone can
 * restore it from the sidebar, with the same `Mã`).
 */
export function sidebarDeleteItem(ref: RowRef): ItemDeleteResult {
  return guard(() => {
    const req = rowRef(record(ref));
    const ss = activeSpreadsheet();
    return locked(LOCK_WAIT_MS, (): ItemDeleteResult => {
      const sheet = findSheet(ss, SHEET.plan);
      const values = sheet ? sheetValues(sheet) : [];
      const index = headerIndex(values, PLAN_COLUMNS);
      const decision = decideDelete(values, index, PLAN_KEYS, req, 'id');
      if (!sheet || decision.kind === 'conflict')
        return itemConflict(values, index, decision.kind === 'conflict' ? decision.current : null);
      const kept = deletedRow(
        values[decision.row - 1] ?? [],
        index,
        updatedStamp(Date.now(), currentUser()),
      );
      deletedSheet(ss).appendRow(kept.map((v) => cellValue(keptCell(v))));
      removeRow(sheet, values, decision.row);
      const sheets = infoAndCatalog(ss, values);
      const view = deletedView(kept);
      const what = view.fields[ITEM_INPUT_FIELDS.indexOf('actions')] || view.id;
      return {
        ok: true,
        coverage: planCoverage(sheets),
        message: SIDEBAR.deletedItem(what),
        deleted: view,
      };
    });
  });
}

/** `Đã xóa`, created hidden with its headers the first time. */
function deletedSheet(ss: Spreadsheet): Sheet {
  const found = findSheet(ss, DELETED_SHEET);
  if (found) return found;
  const sheet = ss.insertSheet(DELETED_SHEET);
  sheet.getRange(1, 1, 1, DELETED_HEADERS.length).setValues([[...DELETED_HEADERS]]);
  sheet.hideSheet();
  return sheet;
}

/** A kept cell as written back: text stays text, dates and numbers as they were. */
function keptCell(value: unknown): CellOut {
  if (isDateValue(value)) return { date: dateToIso(value) };
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value === null || value === undefined ? '' : String(value);
}

/** Puts a deleted item back after the last row of its criterion, with the same `Mã`. */
export function sidebarRestoreItem(request: ItemRestoreRequest): ItemRestoreResult {
  return guard(() => {
    const id = typeof record(request).id === 'string' ? String(record(request).id).trim() : '';
    const ss = activeSpreadsheet();
    return locked(LOCK_WAIT_MS, (): ItemRestoreResult => {
      const trash = findSheet(ss, DELETED_SHEET);
      const kept = trash ? sheetValues(trash) : null;
      const at = deletedRowOf(kept, id);
      const sheet = findSheet(ss, SHEET.plan);
      if (!trash || !kept || !at || !sheet)
        return { ok: false, kind: 'gone', message: SIDEBAR.restoreGone };
      const values = sheetValues(sheet);
      const index = headerIndex(values, PLAN_COLUMNS);
      const idCol = index.id;
      if (
        idCol !== undefined &&
        values.some((r, i) => i > 0 && String(r[idCol] ?? '').trim() === id)
      )
        return { ok: false, kind: 'gone', message: SIDEBAR.restoreTaken(id) };
      const cells = deletedCells(kept[at - 1] ?? []);
      const code = parseCriterionCode(cells.criterion).code;
      // A new row, written as a save writes one, after the last row of its criterion.
      const restored = Object.fromEntries(PLAN_COLUMNS.map((c) => [c.key, keptCell(cells[c.key])]));
      const place = insertAfter(values, index, code);
      const written = writeRow(
        sheet,
        values,
        rowWrite(values, index, 0, restored, undefined, place),
      );
      trash.deleteRow(at);
      const sheets = infoAndCatalog(ss, values);
      const { info } = planContext(sheets);
      return {
        ok: true,
        item: itemView(values, index, written, code, saveContext(info)),
        coverage: planCoverage(sheets),
        message: SIDEBAR.restored(written),
      };
    });
  });
}

/** A criterion's self-assessment: `Tự đánh giá` of its rows, or a row of its own. */
export function sidebarSaveAssessment(request: AssessmentSaveRequest): AssessmentSaveResult {
  return guard(() => {
    const ask = stringsOf(record(request), ['code', 'level', 'base'] as const)!;
    const ss = activeSpreadsheet();
    return locked(LOCK_WAIT_MS, (): AssessmentSaveResult => {
      const sheets = infoAndCatalog(ss, null);
      const { info, catalog } = planContext(sheets);
      let sheet = findSheet(ss, SHEET.plan);
      if (!sheet) {
        ensureSheets(ss, catalog);
        sheet = findSheet(ss, SHEET.plan) as Sheet;
      }
      const wanted = PLAN_COLUMNS.filter(
        (c) => c.key === 'criterion' || c.key === 'selfAssessment',
      );
      addColumns(sheet, PLAN_COLUMNS, wanted);
      const values = sheetValues(sheet);
      sheets.plan = values;
      const index = headerIndex(values, PLAN_COLUMNS);
      const decision = decideAssessment(values, index, catalog, ask);
      if (decision.kind === 'invalid')
        return {
          ok: false,
          kind: 'invalid',
          message: decision.message,
          errors: [{ field: 'level', message: decision.message }],
        };
      if (decision.kind === 'conflict')
        return refused(SIDEBAR.assessmentConflict, {
          coverage: planCoverage(sheets),
        });
      const rows = decision.cells ? writeColumn(sheet, decision.cells, values) : [];
      if (decision.newRow) writeRow(sheet, values, decision.newRow);
      const code = parseCriterionCode(ask.code).code;
      const context = saveContext(info);
      return {
        ok: true,
        coverage: planCoverage(sheets),
        items: rows
          .map((r) => itemView(values, index, r, code, context))
          .filter((v) => v.fields.length > 3),
        message: SIDEBAR.assessmentSaved(code, decision.level ? LEVEL_LABEL[decision.level] : ''),
      };
    });
  });
}

/**
 * The freshness check: `Kế hoạch` and `Nhân sự`, two getValues, nothing written. Returns the
 * items new or changed since the page's versions, and those gone.
 */
export function sidebarCheckVersions(request: VersionCheckRequest): VersionCheckResult {
  return guard(() => {
    const req = record(request);
    const since = typeof req.planVersion === 'string' ? req.planVersion : '';
    const known = record(req.items);
    const leadDays = typeof req.leadDays === 'number' ? req.leadDays : 0;
    const ss = activeSpreadsheet();
    const plan = readSheet(ss, SHEET.plan);
    const planVersion = planVersionOf(plan);
    const out: VersionCheckResult = {
      ok: true,
      planVersion,
      changed: [],
      removed: [],
      rows: {},
      levels: {},
    };
    if (planVersion === since || !plan) return out;
    const roster = readSheet(ss, SHEET.roster);
    const built = buildPlan({ info: null, catalog: null, roster, plan }).plan;
    const index = built.planHeader?.index ?? {};
    const context = viewContext(Date.now(), leadDays, built.roster, currentUser());
    const seen = new Set<string>();
    for (const item of built.items) {
      const view = itemView(plan, index, item.row, item.criterion, context);
      if (view.id) {
        seen.add(view.id);
        out.rows[view.id] = view.row;
      }
      if (!view.id || known[view.id] !== view.version) out.changed.push(view);
    }
    out.removed = Object.keys(known).filter((id) => !seen.has(id));
    out.levels = levelsOf(built);
    return out;
  });
}

export function sidebarSavePerson(request: PersonSaveRequest): PersonSaveResult {
  return guard(() => {
    const req = record(request);
    const check = checkPerson(record(req.input));
    if (check.errors.length) return invalid(check.errors);
    const baseRaw = stringsOf(req.base, PERSON_FIELDS);
    const base = baseRaw ? checkPerson(baseRaw).cells : undefined;
    const ref = rowRef(req);
    const ss = activeSpreadsheet();
    return locked(LOCK_WAIT_MS, (): PersonSaveResult => {
      let sheet = findSheet(ss, SHEET.roster);
      let values: unknown[][] = sheet ? sheetValues(sheet) : [];
      let index = headerIndex(values, ROSTER_COLUMNS);
      let decision = decidePersonSave(values, index, ref, check.cells, base);
      if (decision.kind === 'conflict')
        return personConflict(values, index, decision.current, decision.conflicts);
      if (!sheet || ROSTER_COLUMNS.some((c) => index[c.key] === undefined)) {
        sheet = ensureTable(ss, SHEET.roster, ROSTER_COLUMNS, { created: [], addedColumns: [] });
        values = sheetValues(sheet);
        index = headerIndex(values, ROSTER_COLUMNS);
        decision = decidePersonSave(values, index, ref, check.cells, base);
      }
      if (decision.kind !== 'write') throw new Error(CHANGED);
      const row = writeRow(sheet, values, decision.write);
      return {
        ok: true,
        person: personView(values, index, row),
        roster: personViews(values),
        message: SIDEBAR.savedPerson(row),
        merged: decision.merged,
      };
    });
  });
}

export function sidebarDeletePerson(ref: RowRef): PersonDeleteResult {
  return guard(() => {
    const req = rowRef(record(ref));
    const ss = activeSpreadsheet();
    return locked(LOCK_WAIT_MS, (): PersonDeleteResult => {
      const sheet = findSheet(ss, SHEET.roster);
      const values = sheet ? sheetValues(sheet) : [];
      const index = headerIndex(values, ROSTER_COLUMNS);
      const decision = decideDelete(values, index, ROSTER_KEYS, req);
      if (!sheet || decision.kind === 'conflict')
        return personConflict(
          values,
          index,
          decision.kind === 'conflict' ? decision.current : null,
        );
      removeRow(sheet, values, decision.row);
      return { ok: true, roster: personViews(values), message: SIDEBAR.deleted };
    });
  });
}

/** First run (and later edits): writes `Thông tin chung`, then creates the missing sheets. */
export function sidebarSaveInfo(request: InfoSaveRequest): InfoSaveResult {
  return guard(() => {
    const req = record(request);
    const check = checkInfo(record(req.form));
    if (check.errors.length) return invalid(check.errors);
    const baseRaw = stringsOf(req.base, INFO_FORM_KEYS);
    const base = baseRaw ? baseForm(baseRaw) : undefined;
    const ss = activeSpreadsheet();
    return locked(LOCK_WAIT_MS, (): InfoSaveResult => {
      const before = readSheet(ss, SHEET.info);
      const version = typeof req.version === 'string' ? req.version : '';
      if (!base && version && infoVersion(infoFormOf(parsePlanInfo(before).info)) !== version)
        return infoConflict(ss, []);
      const form = check.values;
      const choice = chooseCatalog(
        builtInCatalogs(),
        form.catalog,
        parseSchoolLevel(form.schoolLevel),
      );
      // Set-up may create `Thông tin chung` with its rows: the write is decided over what it holds then.
      ensureSheets(ss, choice.ok ? choice.catalog : null);
      const sheet = findSheet(ss, SHEET.info) as Sheet;
      const decision = infoWrite(sheetValues(sheet), form, base);
      if (decision.conflicts.length) return infoConflict(ss, decision.conflicts);
      if (decision.write) writeColumn(sheet, decision.write);
      return {
        ok: true,
        data: loadData(ss),
        message: SIDEBAR.infoSaved,
        merged: decision.merged,
      };
    });
  });
}

/** The base form compared as the save compares its own: cleaned the same way. */
function baseForm(raw: Record<(typeof INFO_FORM_KEYS)[number], string>): InfoForm {
  const checked = checkInfo(raw).values;
  // An empty base field stays empty (checkInfo fills defaults for the save, not the base).
  for (const k of INFO_FORM_KEYS) if (!raw[k].trim()) checked[k] = '';
  return checked;
}

function infoConflict(
  ss: Spreadsheet,
  conflicts: FieldConflict<(typeof INFO_FORM_KEYS)[number]>[],
): InfoSaveResult {
  return refused(
    conflicts.length ? SIDEBAR.conflictFields(conflicts.map((c) => c.field)) : SIDEBAR.conflictInfo,
    {
      data: loadData(ss),
      conflicts,
    },
  );
}

// ---------------------------------------------------------------------------------------------

function itemConflict(
  values: Grid,
  index: Partial<Record<PlanField, number>>,
  current: number | null,
  conflicts: FieldConflict<ItemInputField>[] = [],
): Conflict<ItemView, ItemInputField> {
  if (current === null)
    return refused(SIDEBAR.conflictDeleted, {
      current: null,
      conflicts: [],
    });
  const i = index.criterion;
  const code = i === undefined ? '' : parseCriterionCode(values[current - 1]?.[i]).code;
  const view = itemView(values, index, current, code);
  return refused(
    conflicts.length
      ? SIDEBAR.conflictFields(headersOf(conflicts.map((c) => c.field)))
      : SIDEBAR.conflictChanged(view.updated),
    {
      current: view,
      conflicts,
    },
  );
}

function personConflict(
  values: Grid,
  index: Partial<Record<string, number>>,
  current: number | null,
  conflicts: FieldConflict<keyof PersonInput>[] = [],
): Conflict<PersonView, keyof PersonInput> {
  return refused(SIDEBAR.conflictPerson, {
    current: current === null ? null : personView(values, index, current),
    conflicts,
  });
}

function loadData(ss: Spreadsheet): SidebarData {
  const sheets = readPlanSheets(ss);
  return sidebarData(sheets, buildPlan(sheets), readSheet(ss, DELETED_SHEET));
}

/** The load payload: one build of the plan, checked once. */
function sidebarData(sheets: SheetValues, built: BuildResult, deleted: Grid | null): SidebarData {
  return buildSidebarData(sheets, built.plan, checkSheets(sheets, built), {
    nowMs: Date.now(),
    email: currentUser(),
    deleted: deletedViews(deleted, DELETED_SHOWN),
  });
}
