/** The export preview of sheets' values, with the check's error count in its banner. */
import { checkSheets } from '../../src/core/check/check';
import { chooseTemplate } from '../../src/core/export/choose';
import { renderPreviewHtml } from '../../src/core/export/preview';
import {
  renderTemplatePreviewHtml,
  type TemplateDocument,
} from '../../src/core/export/template-preview';
import type { SheetValues } from '../../src/core/plan/model';
import { buildPlan } from '../../src/core/plan/read';
import type { IsoDate } from '../../src/core/parse/dates';
import type { FakeEnvironment } from '../../test/fakes';

/** The template Doc of an id as `Docs.Documents.get` returns it; null when it cannot be read. */
export type ReadTemplate = (id: string) => TemplateDocument | null;

export function previewPage(
  sheets: SheetValues,
  today: IsoDate,
  readTemplate: ReadTemplate = () => null,
): string {
  const built = buildPlan(sheets);
  const errors = checkSheets(sheets, built).errors.length;
  // The layout `Mẫu văn bản` chooses, as the export does (an unknown value: the standard one).
  const choice = chooseTemplate(sheets.info);
  if (choice.ok && choice.docId)
    return renderTemplatePreviewHtml(built.plan, errors, sheets.info, readTemplate(choice.docId));
  return renderPreviewHtml(built.plan, errors, {
    today,
    ...(choice.ok ? { template: choice.template } : {}),
  });
}

/** Template Docs from the fakes, read whole (`Docs.Documents.get` without fields). */
export function templateReader(fakes: FakeEnvironment): ReadTemplate {
  return (id) => {
    try {
      return fakes.globals.Docs?.Documents.get(id) ?? null;
    } catch {
      return null;
    }
  };
}

/** The sheets with `Mẫu văn bản` = `value` in `Thông tin chung` (the row added when missing). */
export function withDocTemplate(sheets: SheetValues, value: string): SheetValues {
  const info = (sheets.info ?? [['Mục', 'Giá trị']]).map((row) => [...row]);
  const row = info.find((r) => String(r[0] ?? '').trim() === 'Mẫu văn bản');
  if (row) row[1] = value;
  else info.push(['Mẫu văn bản', value]);
  return { ...sheets, info };
}
