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
import { SIDEBAR } from '../core/messages';
import { checkSheets } from '../core/check/check';
import { buildPlan, planContext } from '../core/plan/read';
import { type SheetValues, type Grid } from '../core/plan/model';
import { parsePlanInfo } from '../core/plan/info';
import {
  buildSidebarData,
  infoFormOf,
  infoVersion,
  itemView,
  personView,
  personViews,
  planCoverage,
  PLAN_KEYS,
  ROSTER_KEYS,
} from '../core/sidebar/load';
import {
  checkInfo,
  checkPerson,
  decideItemSave,
  decideDelete,
  decidePersonSave,
  infoWrite,
} from '../core/sidebar/save';
import {
  type CoverageMap,
  type InfoForm,
  type ItemView,
  type PersonView,
  type RowRef,
  type SidebarData,
  type ItemSaveRequest,
  type ItemSaveResult,
  record,
  itemInput,
  rowRef,
  type ItemDeleteResult,
  type PersonSaveRequest,
  type PersonSaveResult,
  type PersonDeleteResult,
  type InfoSaveRequest,
  type InfoSaveResult,
  type Conflict,
  type PersonInput,
} from '../core/sidebar/protocol';
import { type ItemInputField } from '../core/plan/item';
import {
  mapHeaders,
  PLAN_COLUMNS,
  ROSTER_COLUMNS,
  SHEET,
  type PlanField,
} from '../core/plan/contract';
import { guard, locked, documentProperties, currentUser } from './platform';
import {
  activeSpreadsheet,
  ensureSheets,
  ensureTable,
  readPlanSheets,
  readSheet,
  sheetValues,
  writeRow,
  removeRow,
  writeColumn,
} from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type { SidebarData, ItemView, PersonView, CoverageMap, InfoForm };

/** Another execution holds the lock for longer than this: the user is told to retry. */
const LOCK_WAIT_MS = 8000;
/** Document property: the highest item number ever given, so ids are never reused. */
const ID_COUNTER = 'ctcl.lastItemId';

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
    const ref = rowRef(req);
    const ss = activeSpreadsheet();
    return locked(LOCK_WAIT_MS, (): ItemSaveResult => {
      let sheet = ss.getSheetByName(SHEET.plan);
      const sheets: SheetValues = {
        info: readSheet(ss, SHEET.info),
        catalog: readSheet(ss, SHEET.catalog),
        roster: null,
        plan: sheet ? sheetValues(sheet) : null,
      };
      const { info, catalog } = planContext(sheets);
      let props: GoogleAppsScript.Properties.Properties | null = null;
      const properties = () => (props ??= documentProperties());
      const context = {
        info,
        catalog,
        nowMs: Date.now(),
        who: currentUser,
        idCounter: () => Number(properties().getProperty(ID_COUNTER) ?? 0),
      };
      let values: unknown[][] = (sheets.plan as unknown[][] | null) ?? [];
      let index = mapHeaders(values[0] ?? [], PLAN_COLUMNS).index;
      let decision = decideItemSave(values, index, ref, input, context);
      if (decision.kind === 'invalid')
        return { ok: false, kind: 'invalid', message: SIDEBAR.invalid, errors: decision.errors };
      if (decision.kind === 'conflict') return itemConflict(values, index, decision.current);
      // The contract's columns first (added after the last column, data untouched): the one
      // case that reads the sheet again, and decides again over what it now holds.
      if (!sheet || PLAN_COLUMNS.some((c) => index[c.key] === undefined)) {
        sheet = sheet
          ? ensureTable(ss, SHEET.plan, PLAN_COLUMNS, { created: [], addedColumns: [] })
          : (ensureSheets(ss, catalog), ss.getSheetByName(SHEET.plan) as Sheet);
        values = sheetValues(sheet);
        index = mapHeaders(values[0] ?? [], PLAN_COLUMNS).index;
        decision = decideItemSave(values, index, ref, input, context);
        if (decision.kind !== 'write') throw new Error('the added columns changed the decision');
      }
      if (decision.idCounter !== null)
        properties().setProperty(ID_COUNTER, String(decision.idCounter));
      const row = writeRow(sheet, values, decision.write);
      sheets.plan = values;
      return {
        ok: true,
        item: itemView(values, index, row, decision.check.values.criterion ?? ''),
        coverage: planCoverage(sheets),
        warnings: decision.check.warnings,
        message: SIDEBAR.saved(row),
        merged: [],
      };
    });
  });
}

export function sidebarDeleteItem(ref: RowRef): ItemDeleteResult {
  return guard(() => {
    const req = rowRef(record(ref));
    const ss = activeSpreadsheet();
    return locked(LOCK_WAIT_MS, (): ItemDeleteResult => {
      const sheet = ss.getSheetByName(SHEET.plan);
      const values = sheet ? sheetValues(sheet) : [];
      const index = mapHeaders(values[0] ?? [], PLAN_COLUMNS).index;
      const decision = decideDelete(values, index, PLAN_KEYS, req, 'id');
      if (!sheet || decision.kind === 'conflict')
        return itemConflict(values, index, decision.kind === 'conflict' ? decision.current : null);
      removeRow(sheet, values, decision.row);
      const sheets: SheetValues = {
        info: readSheet(ss, SHEET.info),
        catalog: readSheet(ss, SHEET.catalog),
        roster: null,
        plan: values,
      };
      return {
        ok: true,
        coverage: planCoverage(sheets),
        message: SIDEBAR.deleted,
        deleted: { id: req.id ?? '', code: '', fields: [], deleted: '' },
      };
    });
  });
}

