/**
 * The entry sidebar's model, pure (Node, the sidebar and Apps Script alike): the load payload
 * built from sheet values, coverage per criterion, item and person views (what the form shows,
 * plus a row version), the item check shared by the sidebar (live) and the server (on save),
 * and the decisions of a save — which row, which cells, or a conflict.
 */
import { SCHOOL_LEVEL_LABEL, parseCriterionCode, type Catalog } from '../plan/catalog/catalog';
import { buildPlan, type Plan } from '../plan/read';
import { cellToInput, formString, cleanCellText } from '../plan/cells';
import type { CheckResult, Level, Person } from '../plan/model';
import { resolveOwners } from '../plan/owners';
import { parseRoster } from '../plan/roster';
import { type IsoDate, parseDateCell, daysBetween, todayIso } from '../parse/dates';
import { type SheetValues, type Grid } from '../plan/model';
import type { PlanInfo } from '../plan/info';
import { ITEM_INPUT_FIELDS, type ItemInput } from '../plan/item';
import {
  mapHeaders,
  PLAN_COLUMNS,
  ROSTER_COLUMNS,
  type PlanField,
  type RosterField,
  SHEET,
} from '../plan/contract';
import { parseStatus } from '../plan/codes';
import { cleanText, hash32 } from '../parse/text';
import {
  type ItemView,
  type PersonView,
  type CoverageMap,
  type CoverageEntry,
  type InfoForm,
  INFO_FORM_KEYS,
  type SidebarData,
  type SidebarFinding,
  type Me,
  type DeletedView,
} from './protocol';

// ---------------------------------------------------------------------------------------------
// Versions

/** FNV-1a 32-bit of the UTF-16 code units, as 8 hex digits: a short, stable row version. */
export function fnv1a(text: string): string {
  return hash32(text).toString(16).padStart(8, '0');
}

export const PLAN_KEYS: readonly PlanField[] = PLAN_COLUMNS.map((c) => c.key);
export const ROSTER_KEYS: readonly RosterField[] = ROSTER_COLUMNS.map((c) => c.key);

/**
 * The version of a row: a hash of what each known column holds, as a person would type it.
 * Any change — by the sidebar or by hand — changes it; unknown columns, column order and
 * columns added later (read as empty) do not.
 */
export function rowVersion<K extends string>(
  row: readonly unknown[] | undefined,
  index: Partial<Record<K, number>>,
  keys: readonly K[],
): string {
  const cells = keys.map((k) => {
    const i = index[k];
    return i === undefined ? '' : cellToInput(k, row?.[i]);
  });
  return fnv1a(cells.join('\u001f'));
}

// ---------------------------------------------------------------------------------------------
// Views: what the sidebar shows

/** The most findings a load carries (the menu's check report lists them all). */
const MAX_FINDINGS = 100;

/** The form's input of an item view (every field, '' where empty). */
export function viewInput(view: Pick<ItemView, 'fields'> | null): ItemInput {
  const out = {} as ItemInput;
  ITEM_INPUT_FIELDS.forEach((f, i) => {
    out[f] = view?.fields[i] ?? '';
  });
  return out;
}

function trimFields(fields: string[]): string[] {
  let n = fields.length;
  while (n > 0 && fields[n - 1] === '') n--;
  return fields.slice(0, n);
}

/** What an item's marks are computed against: today, the lead days, who is signed in. */
export interface ViewContext {
  today: IsoDate;
  leadDays: number;
  roster: readonly Person[];
  /** The signed-in person's roster row; null when not in `Nhân sự`. */
  me: Person | null;
}

export function viewContext(
  nowMs: number,
  leadDays: number,
  roster: readonly Person[],
  email: string,
): ViewContext {
  const address = cleanText(email).toLowerCase();
  const me = address
    ? (roster.find((p) => cleanText(p.email).toLowerCase() === address) ?? null)
    : null;
  return { today: todayIso(nowMs), leadDays, roster, me };
}

/** The deadline against today: overdue, due soon (within lead days), or nothing. */
export function dueOf(
  deadline: IsoDate | null,
  done: boolean,
  context: Pick<ViewContext, 'today' | 'leadDays'>,
): Pick<ItemView, 'due' | 'daysLeft'> {
  if (!deadline) return { due: null, daysLeft: null };
  const daysLeft = daysBetween(context.today, deadline);
  const due = done ? null : daysLeft < 0 ? 'overdue' : daysLeft <= context.leadDays ? 'soon' : null;
  return { due, daysLeft };
}

