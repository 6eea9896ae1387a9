/** The export preview of sheets' values, with the check's error count in its banner. */
// @ts-nocheck

import { checkSheets } from '../../src/core/check/check';
import { renderPreviewHtml } from '../../src/core/export/preview';
import type { SheetValues } from '../../src/core/plan/model';
import { buildPlan } from '../../src/core/plan/read';
import type { IsoDate } from '../../src/core/parse/dates';

export function previewPage(sheets: SheetValues, today: IsoDate): string {
  const built = buildPlan(sheets);
  return renderPreviewHtml(built.plan, checkSheets(sheets, built).errors.length, { today });
}
