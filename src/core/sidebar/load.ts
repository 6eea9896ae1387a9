/**
 * The entry sidebar's model, pure (Node, the sidebar and Apps Script alike): the load payload
 * built from sheet values, coverage per criterion, item and person views (what the form shows,
 * plus a row version), the item check shared by the sidebar (live) and the server (on save),
 * and the decisions of a save — which row, which cells, or a conflict.
 */
import {
  catalogIdOf,
  DEFAULT_FOR_LEVEL,
  LEVEL_LABEL,
  parseCriterionCode,
  parseLevel,
  parseSchoolLevel,
  SCHOOL_LEVEL_LABEL,
  type Catalog,
  type SchoolLevelCode,
} from '../plan/catalog/catalog';
import { formatDmy, parseSchoolYear, todayIso, VN_OFFSET_MS } from '../parse/dates';
import { SIDEBAR, STATUS_LABEL } from '../messages/index';
import { isValidEmail, parseRoles } from '../plan/owners';
import { buildPlan, type Plan } from '../plan/read';
import { cellToInput } from '../plan/cells';
import type { CheckResult } from '../plan/model';
import { itemRuleFindings } from '../plan/item';
import { type SheetValues } from '../plan/model';
import type { PlanInfo } from '../plan/info';
import {
  ITEM_INPUT_FIELDS,
  parseItemInput,
  type FieldError,
  type ItemInput,
  type ItemInputField,
  type ItemValues,
} from '../plan/item';
import {
  mapHeaders,
  PLAN_COLUMNS,
  ROSTER_COLUMNS,
  type PlanField,
  type RosterField,
} from '../plan/contract';
import { parseStatus } from '../plan/codes';
import { asciiKey, cleanMultiline, cleanText } from '../parse/text';
import type { IsoDate } from '../parse/dates';
import type { Level } from '../plan/model';
import { effectiveDates } from '../plan/item';

export type Grid = readonly (readonly unknown[])[];

// ---------------------------------------------------------------------------------------------
// Versions

/** FNV-1a 32-bit of the UTF-16 code units, as 8 hex digits: a short, stable row version. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
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

/** A criterion's state in the list. */
export type CoverageState = 'none' | 'weak' | 'items' | 'done';

export interface CoverageEntry {
  state: CoverageState;
  items: number;
  done: number;
  /** Self-assessment stated anywhere in the plan for this criterion. */
  level: Level | null;
}

/** Coverage per criterion code; key '' gathers items whose criterion is missing or unknown. */
export type CoverageMap = Record<string, CoverageEntry>;

export interface ItemView {
  /** `Mã`; '' for a row pasted without one (it gets one on its first save). */
  id: string;
  /** 1-based sheet row when loaded (rows shift: saves find the row by id). */
  row: number;
  version: string;
  /** Criterion code in the plan's catalog; '' when missing or unknown. */
  code: string;
  /** The form's strings in ITEM_INPUT_FIELDS order; trailing empty strings dropped. */
  fields: string[];
  /** `Cập nhật` as written. */
  updated: string;
}

export interface PersonView {
  row: number;
  version: string;
  name: string;
  position: string;
  roles: string;
  email: string;
  remind: string;
}

export const INFO_FORM_KEYS = [
  'schoolName',
  'governingBody',
  'schoolLevel',
  'catalog',
  'schoolYear',
  'docNumber',
  'place',
  'signerTitle',
  'signer',
] as const;
export type InfoFormKey = (typeof INFO_FORM_KEYS)[number];
export type InfoForm = Record<InfoFormKey, string>;

export interface SidebarFinding {
  severity: 'error' | 'warning';
  sheet: string;
  row: number | null;
  field: string | null;
  message: string;
}

export interface SidebarData {
  /** `Thông tin chung` is missing or empty: the sidebar asks for it first. */
  firstRun: boolean;
  info: PlanInfo;
  infoForm: InfoForm;
  infoVersion: string;
  /** The plan's catalog with the school's overrides; null when it cannot be chosen. */
  catalog: Catalog | null;
  items: ItemView[];
  roster: PersonView[];
  coverage: CoverageMap;
  /** The check of the whole plan: counts, and the first findings (the report has them all). */
  check: { errors: number; warnings: number; findings: SidebarFinding[] };
}

