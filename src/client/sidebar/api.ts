/**
 * The server calls, through google.script.run: one call per action, each a promise typed from
 * the protocol. While any call is under way the page shows it is busy.
 */
import type {
  AssessmentSaveRequest,
  AssessmentSaveResult,
  InfoSaveRequest,
  InfoSaveResult,
  ItemDeleteResult,
  ItemRestoreRequest,
  ItemRestoreResult,
  ItemSaveRequest,
  ItemSaveResult,
  PersonDeleteResult,
  PersonSaveRequest,
  PersonSaveResult,
  RowRef,
  SidebarData,
  VersionCheckRequest,
  VersionCheckResult,
} from './protocol';
import { busy, callEnded, callStarted } from './state';
import { showBusy } from './status';

/** The server's global functions the page calls (src/server/main.ts exports them). */
interface Calls {
  sidebarLoad(): SidebarData;
  sidebarSaveItem(request: ItemSaveRequest): ItemSaveResult;
  sidebarDeleteItem(ref: RowRef): ItemDeleteResult;
  sidebarSavePerson(request: PersonSaveRequest): PersonSaveResult;
  sidebarDeletePerson(ref: RowRef): PersonDeleteResult;
  sidebarSaveInfo(request: InfoSaveRequest): InfoSaveResult;
  sidebarRestoreItem(request: ItemRestoreRequest): ItemRestoreResult;
  sidebarSaveAssessment(request: AssessmentSaveRequest): AssessmentSaveResult;
  sidebarCheckVersions(request: VersionCheckRequest): VersionCheckResult;
}

interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: unknown) => void): Runner;
}
declare const google: { script: { run: Runner } };

/** A call; a quiet one (the freshness check) neither blocks submits nor shows as busy. */
function call<K extends keyof Calls>(
  name: K,
  ...args: Parameters<Calls[K]>
): Promise<ReturnType<Calls[K]>> {
  const quiet = name === 'sidebarCheckVersions';
  if (!quiet) callStarted();
  showBusy(busy());
  return new Promise<ReturnType<Calls[K]>>((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((v) => resolve(v as ReturnType<Calls[K]>))
      .withFailureHandler(reject) as unknown as Record<K, (...a: Parameters<Calls[K]>) => void>;
    runner[name](...args);
  }).finally(() => {
    if (!quiet) callEnded();
    showBusy(busy());
  });
}

export const loadPlan = (): Promise<SidebarData> => call('sidebarLoad');
export const saveItem = (request: ItemSaveRequest): Promise<ItemSaveResult> =>
  call('sidebarSaveItem', request);
export const deleteItem = (ref: RowRef): Promise<ItemDeleteResult> =>
  call('sidebarDeleteItem', ref);
export const savePerson = (request: PersonSaveRequest): Promise<PersonSaveResult> =>
  call('sidebarSavePerson', request);
export const deletePerson = (ref: RowRef): Promise<PersonDeleteResult> =>
  call('sidebarDeletePerson', ref);
export const saveInfo = (request: InfoSaveRequest): Promise<InfoSaveResult> =>
  call('sidebarSaveInfo', request);
export const restoreItem = (request: ItemRestoreRequest): Promise<ItemRestoreResult> =>
  call('sidebarRestoreItem', request);
export const saveAssessment = (request: AssessmentSaveRequest): Promise<AssessmentSaveResult> =>
  call('sidebarSaveAssessment', request);
export const checkVersion = (request: VersionCheckRequest): Promise<VersionCheckResult> =>
  call('sidebarCheckVersions', request);
