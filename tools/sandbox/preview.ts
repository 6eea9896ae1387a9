/**
 * `npm run preview`: writes artifacts/preview-<sample>.html, the exported plan of each sample
 * as an A4 HTML page (same document model as the Google Doc), to open in any browser; for
 * sample 002 also in the other layouts `Mẫu văn bản` names: preview-002-tt57.html (Biểu 2) and
 * preview-002-template.html (the sample template Doc of a school, test/helpers/doc-template.ts,
 * read through the fakes' Docs API as the export reads it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { previewPage, templateReader, withDocTemplate } from './preview-page';
import { todayIso } from '../../src/core/parse/dates';
import { createFakes } from '../../test/fakes';
import { makeTemplate } from '../../test/helpers/doc-template';
import { SAMPLE_PLANS, sheetValuesOf } from '../../test/fixtures/sample-sheets';

const out = path.resolve(__dirname, '../../artifacts');
mkdirSync(out, { recursive: true });
const write = (name: string, html: string): void => {
  const file = path.join(out, `preview-${name}.html`);
  writeFileSync(file, html);
  console.log(`${path.relative(process.cwd(), file)}`);
};
const today = todayIso();
for (const [name, workbook] of Object.entries(SAMPLE_PLANS))
  write(name, previewPage(sheetValuesOf(workbook()), today));

const sample = sheetValuesOf((SAMPLE_PLANS['002'] as () => never)());
write('002-tt57', previewPage(withDocTemplate(sample, 'TT57'), today));
const fakes = createFakes({ ui: false });
const id = makeTemplate(fakes, undefined, { mergeBand: true });
write('002-template', previewPage(withDocTemplate(sample, id), today, templateReader(fakes)));
