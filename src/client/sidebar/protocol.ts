/**
 * The sidebar's requests and results, as both ends see them: written to match what
 * src/server/sidebar.ts takes and returns (the page may not import src/server). Stand-in for
 * the core's sidebar protocol: at merge this file becomes a re-export of it. Every client file
 * takes these types from here, and only from here.
 */
import type { FieldError, ItemInput } from '../../core/schemas';
import type {
  CoverageEntry,
  CoverageMap,
  InfoForm,
  InfoFormKey,
  ItemView,
  PersonInput,
  PersonView,
  RowRef,
  SidebarData,
} from '../../core/sidebar-model';

export type {
  CoverageEntry,
  CoverageMap,
  FieldError,
  InfoForm,
  InfoFormKey,
  ItemInput,
  ItemView,
  PersonInput,
  PersonView,
  RowRef,
  SidebarData,
};

/** Another execution held the document lock too long: nothing was written. */
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