/** The most findings a load carries (the menu's check report lists them all). */
export const MAX_FINDINGS = 100;

const groupDigits = (n: number): string =>
  String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** A cell as the form shows it: codes and labels normalised, numbers grouped, dates dd/mm/yyyy. */
export function formString(field: string, raw: unknown): string {
  const text = cellToInput(field, raw);
  switch (field) {
    case 'criterion':
      return parseCriterionCode(raw).code || cleanText(text);
    case 'selfAssessment': {
      const level = parseLevel(text);
      return level ? LEVEL_LABEL[level] : cleanText(text);
    }
    case 'status': {
      const status = parseStatus(text);
      return status ? STATUS_LABEL[status] : cleanText(text);
    }
    case 'budget':
      return typeof raw === 'number' && Number.isFinite(raw) ? groupDigits(raw) : cleanText(text);
    default:
      return text;
  }
}

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

/** The view of the plan row `row` (1-based) of `values`. */
export function itemView(
  values: Grid,
  index: Partial<Record<PlanField, number>>,
  row: number,
  code: string,
): ItemView {
  const cells = values[row - 1] ?? [];
  const get = (f: PlanField): unknown => {
    const i = index[f];
    return i === undefined ? '' : cells[i];
  };
  return {
    id: cleanText(cellToInput('id', get('id'))),
    row,
    version: rowVersion(cells, index, PLAN_KEYS),
    code,
    fields: trimFields(ITEM_INPUT_FIELDS.map((f) => formString(f, get(f)))),
    updated: cleanText(cellToInput('updated', get('updated'))),
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
    return i === undefined ? '' : cleanText(cellToInput(f, cells[i]));
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
function coverageOfPlan(plan: Plan, items: readonly ItemView[]): CoverageMap {
  const statusAt = ITEM_INPUT_FIELDS.indexOf('status');
  const levels: Record<string, Level> = {};
  for (const a of Object.values(plan.assessments)) levels[a.code] = a.level;
  return coverageOf(
    plan.catalog,
    items.map((i) => ({ code: i.code, status: i.fields[statusAt] ?? '' })),
    levels,
  );
}

function itemViewsOf(sheets: SheetValues, plan: Plan): ItemView[] {
  const header = plan.planHeader;
  if (!sheets.plan || !header) return [];
  const values = sheets.plan;
  return plan.items.map((i) => itemView(values, header.index, i.row, i.criterion));
}

/** Coverage after a save: the plan as it now stands (the written row included). */
export function planCoverage(sheets: SheetValues): CoverageMap {
  const { plan } = buildPlan(sheets);
  return coverageOfPlan(plan, itemViewsOf(sheets, plan));
}

/** Nothing that identifies the plan yet (the defaults setUpSheets writes do not count). */
export function isFirstRun(info: PlanInfo): boolean {
  return !info.schoolName && !info.schoolLevelText && !info.catalogText && !info.schoolYearText;
}

/**
 * The sidebar's load payload: everything it needs, plain data. The check's result comes from
 * the caller (the server runs the check over the same build): capabilities do not call each
 * other.
 */
export function buildSidebarData(sheets: SheetValues, plan: Plan, check: CheckResult): SidebarData {
  const infoForm = infoFormOf(plan.info);
  const items = itemViewsOf(sheets, plan);
  const all: SidebarFinding[] = [
    ...check.errors.map((e) => ({ ...finding(e), severity: 'error' as const })),
    ...check.warnings.map((w) => ({ ...finding(w), severity: 'warning' as const })),
  ];
  return {
    firstRun: isFirstRun(plan.info),
    info: plan.info,
    infoForm,
    infoVersion: infoVersion(infoForm),
    catalog: plan.catalog,
    items,
    roster: personViews(sheets.roster),
    coverage: coverageOfPlan(plan, items),
    check: {
      errors: check.errors.length,
      warnings: check.warnings.length,
      findings: all.slice(0, MAX_FINDINGS),
    },
  };
}

function finding(i: {
  sheet: string;
  row: number | null;
  field: string | null;
  message: string;
}): Omit<SidebarFinding, 'severity'> {
  return { sheet: i.sheet, row: i.row, field: i.field, message: i.message };
}

// ---------------------------------------------------------------------------------------------
// The item check, shared by the live form and the save

/** Google Sheets holds at most 50 000 characters in a cell. */
export const MAX_CELL = 50000;

export interface ItemCheck {
  errors: FieldError[];
  warnings: FieldError[];
  values: Partial<ItemValues>;
  /** Effective dates: typed, else from the period. */
  start: IsoDate | null;
  deadline: IsoDate | null;
  /** The deadline the save writes when none is typed and the period has a clear end. */
  derivedDeadline: IsoDate | null;
  /** No clear end (`Cả năm`, `Theo đợt`…): the deadline stays empty so the check flags it. */
  vague: boolean;
  periodRecognized: boolean;
}

export function checkItem(
  input: ItemInput,
  catalog: Catalog | null,
  info: Pick<PlanInfo, 'schoolYear' | 'schoolYearText'>,
): ItemCheck {
  const parsed = parseItemInput(input, { catalog });
  const v = parsed.values;
  const dates = effectiveDates(v, input.period, info.schoolYear);
  const item = { period: v.period ?? '', ...dates };
  const rules = itemRuleFindings(item, info, dates.deadlineTyped, dates.periodRecognized);
  const errors: FieldError[] = [...parsed.errors];
  for (const f of ITEM_INPUT_FIELDS)
    if (input[f].length > MAX_CELL) errors.push({ field: f, message: SIDEBAR.tooLong });
  const warnings: FieldError[] = [];
  for (const r of rules) {
    const e = { field: r.field as ItemInputField, message: r.message };
    (r.severity === 'error' ? errors : warnings).push(e);
  }
  return {
    errors,
    warnings,
    values: v,
    start: item.start,
    deadline: item.deadline,
    derivedDeadline: dates.derivedDeadline,
    vague: dates.vague,
    periodRecognized: dates.periodRecognized,
  };
}

// ---------------------------------------------------------------------------------------------
// Saves: the row, the cells, the conflict

/** A value to write: text (kept as text), a number, or a civil date. */
export type CellOut = string | number | { date: IsoDate };

/** The cells of a checked item, as the add-on writes them. */
export function itemCells(check: ItemCheck, input: ItemInput): Record<ItemInputField, CellOut> {
  const v = check.values;
  const out = {} as Record<ItemInputField, CellOut>;
  for (const f of ITEM_INPUT_FIELDS) out[f] = (v[f] as string | null | undefined) ?? '';
  const date = (iso: IsoDate | null | undefined): CellOut => (iso ? { date: iso } : '');
  out.selfAssessment = v.selfAssessment ? LEVEL_LABEL[v.selfAssessment] : '';
  out.status = v.status ? STATUS_LABEL[v.status] : '';
  out.start = date(v.start);
  out.deadline = date(v.deadline ?? check.derivedDeadline);
  const text = cleanText(input.budget);
  // A number when it reads as one (sums work); `Không` stays a word.
  out.budget =
    v.budget === null || v.budget === undefined
      ? ''
      : v.budget || /\d/.test(text)
        ? v.budget
        : text;
  return out;
}

/** The form string a written cell will read back as. */
function outForm(field: string, cell: CellOut): string {
  return typeof cell === 'object' ? formatDmy(cell.date) : formString(field, cell);
}

/**
 * The cells that really change. A cell keeps what it holds when the new value means the same
 * (`CĐ` = `Chưa đạt`, 1/6 = 01/06) or when the form sent back exactly what it showed (the
 * budget `270 triệu đồng`, the criterion `Tiêu chí 3.3: …` stay as the school wrote them).
 */
export function changedCells<K extends string>(
  cells: Partial<Record<K, CellOut>>,
  old: readonly unknown[] | null,
  index: Partial<Record<K, number>>,
  typed: Partial<Record<string, string>> = {},
): Partial<Record<K, CellOut>> {
  const out: Partial<Record<K, CellOut>> = {};
  for (const key of Object.keys(cells) as K[]) {
    const cell = cells[key] as CellOut;
    const i = index[key];
    if (i === undefined) continue;
    const before = old ? cleanMultiline(formString(key, old[i])) : '';
    const sent = typed[key];
    if (before && sent !== undefined && cleanMultiline(sent) === before) continue;
    if (cleanMultiline(outForm(key, cell)) !== before) out[key] = cell;
  }
  return out;
}

/** A contiguous run of cells to write in one row: a value, or the old cell kept as it was. */
export interface WriteRun {
  /** 1-based column of the first cell. */
  col: number;
  cells: (CellOut | { keep: unknown })[];
}

/**
 * The runs that write `changes` into one row: from the first to the last changed column,
 * split at every column the add-on does not know (never written: it may hold a formula).
 */
export function writeRuns<K extends string>(
  changes: Partial<Record<K, CellOut>>,
  index: Partial<Record<K, number>>,
  old: readonly unknown[] | null,
): WriteRun[] {
  const byCol = new Map<number, CellOut>();
  const known = new Set<number>();
  for (const key of Object.keys(index) as K[]) {
    const i = index[key];
    if (i !== undefined) known.add(i);
  }
  for (const key of Object.keys(changes) as K[]) {
    const i = index[key];
    if (i !== undefined) byCol.set(i, changes[key] as CellOut);
  }
  if (byCol.size === 0) return [];
  const cols = [...byCol.keys()];
  const runs: WriteRun[] = [];
  let run: WriteRun | null = null;
  for (let c = Math.min(...cols); c <= Math.max(...cols); c++) {
    if (!known.has(c)) {
      run = null;
      continue;
    }
    const cell: CellOut | { keep: unknown } = byCol.has(c)
      ? (byCol.get(c) as CellOut)
      : { keep: old?.[c] ?? '' };
    if (!run) runs.push((run = { col: c + 1, cells: [] }));
    run.cells.push(cell);
  }
  // A run of kept cells only (between two unknown columns) writes nothing new.
  return runs.filter((r) => r.cells.some((x) => typeof x !== 'object' || !('keep' in x)));
}

/** What a save refers to: the id (items), the row when loaded, the version loaded. */
export interface RowRef {
  id?: string;
  row?: number;
  version?: string;
}

export type Located = { ok: true; row: number } | { ok: false; current: number | null };

/**
 * Finds the row a save refers to in fresh values. New (no id, no version): row 0. By id when
 * there is one (rows shift when others insert or delete); else the row with the same version,
 * preferring the row it was loaded from. A changed or vanished row is a conflict, with the row
 * that now holds the other version (null when it was deleted).
 */
export function locateRow<K extends string>(
  values: Grid,
  index: Partial<Record<K, number>>,
  keys: readonly K[],
  ref: RowRef,
  idKey?: K,
): Located {
  const id = cleanText(ref.id ?? '');
  const version = ref.version ?? '';
  if (!id && !version) return { ok: true, row: 0 };
  const idOf = (r: number): string => {
    const i = idKey === undefined ? undefined : index[idKey];
    return i === undefined ? '' : cleanText(cellToInput('id', values[r - 1]?.[i]));
  };
  if (id) {
    for (let r = 2; r <= values.length; r++) {
      if (idOf(r) !== id) continue;
      return rowVersion(values[r - 1], index, keys) === version
        ? { ok: true, row: r }
        : { ok: false, current: r };
    }
    return { ok: false, current: null };
  }
  const hint = ref.row ?? 0;
  const same = (r: number): boolean =>
    r >= 2 && r <= values.length && !idOf(r) && rowVersion(values[r - 1], index, keys) === version;
  if (same(hint)) return { ok: true, row: hint };
  for (let r = 2; r <= values.length; r++) if (same(r)) return { ok: true, row: r };
  return { ok: false, current: hint >= 2 && hint <= values.length && !idOf(hint) ? hint : null };
}

/** A new id, above every id in the sheet and every id ever given (the counter): never reused. */
export function nextItemId(
  values: Grid,
  idIndex: number | undefined,
  counter: number,
): { id: string; n: number } {
  let max = Number.isFinite(counter) ? counter : 0;
  if (idIndex !== undefined) {
    for (let r = 1; r < values.length; r++) {
      const m = /(\d+)\s*$/.exec(cellToInput('id', values[r]?.[idIndex]));
      if (m) max = Math.max(max, Number(m[1]));
    }
  }
  const n = max + 1;
  return { id: `CT-${String(n).padStart(4, '0')}`, n };
}

/** `Cập nhật`: `dd/mm/yyyy HH:mm – who`, in Vietnam's time. */
export function updatedStamp(nowMs: number, who: string): string {
  const t = new Date(nowMs + VN_OFFSET_MS);
  const hm = `${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')}`;
  return `${formatDmy(todayIso(nowMs))} ${hm}${who ? ` – ${who}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Roster and plan info forms

export type PersonInput = Pick<PersonView, 'name' | 'position' | 'roles' | 'email' | 'remind'>;
export const PERSON_FIELDS = ['name', 'position', 'roles', 'email', 'remind'] as const;

export interface PersonCheck {
  errors: { field: keyof PersonInput; message: string }[];
  cells: Record<keyof PersonInput, string>;
}

export function checkPerson(input: Partial<Record<string, unknown>>): PersonCheck {
  const str = (k: keyof PersonInput): string =>
    typeof input[k] === 'string' ? cleanText(input[k]) : '';
  const errors: PersonCheck['errors'] = [];
  const name = str('name');
  const email = str('email');
  const remindKey = asciiKey(str('remind'));
  if (!name) errors.push({ field: 'name', message: SIDEBAR.personNameRequired });
  if (email && !isValidEmail(email))
    errors.push({ field: 'email', message: SIDEBAR.personEmailInvalid(email) });
  let remind = 'Có';
  if (/^(khong|k|no|false|0)$/.test(remindKey)) remind = 'Không';
  else if (remindKey && !/^(co|c|yes|true|1|x)$/.test(remindKey))
    errors.push({ field: 'remind', message: SIDEBAR.personRemindInvalid });
  const roles = parseRoles(str('roles')).join(', ');
  return {
    errors,
    cells: { name, position: str('position'), roles, email, remind },
  };
}

/** The circulars a plan may name (TT57/2026 is provisional). */
export const CATALOG_IDS: readonly string[] = ['TT19/2018', 'TT17/2018', 'TT18/2018', 'TT57/2026'];

export function defaultCatalogFor(level: SchoolLevelCode | null): string {
  return level ? DEFAULT_FOR_LEVEL[level] : '';
}

export interface InfoCheck {
  errors: { field: InfoFormKey; message: string }[];
  values: InfoForm;
}

export function checkInfo(input: Partial<Record<string, unknown>>): InfoCheck {
  const values = {} as InfoForm;
  for (const k of INFO_FORM_KEYS)
    values[k] = typeof input[k] === 'string' ? cleanText(input[k]) : '';
  const errors: InfoCheck['errors'] = [];
  if (!values.schoolName) errors.push({ field: 'schoolName', message: SIDEBAR.infoSchoolRequired });
  const level = parseSchoolLevel(values.schoolLevel);
  if (!level) errors.push({ field: 'schoolLevel', message: SIDEBAR.infoLevelRequired });
  else values.schoolLevel = SCHOOL_LEVEL_LABEL[level];
  const year = parseSchoolYear(values.schoolYear);
  if (!year) errors.push({ field: 'schoolYear', message: SIDEBAR.infoYearInvalid });
  else values.schoolYear = `${year.startYear}-${year.endYear}`;
  // A known circular is written by its short id; a school's own catalog stays as written.
  const id = catalogIdOf(values.catalog);
  if (CATALOG_IDS.includes(id)) values.catalog = id;
  if (!values.catalog) values.catalog = defaultCatalogFor(level);
  if (!values.signerTitle) values.signerTitle = 'HIỆU TRƯỞNG';
  return { errors, values };
}
