/**
 * What two people's edits of one row make together, decided from one read of the sheet: the
 * field-by-field merge against the values the form was loaded with, the ids given to rows
 * that have none, where a new item goes, and the sheet `Đã xóa` that keeps deleted items.
 */
import { cleanMultiline } from '../parse/text';
import { cellToInput, formString, cleanCellText } from '../plan/cells';
import { compareCodes, parseCriterionCode } from '../plan/catalog/catalog';
import { type Grid } from '../plan/model';
import { PLAN_COLUMNS, type PlanField } from '../plan/contract';
import { ITEM_INPUT_FIELDS } from '../plan/item';
import { type FieldConflict, type DeletedView } from './protocol';

export interface Merge<F extends string> {
  /** What the row is to hold: each field from whoever changed it. */
  values: Record<F, string>;
  /** Fields this person changed (the only ones written). */
  mine: F[];
  /** Fields only the other side changed: kept as the sheet holds them. */
  theirs: F[];
  conflicts: FieldConflict<F>[];
}

const same = (a: string, b: string): boolean => cleanMultiline(a) === cleanMultiline(b);

/** The three-way merge of one row: base (as loaded), mine (typed), theirs (the sheet now). */
export function mergeFields<F extends string>(
  fields: readonly F[],
  base: Record<F, string>,
  mine: Record<F, string>,
  theirs: Record<F, string>,
): Merge<F> {
  const out: Merge<F> = { values: { ...theirs }, mine: [], theirs: [], conflicts: [] };
  for (const f of fields) {
    const b = base[f] ?? '';
    const m = mine[f] ?? '';
    const t = theirs[f] ?? '';
    const iChanged = !same(m, b);
    const theyChanged = !same(t, b);
    if (iChanged && theyChanged && !same(m, t))
      out.conflicts.push({ field: f, base: b, mine: m, theirs: t });
    else if (iChanged) {
      out.values[f] = m;
      if (!same(m, t)) out.mine.push(f);
    } else if (theyChanged) out.theirs.push(f);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Ids for rows that have none

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

/** A run of consecutive rows that get new ids, written as one column range. */
export interface IdRun {
  /** 1-based first row. */
  row: number;
  cells: string[];
}

/**
 * Ids for every item-looking row without one (a row with any known cell filled), above every
 * id present and ever given: one run per block of consecutive rows, nothing else touched.
 */
export function missingIds(
  values: Grid,
  index: Partial<Record<PlanField, number>>,
  counter: number,
  isItemRow: (row: number) => boolean,
): { runs: IdRun[]; counter: number } {
  const given: [number, string][] = [];
  let n = nextItemId(values, index.id, counter).n - 1;
  for (let r = 2; r <= values.length; r++) {
    const cell = index.id === undefined ? '' : cleanCellText('id', values[r - 1]?.[index.id]);
    if (!cell && isItemRow(r)) given.push([r, `CT-${String(++n).padStart(4, '0')}`]);
  }
  return { runs: runsOf(given), counter: n };
}

/** `[position, value]` pairs (ascending) grouped into runs of consecutive positions. */
export function runsOf<T>(pairs: readonly [number, T][]): { row: number; cells: T[] }[] {
  const runs: { row: number; cells: T[] }[] = [];
  for (const [p, v] of pairs) {
    const last = runs[runs.length - 1];
    if (last && last.row + last.cells.length === p) last.cells.push(v);
    else runs.push({ row: p, cells: [v] });
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Where a new item goes

/**
 * The row after which a new item of `code` goes: the last row of its criterion; else the last
 * row of the nearest criterion before it in catalog order (its own standard first); else the
 * row before the first criterion after it. 0: append under the last row.
 */
export function insertAfter(
  values: Grid,
  index: Partial<Record<PlanField, number>>,
  code: string,
): number {
  const i = index.criterion;
  if (i === undefined || !code) return 0;
  const codes: string[] = values.map((row, r) =>
    r === 0 ? '' : parseCriterionCode(row?.[i]).code,
  );
  const standardOf = (c: string): string => c.split('.')[0] ?? '';
  let own = 0;
  let before = 0;
  let beforeCode = '';
  let after = 0;
  codes.forEach((c, r) => {
    if (!c) return;
    if (c === code) own = r + 1;
    else if (compareCodes(c, code) < 0) {
      // The nearest code before (a later row of the same code wins).
      if (!beforeCode || compareCodes(c, beforeCode) >= 0) {
        beforeCode = c;
        before = r + 1;
      }
    } else if (!after) after = r + 1;
  });
  if (own) return own;
  if (before && (standardOf(beforeCode) === standardOf(code) || !after)) return before;
  if (after) return after - 1;
  return 0;
}

// ---------------------------------------------------------------------------------------------
// The sheet of deleted items

export const DELETED_SHEET = 'Đã xóa';
/** `Đã xóa`'s columns: when and by whom, then the plan's own headers in contract order. */
export const DELETED_HEADERS: readonly string[] = ['Xóa lúc', ...PLAN_COLUMNS.map((c) => c.header)];

/** The row `Đã xóa` keeps for a deleted plan row: the stamp, then each known cell. */
export function deletedRow(
  row: readonly unknown[],
  index: Partial<Record<PlanField, number>>,
  stamp: string,
): unknown[] {
  return [
    stamp,
    ...PLAN_COLUMNS.map((c) => {
      const i = index[c.key];
      return i === undefined ? '' : (row[i] ?? '');
    }),
  ];
}

/** The plan cells of a `Đã xóa` row, by field. */
export function deletedCells(row: readonly unknown[]): Record<PlanField, unknown> {
  const out = {} as Record<PlanField, unknown>;
  PLAN_COLUMNS.forEach((c, i) => {
    out[c.key] = row[i + 1] ?? '';
  });
  return out;
}

export function deletedView(row: readonly unknown[]): DeletedView {
  const cells = deletedCells(row);
  return {
    id: cleanCellText('id', cells.id),
    code: parseCriterionCode(cells.criterion).code,
    fields: ITEM_INPUT_FIELDS.map((f) => formString(f, cells[f])),
    deleted: cleanCellText('updated', row[0]),
  };
}

/** The latest deletions first; rows without an id (never restorable) left out. */
export function deletedViews(values: Grid | null, max: number): DeletedView[] {
  if (!values) return [];
  const out: DeletedView[] = [];
  for (let r = values.length - 1; r >= 1 && out.length < max; r--) {
    const view = deletedView(values[r] ?? []);
    if (view.id) out.push(view);
  }
  return out;
}

/** The 1-based row of `Đã xóa` holding id (the latest), or 0. */
export function deletedRowOf(values: Grid | null, id: string): number {
  if (!values || !id) return 0;
  for (let r = values.length - 1; r >= 1; r--)
    if (cleanCellText('id', values[r]?.[1]) === id) return r + 1;
  return 0;
}
