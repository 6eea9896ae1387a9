/**
 * What the sidebar page and the server say to each other: the load payload's views, each
 * request and its result (plain data: google.script.run passes it as is, no Date). The page
 * imports its types from here and from the core, never from src/server. The request readers
 * turn whatever arrived into well-typed requests; the values are validated by save.ts.
 */
// @ts-nocheck

import type { Catalog } from '../plan/catalog/catalog';
import type { PlanInfo } from '../plan/info';
import { emptyItemInput, ITEM_INPUT_FIELDS, type FieldError, type ItemInput } from '../plan/item';
import type { Level } from '../plan/model';

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

export type PersonInput = Pick<PersonView, 'name' | 'position' | 'roles' | 'email' | 'remind'>;
export const PERSON_FIELDS = ['name', 'position', 'roles', 'email', 'remind'] as const;

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
