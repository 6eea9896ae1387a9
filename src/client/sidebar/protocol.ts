/**
 * The sidebar's requests and results, as both ends see them: the core protocol (the page may
 * not import src/server). Every client file takes these types from here, and only from here.
 */
export type {
  AssessmentSaveRequest,
  AssessmentSaveResult,
  Busy,
  Conflict,
  CoverageEntry,
  CoverageMap,
  DeletedView,
  FieldConflict,
  InfoForm,
  InfoFormKey,
  InfoSaveRequest,
  InfoSaveResult,
  Invalid,
  ItemDeleteResult,
  ItemRestoreRequest,
  ItemRestoreResult,
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
  SidebarFinding,
  VersionCheckRequest,
  VersionCheckResult,
} from '../../core/sidebar/protocol';
export type { FieldError, ItemInput } from '../../core/plan/item';
