/**
 * The exported document as an HTML page: what the local sandbox serves and `npm run preview`
 * writes, rendered from the same document model as the Google Doc. The caller (which may run
 * the check; export does not) passes the plan's error count for the banner.
 */
import { PREVIEW } from '../messages';
import type { Plan } from '../plan/read';
import type { IsoDate } from '../parse/dates';
import { buildPlanDocument } from './build';
import { renderDocumentHtml } from './html';
import type { PlanTemplate } from './template';
import { ND30_PLAN } from './templates/nd30-plan';

interface PreviewOptions {
  today?: IsoDate | null;
  template?: PlanTemplate;
}

export function renderPreviewHtml(
  plan: Plan,
  errors: number,
  options: PreviewOptions = {},
): string {
  const model = buildPlanDocument(plan, options.template ?? ND30_PLAN, {
    today: options.today ?? null,
  });
  return renderDocumentHtml(model, { banner: PREVIEW.banner(model.name, errors) });
}
