// @ts-nocheck
import {
  type FieldError,
  type ItemValues,
  type ItemInput,
  parseItemInput,
  effectiveDates,
  itemRuleFindings,
  ITEM_INPUT_FIELDS,
  type ItemInputField,
} from '../plan/item';
import {
  type IsoDate,
  VN_OFFSET_MS,
  formatDmy,
  todayIso,
  parseSchoolYear,
  isoToDate,
} from '../parse/dates';
import {
  type Catalog,
  parseSchoolLevel,
  SCHOOL_LEVEL_LABEL,
  catalogIdOf,
} from '../plan/catalog/catalog';
import { type PlanInfo, parsePlanInfo } from '../plan/info';
import { SIDEBAR } from '../messages';
import {
  type CellOut,
  formString,
  writtenForm,
  cellToInput,
  itemCells,
  cellString,
} from '../plan/cells';
import { cleanMultiline, cleanText } from '../parse/text';
import { type Grid } from '../plan/model';
import {
  type RowRef,
  type PersonInput,
  type InfoFormKey,
  type InfoForm,
  INFO_FORM_KEYS,
} from './protocol';
import { rowVersion, PLAN_KEYS, ROSTER_KEYS } from './load';
import { isValidEmail, parseRoles } from '../plan/owners';
import { type PlanField, type RosterField, mapHeaders, INFO_COLUMNS } from '../plan/contract';
import { parseYesNo, CIRCULAR_IDS, defaultCircular } from '../plan/codes';
/**
 * The sidebar's saves, decided in the core from one read of the sheet: the checks (the item
 * check runs live in the page too), which row a save refers to, which cells change, and the
 * one decision per save — invalid, conflict, or the cells to write. The server reads once,
 * asks for the decision and writes it once.
 */

// ---------------------------------------------------------------------------------------------
// The item check, shared by the live form and the save

/** Google Sheets holds at most 50 000 characters in a cell. */
const MAX_CELL = 50000;

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
    if (cleanMultiline(writtenForm(key, cell)) !== before) out[key] = cell;
  }
  return out;
}

