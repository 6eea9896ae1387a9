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
  pad2,
} from '../parse/dates';
import {
  type Catalog,
  parseSchoolLevel,
  SCHOOL_LEVEL_LABEL,
  catalogIdOf,
  allowedLevels,
  allCriteria,
  LEVEL_LABEL,
  parseCriterionCode,
  parseLevel,
} from '../plan/catalog/catalog';
import { INFO_DEFAULTS, type PlanInfo, parsePlanInfo } from '../plan/info';
import { SIDEBAR } from '../messages';
import {
  type CellOut,
  formString,
  writtenForm,
  cellToInput,
  itemCells,
  cellString,
  cleanCellText,
} from '../plan/cells';
import { cleanMultiline, cleanText } from '../parse/text';
import { type Grid, type Level } from '../plan/model';
import {
  type RowRef,
  type PersonInput,
  type FieldConflict,
  PERSON_FIELDS,
  type InfoFormKey,
  type InfoForm,
  INFO_FORM_KEYS,
} from './protocol';
import { rowVersion, PLAN_KEYS, ROSTER_KEYS } from './load';
import { insertAfter, mergeFields, nextItemId, runsOf } from './merge';
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

/** A run of consecutive changed cells of one row, written with one setValues. */
export interface WriteRun {
  /** 1-based column of the first cell. */
  col: number;
  cells: CellOut[];
}

/**
 * The runs that write `changes` into one row: only the changed cells, one run per block of
 * adjacent columns. A cell in between is never rewritten: it may hold a formula.
 */
export function writeRuns<K extends string>(
  changes: Partial<Record<K, CellOut>>,
  index: Partial<Record<K, number>>,
): WriteRun[] {
  const byCol = new Map<number, CellOut>();
  for (const key of Object.keys(changes) as K[]) {
    const i = index[key];
    if (i !== undefined) byCol.set(i, changes[key] as CellOut);
  }
  return runsOf(sortedPairs(byCol, 1)).map(({ row, cells }) => ({ col: row, cells }));
}

/** A map's entries in ascending key order, each key shifted by `shift`. */
const sortedPairs = <T>(m: Map<number, T>, shift: number): [number, T][] =>
  [...m].sort((a, b) => a[0] - b[0]).map(([k, v]) => [k + shift, v]);

