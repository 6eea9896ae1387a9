/**
 * Entry points. Every export here becomes a top-level function in build/Code.js: the menu
 * items, triggers and google.script.run calls of the contract (shared/spec/product.md §2).
 * This file only re-exports, one block per capability; the handlers live in their adapter.
 */
export { onInstall, onOpen } from './menu';
export { checkPlan, setUpSheets } from './check';
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
  sidebarRestoreItem,
  sidebarSaveAssessment,
  sidebarCheckVersions,
} from './sidebar';
export { exportPlanToDoc, exportPlanToNewDoc } from './export';
export { previewImportFromDoc, importPlanFromDoc, undoImportFromDoc } from './import';
export { checkInstallation } from './installation';