/** The signed-in person is among the item's owners (as the check and reminders resolve them). */
function isMine(lead: unknown, partners: unknown, context: ViewContext): boolean {
  const me = context.me;
  if (!me) return false;
  return [lead, partners].some((text) =>
    resolveOwners(text, context.roster).some((r) => r.people.includes(me)),
  );
}

/**
 * For the page, after a save (whose view leaves `mine` false: a save does not read `Nhân sự`):
 * whether the signed-in person owns an item, from the load's roster.
 */
export function ownsItem(
  item: Pick<ItemView, 'fields'>,
  roster: readonly PersonView[],
  email: string,
): boolean {
  const grid = [
    ROSTER_COLUMNS.map((c) => c.header),
    ...roster.map((p) => [p.name, p.position, p.roles, p.email, p.remind]),
  ];
  const context = viewContext(0, 0, parseRoster(grid).people, email);
  const field = (f: string) => item.fields[ITEM_INPUT_FIELDS.indexOf(f as 'lead')] ?? '';
  return isMine(field('lead'), field('partners'), context);
}

/** The view of the plan row `row` (1-based) of `values`. */
export function itemView(
  values: Grid,
  index: Partial<Record<PlanField, number>>,
  row: number,
  code: string,
  context: ViewContext | null = null,
): ItemView {
  const cells = values[row - 1] ?? [];
  const get = (f: PlanField): unknown => {
    const i = index[f];
    return i === undefined ? '' : cells[i];
  };
  const deadline = parseDateCell(get('deadline'));
  const done = parseStatus(cellToInput('status', get('status'))) === 'xong';
  return {
    id: cleanCellText('id', get('id')),
    row,
    version: rowVersion(cells, index, PLAN_KEYS),
    code,
    fields: trimFields(ITEM_INPUT_FIELDS.map((f) => formString(f, get(f)))),
    updated: cleanCellText('updated', get('updated')),
    ...(context
      ? dueOf(deadline.ok ? deadline.date : null, done, context)
      : { due: null, daysLeft: null }),
    mine: context ? isMine(get('lead'), get('partners'), context) : false,
  };
}

export function personViews(values: Grid | null): PersonView[] {
  if (!values || values.length === 0) return [];
  const { index } = mapHeaders(values[0] ?? [], ROSTER_COLUMNS);
  const out: PersonView[] = [];
  for (let r = 1; r < values.length; r++) {
    const view = personView(values, index, r + 1);
    if (view.name) out.push(view);
  }
  return out;
}

export function personView(
  values: Grid,
  index: Partial<Record<RosterField, number>>,
  row: number,
): PersonView {
  const cells = values[row - 1] ?? [];
  const get = (f: RosterField): string => {
    const i = index[f];
    return i === undefined ? '' : cleanCellText(f, cells[i]);
  };
  return {
    row,
    version: rowVersion(cells, index, ROSTER_KEYS),
    name: get('name'),
    position: get('position'),
    roles: get('roles'),
    email: get('email'),
    remind: get('remind'),
  };
}

/** Coverage of every criterion of the catalog (and '' for items outside it). */
export function coverageOf(
  catalog: Catalog | null,
  items: readonly { code: string; status: string }[],
  levels: Record<string, Level>,
): CoverageMap {
  const map: CoverageMap = {};
  const entry = (code: string): CoverageEntry =>
    (map[code] ??= { state: 'none', items: 0, done: 0, level: levels[code] ?? null });
  if (catalog) {
    for (const s of catalog.standards) for (const c of s.criteria) entry(c.code);
    for (const c of catalog.level4) entry(c.code);
  }
  for (const item of items) {
    const e = entry(map[item.code] || !catalog ? item.code : '');
    e.items++;
    if (parseStatus(item.status) === 'xong') e.done++;
  }
  for (const e of Object.values(map)) {
    if (e.items === 0) e.state = e.level === 'CD' ? 'weak' : 'none';
    else e.state = e.done === e.items ? 'done' : 'items';
  }
  return map;
}

/** The first-run / info form as `Thông tin chung` holds it. */
export function infoFormOf(info: PlanInfo): InfoForm {
  return {
    schoolName: info.schoolName,
    governingBody: info.governingBody,
    schoolLevel: info.schoolLevel ? SCHOOL_LEVEL_LABEL[info.schoolLevel] : info.schoolLevelText,
    catalog: info.catalogText,
    schoolYear: info.schoolYearText,
    docNumber: info.docNumber,
    place: info.place,
    signerTitle: info.signerTitle,
    signer: info.signer,
  };
}

export function infoVersion(form: InfoForm): string {
  return fnv1a(INFO_FORM_KEYS.map((k) => form[k]).join('\u001f'));
}

