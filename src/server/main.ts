/**
 * Entry points. Every export here becomes a top-level function in build/Code.js: the
 * menu items, triggers and google.script.run calls of the contract (shared/spec/product.md §2).
 */
import { checkSheets, buildPlan } from '../core/plan/read';
import { SETUP } from '../core/messages/index';
import { guard } from './platform';
import type { CheckResult } from '../core/plan/model';
import { activeSpreadsheet, ensureSheets, readPlanSheets } from './sheets';
import { addMenu } from './menu';
import { alert, showCheckReport } from './ui';

type OpenEvent = { authMode?: GoogleAppsScript.Script.AuthMode } | undefined;

/** Adds the menu; safe in AuthMode.NONE/LIMITED (see menu.ts). */
export function onOpen(e?: OpenEvent): void {
  void e;
  addMenu();
}

export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

/** Validates everything, shows the report, returns `{ errors, warnings }`. Never writes. */
export function checkPlan(): CheckResult {
  return guard(() => {
    const result = checkSheets(readPlanSheets(activeSpreadsheet(), true));
    showCheckReport(result);
    return result;
  });
}

/** Creates missing sheets and columns; never overwrites data. */
export function setUpSheets(): { created: string[]; addedColumns: string[] } {
  return guard(() => {
    const ss = activeSpreadsheet();
    const { plan } = buildPlan(readPlanSheets(ss));
    const result = ensureSheets(ss, plan.catalog);
    alert(SETUP.title, SETUP.done(result.created, result.addedColumns));
    return result;
  });
}

// Features add their entry points here (one export line each).
export {
  enableWeeklyReminders,
  disableWeeklyReminders,
  sendWeeklyReminders,
  sendDeferredReminders,
} from './reminders';
export {
  showPlanSidebar,
  sidebarLoad,
  sidebarSaveInfo,
  sidebarSaveItem,
  sidebarDeleteItem,
  sidebarSavePerson,
  sidebarDeletePerson,
} from './sidebar';
export { exportPlanToDoc, exportPlanToNewDoc } from './export';
