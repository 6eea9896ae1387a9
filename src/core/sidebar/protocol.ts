/**
 * What the sidebar page and the server say to each other: the load payload's views, each
 * request and its result (plain data: google.script.run passes it as is, no Date). The page
 * imports its types from here and from the core, never from src/server. The request readers
 * turn whatever arrived into well-typed requests; the values are validated by save.ts.
 */
import type { Catalog } from '../plan/catalog/catalog';
import type { PlanInfo } from '../plan/info';
import {
  emptyItemInput,
  ITEM_INPUT_FIELDS,
  type FieldError,
  type ItemInput,
  type ItemInputField,
} from '../plan/item';
import type { Level } from '../plan/model';
import type { IsoDate } from '../parse/dates';

/** A criterion's state in the list. */
type CoverageState = 'none' | 'weak' | 'items' | 'done';

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
  /**
   * The deadline against today (Vietnam): `overdue` past it, `soon` within `Nhắc trước (ngày)`;
   * null when there is none, or the item is `Hoàn thành`.
   */
  due: 'overdue' | 'soon' | null;
  /** Days from today to the deadline (negative: overdue); null without a deadline. */
  daysLeft: number | null;
  /**
   * The signed-in person (SidebarData.me) is among `Chủ trì` / `Phối hợp`: set by the load and
   * the refresh check; a save's view leaves it false (the page asks ownsItem of core/sidebar/load).
   */
  mine: boolean;
}

/** A deleted item kept in the hidden sheet `Đã xóa`, with its full content: it can be restored. */
export interface DeletedView {
  /** `Mã`: the restored row gets it back. */
  id: string;
  code: string;
  /** The form's strings in ITEM_INPUT_FIELDS order, as the row held them. */
  fields: string[];
  /** `dd/mm/yyyy HH:mm – who`. */
  deleted: string;
}

/** The signed-in person, found in `Nhân sự` by the e-mail Apps Script gives. */
export interface Me {
  /** `Session.getActiveUser().getEmail()`; '' when Apps Script does not tell. */
  email: string;
  /** The roster row with that e-mail; null when none has it. */
  person: PersonView | null;
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
  /** The criterion the finding concerns ('' none): the page links to its view. */
  code: string;
  /** The item (`Mã`) the finding concerns ('' none): the page opens it. */
  itemId: string;
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
  /** Hash of the known cells of every plan row: the freshness check compares it. */
  planVersion: string;
  /** Today in Vietnam and `Nhắc trước (ngày)`: what `due` was computed with. */
  today: IsoDate;
  leadDays: number;
  me: Me;
  /** The latest deletions, newest first (at most DELETED_SHOWN). */
  deleted: DeletedView[];
  /** The check of the whole plan: counts, and the first findings (the report has them all). */
  check: { errors: number; warnings: number; findings: SidebarFinding[] };
}

export type PersonInput = Pick<PersonView, 'name' | 'position' | 'roles' | 'email' | 'remind'>;
export const PERSON_FIELDS = ['name', 'position', 'roles', 'email', 'remind'] as const;

/** How many deletions the load lists for restore (the sheet `Đã xóa` keeps them all). */
export const DELETED_SHOWN = 20;

/** What a save refers to: the id (items), the row when loaded, the version loaded. */
export interface RowRef {
  id?: string;
  row?: number;
  version?: string;
}

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
/** One field both people changed, differently: shown side by side, nothing thrown away. */
export interface FieldConflict<F extends string> {
  field: F;
  /** The value both started from (as loaded). */
  base: string;
  /** What this person typed (the page keeps it in the form). */
  mine: string;
  /** What the sheet holds now. */
  theirs: string;
}
export interface Conflict<T, F extends string = string> {
  ok: false;
  kind: 'conflict';
  message: string;
  /** The row as it now stands; null when it was deleted (then `deleted` may hold it). */
  current: T | null;
  /**
   * The fields both changed differently; nothing was written. To resolve, the page sends the
   * save again with `base` = the current values (and version = current.version) and, per
   * field, the value chosen: a field left as `theirs` then merges as unchanged.
   */
  conflicts: FieldConflict<F>[];
}

/**
 * A save merges field by field against `base`, the values the form was loaded with: fields
 * only this person changed are written, fields only the other changed are kept (and listed
 * in `merged`), fields both changed differently are a conflict. No base (a new row, or an old
 * page): the whole-row version must still match.
 */
export interface ItemSaveRequest extends RowRef {
  input: ItemInput;
  base?: ItemInput;
}
export type ItemSaveResult =
  | {
      ok: true;
      item: ItemView;
      coverage: CoverageMap;
      warnings: FieldError[];
      message: string;
      /** Fields someone else changed since the load, kept and now shown in `item`. */
      merged: ItemInputField[];
    }
  | Conflict<ItemView, ItemInputField>
  | Invalid<FieldError['field']>
  | Busy;