export function sidebarSavePerson(request: PersonSaveRequest): PersonSaveResult {
  return guard(() => {
    const req = record(request);
    const check = checkPerson(record(req.input));
    if (check.errors.length)
      return { ok: false, kind: 'invalid', message: SIDEBAR.invalid, errors: check.errors };
    const ref = rowRef(req);
    const ss = activeSpreadsheet();
    return locked(LOCK_WAIT_MS, (): PersonSaveResult => {
      let sheet = ss.getSheetByName(SHEET.roster);
      let values: unknown[][] = sheet ? sheetValues(sheet) : [];
      let index = mapHeaders(values[0] ?? [], ROSTER_COLUMNS).index;
      let decision = decidePersonSave(values, index, ref, check.cells);
      if (decision.kind === 'conflict') return personConflict(values, index, decision.current);
      if (!sheet || ROSTER_COLUMNS.some((c) => index[c.key] === undefined)) {
        sheet = ensureTable(ss, SHEET.roster, ROSTER_COLUMNS, { created: [], addedColumns: [] });
        values = sheetValues(sheet);
        index = mapHeaders(values[0] ?? [], ROSTER_COLUMNS).index;
        decision = decidePersonSave(values, index, ref, check.cells);
      }
      if (decision.kind !== 'write') throw new Error('the added columns changed the decision');
      const row = writeRow(sheet, values, decision.write);
      return {
        ok: true,
        person: personView(values, index, row),
        roster: personViews(values),
        message: SIDEBAR.savedPerson(row),
        merged: [],
      };
    });
  });
}

export function sidebarDeletePerson(ref: RowRef): PersonDeleteResult {
  return guard(() => {
    const req = rowRef(record(ref));
    const ss = activeSpreadsheet();
    return locked(LOCK_WAIT_MS, (): PersonDeleteResult => {
      const sheet = ss.getSheetByName(SHEET.roster);
      const values = sheet ? sheetValues(sheet) : [];
      const index = mapHeaders(values[0] ?? [], ROSTER_COLUMNS).index;
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
    if (check.errors.length)
      return { ok: false, kind: 'invalid', message: SIDEBAR.invalid, errors: check.errors };
    const ss = activeSpreadsheet();
    return locked(LOCK_WAIT_MS, (): InfoSaveResult => {
      const before = readSheet(ss, SHEET.info);
      const version = typeof req.version === 'string' ? req.version : '';
      if (version && infoVersion(infoFormOf(parsePlanInfo(before).info)) !== version)
        return {
          ok: false,
          kind: 'conflict',
          message: SIDEBAR.conflictInfo,
          data: sidebarData(readPlanSheets(ss)),
          conflicts: [],
        };
      const form = check.values;
      const choice = chooseCatalog(
        builtInCatalogs(),
        form.catalog,
        parseSchoolLevel(form.schoolLevel),
      );
      // Set-up may create `Thông tin chung` with its rows: the write is decided over what it holds then.
      ensureSheets(ss, choice.ok ? choice.catalog : null);
      const sheet = ss.getSheetByName(SHEET.info) as Sheet;
      const write = infoWrite(sheetValues(sheet), form);
      if (write) writeColumn(sheet, write);
      return {
        ok: true,
        data: sidebarData(readPlanSheets(ss)),
        message: SIDEBAR.infoSaved,
        merged: [],
      };
    });
  });
}

// ---------------------------------------------------------------------------------------------

function itemConflict(
  values: Grid,
  index: Partial<Record<PlanField, number>>,
  current: number | null,
): Conflict<ItemView, ItemInputField> {
  if (current === null)
    return {
      ok: false,
      kind: 'conflict',
      message: SIDEBAR.conflictDeleted,
      current: null,
      conflicts: [],
    };
  const i = index.criterion;
  const code = i === undefined ? '' : parseCriterionCode(values[current - 1]?.[i]).code;
  const view = itemView(values, index, current, code);
  return {
    ok: false,
    kind: 'conflict',
    message: SIDEBAR.conflictChanged(view.updated),
    current: view,
    conflicts: [],
  };
}

function personConflict(
  values: Grid,
  index: Partial<Record<string, number>>,
  current: number | null,
): Conflict<PersonView, keyof PersonInput> {
  return {
    ok: false,
    kind: 'conflict',
    message: SIDEBAR.conflictPerson,
    current: current === null ? null : personView(values, index, current),
    conflicts: [],
  };
}

/** The load payload: one build of the plan, checked once. */
function sidebarData(sheets: SheetValues): SidebarData {
  const built = buildPlan(sheets);
  return buildSidebarData(sheets, built.plan, checkSheets(sheets, built), {
    nowMs: Date.now(),
    email: currentUser(),
    deleted: [],
  });
}