/** The `Mã` of row `r` (1-based); '' without one, or without an id column. */
function rowId<K extends string>(
  values: Grid,
  index: Partial<Record<K, number>>,
  r: number,
  idKey?: K,
): string {
  const i = idKey === undefined ? undefined : index[idKey];
  return i === undefined ? '' : cleanCellText('id', values[r - 1]?.[i]);
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
  const idOf = (r: number): string => rowId(values, index, r, idKey);
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

/** `Cập nhật`: `dd/mm/yyyy HH:mm – who`, in Vietnam's time. */
export function updatedStamp(nowMs: number, who: string): string {
  const t = new Date(nowMs + VN_OFFSET_MS);
  const hm = `${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}`;
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
  if (!values.signerTitle) values.signerTitle = INFO_DEFAULTS.signerTitle;
  return { errors, values };
}

// ---------------------------------------------------------------------------------------------
// One decision per save, from one read of the sheet

/** The cells to write into one row, and the row as getValues will return it afterwards. */
export interface RowWrite {
  /** The row written: an existing row, or the row a new one becomes. */
  row: number;
  /**
   * A new row: its cells from column A (unknown columns empty), appended under the last row
   * (`insertAfter` 0) or inserted after row `insertAfter`; null for an existing row.
   */
  append: CellOut[] | null;
  insertAfter: number;
  /** An existing row: the setValues runs of its changed cells (nothing for a new row). */
  runs: WriteRun[];
  /** The row after the write, so views are built without reading again. */
  after: unknown[];
}

type SaveDecision<F extends string> =
  | { kind: 'invalid'; errors: { field: F; message: string }[] }
  | { kind: 'conflict'; current: number | null; conflicts: FieldConflict<F>[] }
  | { kind: 'write'; write: RowWrite; merged: F[] };

/** A save refused: the row as it is now (null: gone) and the fields both sides changed. */
const conflict = <F extends string>(current: number | null, conflicts: FieldConflict<F>[] = []) =>
  ({ kind: 'conflict', current, conflicts }) as const;

/** The value a written cell reads back as (what getValues returns after the write). */
function readBack(cell: CellOut): unknown {
  return typeof cell === 'object' ? isoToDate(cell.date) : cell;
}

/**
 * The write of `cells` into row `row` of `values` (0: a new row, after `insertAfter` or
 * appended): only the cells that change, in runs of adjacent columns.
 */
export function rowWrite<K extends string>(
  values: Grid,
  index: Partial<Record<K, number>>,
  row: number,
  cells: Partial<Record<K, CellOut>>,
  typed?: Partial<Record<string, string>>,
  insertAfter = 0,
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
  if (old) return { row, append: null, insertAfter: 0, runs: writeRuns(changes, index), after };
  const last = Math.max(...keys.map((k) => index[k] ?? 0));
  const append = after.slice(0, last + 1).map((_, i): CellOut => {
    const key = keys.find((k) => index[k] === i);
    return key ? (changes[key] as CellOut) : '';
  });
  const inside = insertAfter >= 1 && insertAfter < values.length;
  return {
    row: inside ? insertAfter + 1 : values.length + 1,
    append,
    insertAfter: inside ? insertAfter : 0,
    runs: [],
    after,
  };
}

/** The form strings of row `row` (what the page showed, what the merge compares). */
function formOf<K extends string>(
  values: Grid,
  index: Partial<Record<K, number>>,
  fields: readonly K[],
  row: number,
): Record<K, string> {
  const cells = values[row - 1] ?? [];
  const out = {} as Record<K, string>;
  for (const f of fields) {
    const i = index[f];
    out[f] = i === undefined ? '' : formString(f, cells[i]);
  }
  return out;
}

/**
 * The row a merging save refers to: by id (wherever rows moved); a row without id by its
 * version, else by its content as loaded. null: it is gone.
 */
function locateForMerge<K extends string, F extends K>(
  values: Grid,
  index: Partial<Record<K, number>>,
  keys: readonly K[],
  fields: readonly F[],
  ref: RowRef,
  base: Record<F, string>,
  idKey?: K,
): number | null {
  const id = cleanText(ref.id ?? '');
  const idOf = (r: number): string => rowId(values, index, r, idKey);
  if (id) {
    for (let r = 2; r <= values.length; r++) if (idOf(r) === id) return r;
    return null;
  }
  const at = locateRow(values, index, keys, ref, idKey);
  if (at.ok) return at.row || null;
  const hint = ref.row ?? 0;
  const rows = [hint, ...values.keys()].filter((r) => r >= 2 && r <= values.length && !idOf(r));
  // Its content as loaded; else (someone edited it since) the row at the hint that still
  // holds its first field (the criterion, the person's name).
  const same = (r: number, keys: readonly F[]): boolean => {
    const now = formOf(values, index, keys, r);
    return keys.every((f) => cleanMultiline(now[f]) === cleanMultiline(base[f]));
  };
  const key = fields.slice(0, 1);
  return (
    rows.find((r) => same(r, fields)) ??
    (hint >= 2 && rows.includes(hint) && same(hint, key) ? hint : null)
  );
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
  | {
      kind: 'write';
      write: RowWrite;
      check: ItemCheck;
      idCounter: number | null;
      merged: ItemInputField[];
    };

/**
 * An item save: find the row, merge field by field against `base` (the form as loaded),
 * check the result, and the cells that change — only the fields this person changed. Without
 * a base the whole row's version must match.
 */
export function decideItemSave(
  values: Grid,
  index: Partial<Record<PlanField, number>>,
  ref: RowRef,
  input: ItemInput,
  context: ItemSaveContext,
  base?: ItemInput,
): ItemSaveDecision {
  let row = 0;
  let merged: ItemInputField[] = [];
  let typed: ItemInput = input;
  let only: ItemInputField[] | null = null;
  const isNew = !cleanText(ref.id ?? '') && !ref.version;
  if (base && !isNew) {
    const at = locateForMerge(values, index, PLAN_KEYS, ITEM_INPUT_FIELDS, ref, base, 'id');
    if (at === null) return conflict(null);
    const merge = mergeFields(
      ITEM_INPUT_FIELDS,
      base,
      input,
      formOf(values, index, ITEM_INPUT_FIELDS, at),
    );
    if (merge.conflicts.length) return conflict(at, merge.conflicts);
    row = at;
    merged = merge.theirs;
    typed = merge.values;
    only = merge.mine;
  } else if (!isNew) {
    const at = locateRow(values, index, PLAN_KEYS, ref, 'id');
    if (!at.ok) return conflict(at.current);
    row = at.row;
  }
  const check = checkItem(typed, context.catalog, context.info);
  // A merge answers only for what this person changed: a cell someone else left unreadable
  // (a formula's error, say) is the check's to report, not a reason to refuse this save.
  const errors = only ? check.errors.filter((e) => only.includes(e.field)) : check.errors;
  if (errors.length) return { kind: 'invalid', errors };
  const all: Partial<Record<PlanField, CellOut>> = itemCells(
    check.values,
    check.derivedDeadline,
    typed,
  );
  // A merge writes only what this person changed (a deadline follows its period).
  const cells: Partial<Record<PlanField, CellOut>> = only ? {} : all;
  if (only) {
    const keys = new Set<PlanField>(only);
    if (keys.has('period')) keys.add('deadline');
    for (const k of keys) cells[k] = all[k];
  }
  const oldId = row ? rowId(values, index, row, 'id') : '';
  let idCounter: number | null = null;
  if (!oldId) {
    const next = nextItemId(values, index.id, context.idCounter());
    cells.id = next.id;
    idCounter = next.n;
  }
  cells.updated = updatedStamp(context.nowMs, context.who());
  const after = row ? 0 : insertAfter(values, index, check.values.criterion ?? '');
  return {
    kind: 'write',
    write: rowWrite(values, index, row, cells, typed, after),
    check,
    idCounter,
    merged,
  };
}

/** A person save (input already checked): find the row, merge against base, the cells. */
export function decidePersonSave(
  values: Grid,
  index: Partial<Record<RosterField, number>>,
  ref: RowRef,
  cells: PersonCheck['cells'],
  base?: Record<keyof PersonInput, string>,
): SaveDecision<keyof PersonInput> {
  if (base && ref.version) {
    const at = locateForMerge(values, index, ROSTER_KEYS, PERSON_FIELDS, ref, base);
    if (at === null) return conflict(null);
    const theirs = formOf(values, index, PERSON_FIELDS, at);
    const merge = mergeFields(PERSON_FIELDS, base, cells, theirs);
    if (merge.conflicts.length) return conflict(at, merge.conflicts);
    const mine: Partial<Record<RosterField, CellOut>> = {};
    for (const f of merge.mine) mine[f] = cells[f];
    return { kind: 'write', write: rowWrite(values, index, at, mine), merged: merge.theirs };
  }
  const at = locateRow(values, index, ROSTER_KEYS, ref);
  if (!at.ok) return conflict(at.current);
  return { kind: 'write', write: rowWrite(values, index, at.row, cells), merged: [] };
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

/** Runs of consecutive rows of one column (the value column of `Thông tin chung`). */
export interface ColumnWrite {
  col: number;
  runs: { row: number; cells: CellOut[] }[];
}

/**
 * The changed values of `Thông tin chung`, merged field by field against `base` (the form as
 * loaded): only the rows this person changed, one run per block of adjacent rows (a row in
 * between, `=TODAY()` say, is never rewritten).
 */
export function infoWrite(
  values: Grid,
  form: InfoForm,
  base?: InfoForm,
): { write: ColumnWrite | null; merged: InfoFormKey[]; conflicts: FieldConflict<InfoFormKey>[] } {
  const { rows } = parsePlanInfo(values);
  const valueCol = mapHeaders(values[0] ?? [], INFO_COLUMNS).index.value ?? 1;
  const theirs = {} as InfoForm;
  for (const key of INFO_FORM_KEYS) {
    const r = rows[key];
    theirs[key] = r === undefined ? '' : cleanText(cellString(values[r - 1]?.[valueCol]));
  }
  const merge = base
    ? mergeFields(INFO_FORM_KEYS, base, form, theirs)
    : {
        values: form,
        mine: INFO_FORM_KEYS.filter((k) => theirs[k] !== form[k]),
        theirs: [],
        conflicts: [],
      };
  if (merge.conflicts.length) return { write: null, merged: [], conflicts: merge.conflicts };
  const changed = new Map<number, string>();
  for (const key of merge.mine) {
    const r = rows[key];
    if (r !== undefined && theirs[key] !== form[key]) changed.set(r, form[key]);
  }
  const runs: ColumnWrite['runs'] = runsOf(sortedPairs(changed, 0));
  return {
    write: runs.length ? { col: valueCol + 1, runs } : null,
    merged: merge.theirs,
    conflicts: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Self-assessment of a criterion

type AssessmentDecision =
  | { kind: 'invalid'; message: string }
  | { kind: 'conflict' }
  | {
      kind: 'write';
      /** `Tự đánh giá` of the criterion's rows that change. */
      cells: ColumnWrite | null;
      /** No row holds the criterion: a row of criterion and level only (not an item). */
      newRow: RowWrite | null;
      level: Level | null;
    };

/** The level the rows state for `code` as the check reads it (a `Chưa đạt` anywhere wins). */
function statedLevel(values: Grid, rows: number[], col: number | undefined): Level | null {
  let level: Level | null = null;
  for (const r of rows) {
    const l =
      col === undefined ? null : parseLevel(cellToInput('selfAssessment', values[r - 1]?.[col]));
    if (l && (!level || l === 'CD')) level = l;
  }
  return level;
}

/**
 * A criterion's self-assessment, from its view: written to `Tự đánh giá` of every row of the
 * criterion (the check, coverage and the Doc then agree); with none, a new row holding only
 * the criterion and its level, placed with its criterion. A level changed by someone else
 * since the load (`base`) is a conflict.
 */
export function decideAssessment(
  values: Grid,
  index: Partial<Record<PlanField, number>>,
  catalog: Catalog | null,
  request: { code: string; level: string; base: string },
): AssessmentDecision {
  const code = parseCriterionCode(request.code).code;
  const level = parseLevel(request.level);
  const allowed = catalog ? allowedLevels(catalog) : [];
  if (!catalog || !code || !allCriteria(catalog).some((c) => c.code === code))
    return {
      kind: 'invalid',
      message: SIDEBAR.assessmentCriterionUnknown(cleanText(request.code)),
    };
  if (level === undefined || (level !== null && !allowed.includes(level)))
    return {
      kind: 'invalid',
      message: SIDEBAR.assessmentLevelInvalid(allowed.map((l) => LEVEL_LABEL[l]).join(', ')),
    };
  const ci = index.criterion;
  const rows: number[] = [];
  if (ci !== undefined)
    for (let r = 2; r <= values.length; r++)
      if (parseCriterionCode(values[r - 1]?.[ci]).code === code) rows.push(r);
  const now = statedLevel(values, rows, index.selfAssessment);
  if ((parseLevel(request.base) ?? null) !== now) return { kind: 'conflict' };
  const label = level ? LEVEL_LABEL[level] : '';
  if (rows.length === 0) {
    if (!level) return { kind: 'write', cells: null, newRow: null, level };
    const cells = { criterion: code, selfAssessment: label };
    const write = rowWrite(values, index, 0, cells, undefined, insertAfter(values, index, code));
    return { kind: 'write', cells: null, newRow: write, level };
  }
  const col = index.selfAssessment as number;
  const runs: ColumnWrite['runs'] = runsOf(
    rows
      .filter((r) => parseLevel(cellToInput('selfAssessment', values[r - 1]?.[col])) !== level)
      .map((r): [number, CellOut] => [r, label]),
  );
  return {
    kind: 'write',
    cells: runs.length ? { col: col + 1, runs } : null,
    newRow: null,
    level,
  };
}
