/**
 * The sidebar's requests and results, as both ends see them: the core protocol (the page may
 * not import src/server). Every client file takes these types from here, and only from here.
 */
// @ts-nocheck

export type {
  Busy,
  Conflict,
  CoverageEntry,
  CoverageMap,
  InfoForm,
  InfoFormKey,
  InfoSaveRequest,
  InfoSaveResult,
  Invalid,
  ItemDeleteResult,
  ItemSaveRequest,
  ItemSaveResult,
  ItemView,
  PersonDeleteResult,
  PersonInput,
  PersonSaveRequest,
  PersonSaveResult,
  PersonView,
  RowRef,
  SidebarData,
} from '../../core/sidebar/protocol';
export type { FieldError, ItemInput } from '../../core/plan/item';
