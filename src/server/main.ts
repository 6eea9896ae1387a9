/**
 * Entry points. Every export here becomes a top-level function in build/Code.js: the
 * menu items, triggers and google.script.run calls of the contract (shared/spec/product.md §2).
 */
import { checkSheets, buildPlan } from '../core/plan';
import { ERROR, MENU, SETUP } from '../core/messages';
import type { CheckResult } from '../core/types';
import { activeSpreadsheet, ensureSheets, readPlanSheets } from './spreadsheet';
import { alert, showCheckReport } from './ui';

type OpenEvent = { authMode?: GoogleAppsScript.Script.AuthMode } | undefined;

/**
 * Adds the menu. Runs as a simple trigger (AuthMode.NONE/LIMITED): it may only build the
 * menu — no reading of properties, no sending, no triggers.
 */
export function onOpen(e?: OpenEvent): void {
  void e;
  SpreadsheetApp.getUi()
    .createMenu(MENU.title)
    .addItem(MENU.check, 'checkPlan')
    .addSeparator()
    .addItem(MENU.setUp, 'setUpSheets')
    .addToUi();
}

export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

/** Validates everything, shows the report, returns `{ errors, warnings }`. Never writes. */
export function checkPlan(): CheckResult {
  return guard(() => {
    const result = checkSheets(readPlanSheets(activeSpreadsheet()));
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

/** Unexpected failures reach the user as a Vietnamese sentence, the details go to the log. */
function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    throw new Error(ERROR.unexpected, { cause: err });
  }
}
