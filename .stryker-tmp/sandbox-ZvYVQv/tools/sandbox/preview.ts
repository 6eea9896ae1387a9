/**
 * `npm run preview`: writes artifacts/preview-<sample>.html, the exported plan of each sample
 * as an A4 HTML page (same document model as the Google Doc), to open in any browser.
 */
// @ts-nocheck

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { previewPage } from './preview-page';
import { todayIso } from '../../src/core/parse/dates';
import { SAMPLE_PLANS, sheetValuesOf } from '../../test/fixtures/sample-sheets';

const out = path.resolve(__dirname, '../../artifacts');
mkdirSync(out, { recursive: true });
for (const [name, workbook] of Object.entries(SAMPLE_PLANS)) {
  const file = path.join(out, `preview-${name}.html`);
  writeFileSync(file, previewPage(sheetValuesOf(workbook()), todayIso()));
  console.log(`${path.relative(process.cwd(), file)}`);
}