/** A contiguous run of cells to write in one row: a value, or the old cell kept as it was. */
interface WriteRun {
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

type Located = { ok: true; row: number } | { ok: false; current: number | null };

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

interface PersonCheck {
  errors: { field: keyof PersonInput; message: string }[];
  cells: Record<keyof PersonInput, string>;
}

export function checkPerson(input: Partial<Record<string, unknown>>): PersonCheck {
  const str = (k: keyof PersonInput): string =>
    typeof input[k] === 'string' ? cleanText(input[k]) : '';
  const errors: PersonCheck['errors'] = [];
  const name = str('name');
  const email = str('email');
  if (!name) errors.push({ field: 'name', message: SIDEBAR.personNameRequired });
  if (email && !isValidEmail(email))
    errors.push({ field: 'email', message: SIDEBAR.personEmailInvalid(email) });
  const yes = parseYesNo(str('remind'));
  const remind = yes === false ? 'Không' : 'Có';
  if (yes === undefined) errors.push({ field: 'remind', message: SIDEBAR.personRemindInvalid });
  const roles = parseRoles(str('roles')).join(', ');
  return {
    errors,
    cells: { name, position: str('position'), roles, email, remind },
  };
}

interface InfoCheck {
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
  if (CIRCULAR_IDS.includes(id)) values.catalog = id;
  if (!values.catalog) values.catalog = defaultCircular(level);
  if (!values.signerTitle) values.signerTitle = 'HIỆU TRƯỞNG';
  return { errors, values };
}

// ---------------------------------------------------------------------------------------------
// One decision per save, from one read of the sheet

/** The cells to write into one row, and the row as getValues will return it afterwards. */
export interface RowWrite {
  /** The row written: an existing row, or the row a new one is appended as. */
  row: number;
  /** A new row: the one appendRow (unknown columns empty); null for an existing row. */
  append: CellOut[] | null;
  /** An existing row: the setValues runs (nothing for a new row). */
  runs: WriteRun[];
  /** The row after the write, so views are built without reading again. */
  after: unknown[];
}

type SaveDecision<F extends string> =
  | { kind: 'invalid'; errors: { field: F; message: string }[] }
  | { kind: 'conflict'; current: number | null }
  | { kind: 'write'; write: RowWrite };

/** The value a written cell reads back as (what getValues returns after the write). */
function readBack(cell: CellOut): unknown {
  return typeof cell === 'object' ? isoToDate(cell.date) : cell;
}

/**
 * The write of `cells` into row `row` of `values` (0: a new row, appended): only the cells
 * that change, in runs that skip the columns the add-on does not know.
 */
function rowWrite<K extends string>(
  values: Grid,
  index: Partial<Record<K, number>>,
  row: number,
  cells: Partial<Record<K, CellOut>>,
  typed?: Partial<Record<string, string>>,
): RowWrite {
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
  const after: unknown[] = old ? [...old] : new Array<unknown>(width).fill('');
  const keys = Object.keys(changes) as K[];
  for (const key of keys) {
    const i = index[key];
    if (i !== undefined) after[i] = readBack(changes[key] as CellOut);
  }
  if (old) return { row, append: null, runs: writeRuns(changes, index, old), after };
  const last = Math.max(...keys.map((k) => index[k] ?? 0));
  const append = after.slice(0, last + 1).map((_, i): CellOut => {
    const key = keys.find((k) => index[k] === i);
    return key ? (changes[key] as CellOut) : '';
  });
  return { row: values.length + 1, append, runs: [], after };
}

interface ItemSaveContext {
  catalog: Catalog | null;
  info: Pick<PlanInfo, 'schoolYear' | 'schoolYearText'>;
  nowMs: number;
  /** Who saves (asked only when the save writes). */
  who: () => string;
  /** The highest item number ever given (read only when the row needs a new id). */
  idCounter: () => number;
}

type ItemSaveDecision =
  | Exclude<SaveDecision<ItemInputField>, { kind: 'write' }>
  | { kind: 'write'; write: RowWrite; check: ItemCheck; idCounter: number | null };

/** An item save: check the input, find the row, and the cells that change. */
export function decideItemSave(
  values: Grid,
  index: Partial<Record<PlanField, number>>,
  ref: RowRef,
  input: ItemInput,
  context: ItemSaveContext,
): ItemSaveDecision {
  const check = checkItem(input, context.catalog, context.info);
  if (check.errors.length) return { kind: 'invalid', errors: check.errors };
  const at = locateRow(values, index, PLAN_KEYS, ref, 'id');
  if (!at.ok) return { kind: 'conflict', current: at.current };
  const old = at.row ? (values[at.row - 1] ?? []) : null;
  const cells: Partial<Record<PlanField, CellOut>> = itemCells(
    check.values,
    check.derivedDeadline,
    input,
  );
  const oldId = old && index.id !== undefined ? cleanText(cellToInput('id', old[index.id])) : '';
  let idCounter: number | null = null;
  if (!oldId) {
    const next = nextItemId(values, index.id, context.idCounter());
    cells.id = next.id;
    idCounter = next.n;
  }
  cells.updated = updatedStamp(context.nowMs, context.who());
  return { kind: 'write', write: rowWrite(values, index, at.row, cells, input), check, idCounter };
}

/** A person save (input already checked): find the row, and the cells that change. */
export function decidePersonSave(
  values: Grid,
  index: Partial<Record<RosterField, number>>,
  ref: RowRef,
  cells: PersonCheck['cells'],
): SaveDecision<keyof PersonInput> {
  const at = locateRow(values, index, ROSTER_KEYS, ref);
  if (!at.ok) return { kind: 'conflict', current: at.current };
  return { kind: 'write', write: rowWrite(values, index, at.row, cells) };
}

/** A delete: the row, or a conflict (changed, vanished, or never saved). */
export function decideDelete<K extends string>(
  values: Grid,
  index: Partial<Record<K, number>>,
  keys: readonly K[],
  ref: RowRef,
  idKey?: K,
): { kind: 'delete'; row: number } | { kind: 'conflict'; current: number | null } {
  const at = locateRow(values, index, keys, ref, idKey);
  if (!at.ok || at.row === 0) return { kind: 'conflict', current: at.ok ? null : at.current };
  return { kind: 'delete', row: at.row };
}

/**
 * The changed values of `Thông tin chung`, as one write over the rows they span (kept cells
 * in between rewritten as they are); null when nothing changes.
 */
export function infoWrite(
  values: Grid,
  form: InfoForm,
): { row: number; col: number; cells: (CellOut | { keep: unknown })[] } | null {
  const { rows } = parsePlanInfo(values);
  const valueCol = mapHeaders(values[0] ?? [], INFO_COLUMNS).index.value ?? 1;
  const changed = new Map<number, string>();
  for (const key of INFO_FORM_KEYS) {
    const r = rows[key];
    if (r !== undefined && cleanText(cellString(values[r - 1]?.[valueCol])) !== form[key])
      changed.set(r, form[key]);
  }
  if (changed.size === 0) return null;
  const first = Math.min(...changed.keys());
  const last = Math.max(...changed.keys());
  const cells: (CellOut | { keep: unknown })[] = [];
  for (let r = first; r <= last; r++) {
    const text = changed.get(r);
    cells.push(text === undefined ? { keep: values[r - 1]?.[valueCol] } : text);
  }
  return { row: first, col: valueCol + 1, cells };
}
