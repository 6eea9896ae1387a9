/** The check and the sheets' set-up: menu entry points over the core check. */
// @ts-nocheck

import { checkSheets } from '../core/check/check';
import { reportHtml, reportText } from '../core/check/report';
import { REPORT, SETUP } from '../core/messages';
import type { CheckResult } from '../core/plan/model';
import { planContext } from '../core/plan/read';
import { alert, guard, showHtmlDialog } from './platform';
import { activeSpreadsheet, ensureSheets, readPlanSheets } from './sheets';

/** Validates everything, shows the report, returns `{ errors, warnings }`. Never writes. */
export function checkPlan(): CheckResult {
  return guard(() => {
    const result = checkSheets(readPlanSheets(activeSpreadsheet(), true));
    showHtmlDialog(reportHtml(result), REPORT.title, 720, 520, reportText(result));
    return result;
  });
}

/** Creates missing sheets and columns; never overwrites data. */
export function setUpSheets(): { created: string[]; addedColumns: string[] } {
  return guard(() => {
    const ss = activeSpreadsheet();
    const { catalog } = planContext(readPlanSheets(ss));
    const result = ensureSheets(ss, catalog);
    alert(SETUP.title, SETUP.done(result.created, result.addedColumns));
    return result;
  });
}