export type ItemDeleteResult =
  | { ok: true; coverage: CoverageMap; message: string; deleted: DeletedView }
  | Conflict<ItemView, ItemInputField>
  | Busy;

/** Puts a deleted item back (same `Mã`) after the last row of its criterion. */
export interface ItemRestoreRequest {
  id: string;
}
export type ItemRestoreResult =
  | { ok: true; item: ItemView; coverage: CoverageMap; message: string }
  /** Already restored by someone, or no longer in `Đã xóa`. */
  | { ok: false; kind: 'gone'; message: string }
  | Busy;

export interface PersonSaveRequest extends RowRef {
  input: PersonInput;
  base?: PersonInput;
}
export type PersonSaveResult =
  | {
      ok: true;
      person: PersonView;
      roster: PersonView[];
      message: string;
      merged: (keyof PersonInput)[];
    }
  | Conflict<PersonView, keyof PersonInput>
  | Invalid<keyof PersonInput>
  | Busy;
export type PersonDeleteResult =
  | { ok: true; roster: PersonView[]; message: string }
  | Conflict<PersonView, keyof PersonInput>
  | Busy;

export interface InfoSaveRequest {
  form: InfoForm;
  /** The form as loaded: the save merges field by field against it. */
  base?: InfoForm;
  /** infoVersion of the load; used only without a base ('' to skip). */
  version: string;
}
export type InfoSaveResult =
  | { ok: true; data: SidebarData; message: string; merged: InfoFormKey[] }
  | {
      ok: false;
      kind: 'conflict';
      message: string;
      data: SidebarData;
      conflicts: FieldConflict<InfoFormKey>[];
    }
  | Invalid<InfoFormKey>
  | Busy;

/**
 * A criterion's self-assessment, from its view: written to `Tự đánh giá` of each of its rows
 * (or, with none, a row holding only `Mã`, criterion and level, which is not an item).
 */
export interface AssessmentSaveRequest {
  code: string;
  /** A level label or code of the catalog's levels (`Đạt Mức 2`, `CĐ`…); '' clears it. */
  level: string;
  /** The level as loaded (coverage[code].level label, '' none): a change since is a conflict. */
  base: string;
}
export type AssessmentSaveResult =
  | { ok: true; coverage: CoverageMap; items: ItemView[]; message: string }
  | { ok: false; kind: 'conflict'; message: string; coverage: CoverageMap }
  | Invalid<'level'>
  | Busy;

/**
 * The freshness check (on focus, every minute): two data calls (`Kế hoạch` and `Nhân sự`),
 * nothing written. `Thông tin chung` is not read: its save merges field by field anyway.
 */
export interface VersionCheckRequest {
  planVersion: string;
  /** `Mã` → version of each item the page holds. */
  items: Record<string, string>;
  /** SidebarData.leadDays of the load (the due marks of changed items use it). */
  leadDays: number;
}
export interface VersionCheckResult {
  ok: true;
  planVersion: string;
  /** Items new or changed since (their views); empty when planVersion is the same. */
  changed: ItemView[];
  /** Ids the page holds that are no longer in the sheet. */
  removed: string[];
  /** Every item's row now (rows shift), `Mã` → row. */
  rows: Record<string, number>;
  /** Self-assessment per criterion now: with the page's catalog, coverageOf(…) redraws the marks. */
  levels: Record<string, Level>;
}

// ---------------------------------------------------------------------------------------------
// Reading requests

export function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

export function rowRef(req: Record<string, unknown>): RowRef {
  return {
    id: typeof req.id === 'string' ? req.id : '',
    row: typeof req.row === 'number' ? req.row : 0,
    version: typeof req.version === 'string' ? req.version : '',
  };
}

/** What the page sent, as strings (anything else is treated as empty, then validated). */
export function itemInput(value: unknown): ItemInput {
  const raw = record(value);
  const input = emptyItemInput();
  for (const f of ITEM_INPUT_FIELDS) {
    const v = raw[f];
    input[f] = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
  }
  return input;
}

/** The base a save was loaded with; undefined when none was sent. */
export function baseInput(value: unknown): ItemInput | undefined {
  return value !== null && typeof value === 'object' ? itemInput(value) : undefined;
}

/** Strings of `keys` from what arrived (anything else as ''); undefined for no object. */
export function stringsOf<K extends string>(
  value: unknown,
  keys: readonly K[],
): Record<K, string> | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const raw = value as Record<string, unknown>;
  const out = {} as Record<K, string>;
  for (const k of keys) out[k] = typeof raw[k] === 'string' ? (raw[k] as string) : '';
  return out;
}
