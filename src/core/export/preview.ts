/**
 * The exported document as an HTML page, straight from the sheets' values: what the local
 * sandbox serves and `npm run preview` writes, rendered from the same document model as the
 * Google Doc.
 */
import { EXPORT } from '../messages/index';
import { buildPlan } from '../plan/read';
import { checkSheets } from '../check/check';
import { type SheetValues } from '../plan/model';
import type { IsoDate } from '../parse/dates';
import { buildPlanDocument } from './build';
import { renderDocumentHtml } from './html';
import type { PlanTemplate } from './template';
import { ND30_PLAN } from './templates/nd30-plan';

export interface PreviewOptions {
  today?: IsoDate | null;
  template?: PlanTemplate;
}

export function renderPreviewHtml(sheets: SheetValues, options: PreviewOptions = {}): string {
  const built = buildPlan(sheets);
  const { plan } = built;
  const errors = checkSheets(sheets, built).errors.length;
  const model = buildPlanDocument(plan, options.template ?? ND30_PLAN, {
    today: options.today ?? null,
    planGrid: sheets.plan,
  });
  return renderDocumentHtml(model, { banner: EXPORT.previewBanner(model.name, errors) });
}
