/** The `Kế hoạch CTCL` menu: one line per feature that exists, each calling a global function. */
import { EXPORT, IMPORT_UI, INSTALL, MENU } from '../core/messages';

export type MenuEntry = readonly [caption: string, functionName: string] | 'separator';

const MENU_ENTRIES: readonly MenuEntry[] = [
  [MENU.sidebar, 'showPlanSidebar'],
  [MENU.check, 'checkPlan'],
  [MENU.export, 'exportPlanToDoc'],
  [EXPORT.menuNewDoc, 'exportPlanToNewDoc'],
  [IMPORT_UI.menu, 'importPlanFromDoc'],
  'separator',
  [MENU.remindersOn, 'enableWeeklyReminders'],
  [MENU.remindersOff, 'disableWeeklyReminders'],
  [MENU.remindersNow, 'sendWeeklyReminders'],
  'separator',
  [MENU.setUp, 'setUpSheets'],
  [INSTALL.menu, 'checkInstallation'],
];

/**
 * Builds the menu. Runs as a simple trigger (AuthMode.NONE/LIMITED): only the Ui service
 * is touched — no properties, no sheets, no triggers.
 */
function addMenu(): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU.title);
  for (const entry of MENU_ENTRIES) {
    if (entry === 'separator') menu.addSeparator();
    else menu.addItem(entry[0], entry[1]);
  }
  menu.addToUi();
}

type OpenEvent = { authMode?: GoogleAppsScript.Script.AuthMode } | undefined;

/** Adds the menu; safe in AuthMode.NONE/LIMITED (see addMenu). */
export function onOpen(e?: OpenEvent): void {
  void e;
  addMenu();
}

export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}