/** Coverage of a built plan whose items are `items` (views of its rows). */
/** Each assessed criterion's self-assessment level, by code. */
export function levelsOf(plan: Plan): Record<string, Level> {
  const levels: Record<string, Level> = {};
  for (const a of Object.values(plan.assessments)) levels[a.code] = a.level;
  return levels;
}

function coverageOfPlan(plan: Plan, items: readonly ItemView[]): CoverageMap {
  const statusAt = ITEM_INPUT_FIELDS.indexOf('status');
  return coverageOf(
    plan.catalog,
    items.map((i) => ({ code: i.code, status: i.fields[statusAt] ?? '' })),
    levelsOf(plan),
  );
}

function itemViewsOf(
  sheets: SheetValues,
  plan: Plan,
  context: ViewContext | null = null,
): ItemView[] {
  const header = plan.planHeader;
  if (!sheets.plan || !header) return [];
  const values = sheets.plan;
  return plan.items.map((i) => {
    const view = itemView(values, header.index, i.row, i.criterion, context);
    // The effective deadline: typed, or derived from a clear period.
    return context ? { ...view, ...dueOf(i.deadline, i.status === 'xong', context) } : view;
  });
}

/** The whole plan's version: every row's known cells, in order. */
export function planVersionOf(values: Grid | null): string {
  if (!values || values.length === 0) return fnv1a('');
  const { index } = mapHeaders(values[0] ?? [], PLAN_COLUMNS);
  return fnv1a(values.map((row) => rowVersion(row, index, PLAN_KEYS)).join(''));
}

/** Coverage after a save: the plan as it now stands (the written row included). */
export function planCoverage(sheets: SheetValues): CoverageMap {
  const { plan } = buildPlan(sheets);
  return coverageOfPlan(plan, itemViewsOf(sheets, plan));
}

/** Nothing that identifies the plan yet (the defaults setUpSheets writes do not count). */
function isFirstRun(info: PlanInfo): boolean {
  return !info.schoolName && !info.schoolLevelText && !info.catalogText && !info.schoolYearText;
}

/**
 * The sidebar's load payload: everything it needs, plain data. The check's result comes from
 * the caller (the server runs the check over the same build): capabilities do not call each
 * other.
 */
export function buildSidebarData(
  sheets: SheetValues,
  plan: Plan,
  check: CheckResult,
  session: { nowMs: number; email: string; deleted: DeletedView[] },
): SidebarData {
  const infoForm = infoFormOf(plan.info);
  const context = viewContext(
    session.nowMs,
    plan.info.reminderLeadDays,
    plan.roster,
    session.email,
  );
  const items = itemViewsOf(sheets, plan, context);
  const byRow = new Map(plan.items.map((i) => [i.row, i]));
  const criterionAt = (row: number): string => {
    const i = plan.planHeader?.index.criterion;
    return i === undefined ? '' : parseCriterionCode(sheets.plan?.[row - 1]?.[i]).code;
  };
  const all: SidebarFinding[] = [
    ...check.errors.map((e) => ({ ...finding(e, byRow, criterionAt), severity: 'error' as const })),
    ...check.warnings.map((w) => ({
      ...finding(w, byRow, criterionAt),
      severity: 'warning' as const,
    })),
  ];
  const me: Me = {
    email: session.email,
    person: context.me
      ? (personViews(sheets.roster).find((p) => p.row === context.me?.row) ?? null)
      : null,
  };
  return {
    firstRun: isFirstRun(plan.info),
    info: plan.info,
    infoForm,
    infoVersion: infoVersion(infoForm),
    catalog: plan.catalog,
    items,
    roster: personViews(sheets.roster),
    coverage: coverageOfPlan(plan, items),
    planVersion: planVersionOf(sheets.plan),
    today: context.today,
    leadDays: plan.info.reminderLeadDays,
    me,
    deleted: session.deleted,
    check: {
      errors: check.errors.length,
      warnings: check.warnings.length,
      findings: all.slice(0, MAX_FINDINGS),
    },
  };
}

/** A finding with what the page links to: the item of its plan row, or its criterion. */
function finding(
  i: { sheet: string; row: number | null; field: string | null; message: string },
  byRow: ReadonlyMap<number, { id: string; criterion: string }>,
  criterionAt: (row: number) => string,
): Omit<SidebarFinding, 'severity'> {
  const onPlan = i.sheet === SHEET.plan && i.row !== null;
  const item = onPlan ? byRow.get(i.row as number) : undefined;
  return {
    sheet: i.sheet,
    row: i.row,
    field: i.field,
    message: i.message,
    code: item ? item.criterion : onPlan ? criterionAt(i.row as number) : '',
    itemId: item?.id ?? '',
  };
}
