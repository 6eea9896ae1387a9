/**
 * The preview of the school's own template (`Mẫu văn bản` = a Google Doc) in Chromium, set
 * against what the export writes: sample 002 exported by the bundle through the template of
 * test/helpers/doc-template.ts, and the preview of the same sheets read from the same Doc
 * through the fakes' Docs API. Same paragraphs and cells in the same order, the template's
 * widths, styles and shading, placeholders filled, markup shown as text. TT57 and the sandbox's
 * /preview choose their layout from `Mẫu văn bản` too. Keeps artifacts/export-preview-002-
 * template.html and .png.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { ND30_PLAN } from '../../src/core/export/templates/nd30-plan';
import { TT57_PLAN } from '../../src/core/export/templates/tt57-plan';
import { compareCodes } from '../../src/core/plan/catalog/catalog';
import { SHEET } from '../../src/core/plan/contract';
import type { SheetValues } from '../../src/core/plan/model';
import { buildPlan } from '../../src/core/plan/read';
import { previewPage, templateReader, withDocTemplate } from '../../tools/sandbox/preview-page';
import { startSandbox } from '../../tools/sandbox/server';
import { createFakes, type FakeEnvironment } from '../fakes';
import type { TableDump } from '../fakes/document';
import { artifactPath, launchChromium } from '../helpers/browser';
import { makeTemplate } from '../helpers/doc-template';
import { loadBundle } from '../helpers/load-bundle';
import { sheetValuesOf } from '../fixtures/sample-sheets';
import { sample002, type Grid } from '../fixtures/samples';

const PX_PER_PT = 96 / 72;
const MARKUP = '<img src=x onerror=alert(1)>';
const SCHOOL = `Trường mầm non xã Noong Hẹt ${MARKUP}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function sheetValues(fakes: FakeEnvironment): SheetValues {
  const get = (name: string) =>
    fakes.state.spreadsheet.hasSheet(name) ? fakes.state.sheet(name).values() : null;
  return { info: get(SHEET.info), plan: get(SHEET.plan), roster: get(SHEET.roster), catalog: null };
}

/** Sample 002 with markup in the school name and one action, `Mẫu văn bản` = the template. */
function exported() {
  const { sheets } = sample002();
  const info = sheets[SHEET.info] as Grid;
  const school = info.find((r) => r[0] === 'Tên trường') as Grid[number];
  school[1] = SCHOOL;
  const plan = sheets[SHEET.plan] as Grid;
  const actions = (plan[0] ?? []).findIndex((h) => /^Công việc/.test(String(h)));
  const row = plan.findIndex((r, i) => i > 0 && String(r[actions] ?? '').trim() !== '');
  (plan[row] as Grid[number])[actions] = `${String(plan[row]?.[actions])} ${MARKUP}`;
  const fakes = createFakes({ spreadsheet: { sheets }, now: '2026-05-04T02:00:00Z', ui: false });
  // Its band row merged across the table, as schools do.
  const id = makeTemplate(fakes, undefined, { mergeBand: true });
  // The template's id is known once it exists: `Mẫu văn bản` is written after it.
  const withTemplate = withDocTemplate(sheetValuesOf({ sheets } as never), id).info as Grid;
  fakes.globals.SpreadsheetApp.getActiveSpreadsheet()
    .getSheetByName(SHEET.info)
    ?.getRange(1, 1, withTemplate.length, 2)
    .setValues(withTemplate.map((r) => [r[0] ?? '', r[1] ?? '']));
  const result = loadBundle(fakes).callJson<{ id: string }>('exportPlanToDoc');
  const html = previewPage(sheetValues(fakes), '2026-05-04', templateReader(fakes));
  return {
    fakes,
    html,
    doc: fakes.state.documents.get(result.id),
    template: fakes.state.documents.get(id),
    items: buildPlan(sheetValues(fakes)).plan.items.length,
  };
}

async function open(html: string, name: string): Promise<{ page: Page; dialogs: string[] }> {
  const file = artifactPath(name);
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, dialogs };
}

const bare = (s: string) => s.replace(/\u200b/g, '');
/** A colour as Chromium computes it. */
const rgb = (hex: string | null) =>
  hex
    ? `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`
    : 'rgba(0, 0, 0, 0)';

describe('the preview of the school’s own template (sample 002)', () => {
  it('shows what the export writes: paragraphs, item rows, bands, widths and styles', async () => {
    const { html, doc, template, items } = exported();
    const { page, dialogs } = await open(html, 'export-preview-002-template.html');

    // The template's page (842 × 595 pt, left margin 50 pt), landscape.
    const box = await page.locator('.page').boundingBox();
    expect(box?.width).toBeCloseTo(842 * PX_PER_PT, 0);
    expect(doc.page).toMatchObject({ PAGE_WIDTH: 842, MARGIN_LEFT: 50 });

    // The body's paragraphs: the export's, in order, each placeholder filled.
    const paragraphs = (await page.locator('.page > p').allInnerTexts()).map(bare);
    const written = doc.blocks.filter((b) => b.type === 'PARAGRAPH').map((b) => b.text);
    expect(paragraphs).toEqual(written);
    expect(paragraphs[0]).toBe(SCHOOL);
    expect(paragraphs[1]).toMatch(/^Số: .* — năm học 2023 – 2024$/);
    const bases = paragraphs.filter((p) => p.startsWith('Căn cứ'));
    expect(bases.length).toBeGreaterThanOrEqual(2);
    const recipients = paragraphs.indexOf('Nơi nhận:');
    expect(recipients).toBeGreaterThan(bases.length);
    expect(paragraphs.slice(recipients + 1)).toContain('- Lưu VT.');
    expect(await page.locator('.page').innerText()).not.toContain('{{');

    // The table, cell by cell as the export wrote it.
    const table = doc.blocks.find((b): b is TableDump => b.type === 'TABLE') as TableDump;
    const rows = page.locator('table[data-role="template-items"] tr');
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('td')].map((td) =>
          (td as HTMLElement).innerText.replace(/\u200b/g, ''),
        ),
      ),
    );
    // The cells a merge covers are in the Doc's rows (colSpan 0), not drawn.
    const heads = table.rows.map((r) => r.cells.filter((c) => c.colSpan !== 0));
    expect(cells).toEqual(heads.map((r) => r.map((c) => c.text)));
    const spans = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.colSpan)),
    );
    expect(spans).toEqual(heads.map((r) => r.map((c) => c.colSpan)));
    expect(spans.filter((r) => r.length === 1 && r[0] === 5)).toHaveLength(2); // the two bands

    // One row per item, numbered through the table, criteria in catalog order; a band
    // (the template's `{{Tiêu chuẩn}}` row) above each standard's items.
    const itemRows = page.locator('tr[data-role="item"]');
    expect(await itemRows.count()).toBe(items);
    const numbers = await itemRows.evaluateAll((trs) =>
      trs.map((tr) => tr.querySelector('td')?.innerText ?? ''),
    );
    expect(numbers).toEqual(numbers.map((_, i) => String(i + 1)));
    const codes = cells
      .map((r) => /^Tiêu chí (\d+\.\d+)/.exec(r[1] ?? '')?.[1])
      .filter((c): c is string => !!c);
    expect(codes.length).toBeGreaterThan(1);
    expect(codes).toEqual([...codes].sort(compareCodes));
    const bands = (await page.locator('tr[data-role="like-1"]').allInnerTexts()).map(bare);
    expect(bands.map((b) => b.trim().split('\n')[0])).toEqual([
      'Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học',
      'Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ',
    ]);
    const bandStyle = await page
      .locator('tr[data-role="like-1"] td p')
      .first()
      .evaluate((el) => getComputedStyle(el))
      .then((s) => ({ weight: s.fontWeight, style: s.fontStyle }));
    expect(bandStyle).toEqual({ weight: '700', style: 'italic' });

    // Widths: the template's column 2 (300 pt, as set in the template and in the export), the
    // others sharing the rest of the text width.
    const widths = await page
      .locator('table[data-role="template-items"] col')
      .evaluateAll((cols) => cols.map((c) => parseFloat((c as HTMLElement).style.width)));
    const templateTable = template.blocks.find((b): b is TableDump => b.type === 'TABLE');
    expect(templateTable?.columnWidths[2]).toBe(300);
    expect(table.columnWidths[2]).toBe(300);
    expect(widths[2]).toBe(300);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(842 - 50 - 72, 1);
    const actionCell = await rows.first().locator('td').nth(2).boundingBox();
    expect(Math.abs((actionCell?.width ?? 0) - 300 * PX_PER_PT)).toBeLessThanOrEqual(2);

    // Shading and styles: each row's cells as the export shaded them; the template's fonts.
    const backgrounds = await rows.evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => getComputedStyle(td).backgroundColor),
      ),
    );
    expect(backgrounds).toEqual(heads.map((r) => r.map((c) => rgb(c.background))));
    const first = await page
      .locator('.page > p')
      .first()
      .evaluate((el) => getComputedStyle(el))
      .then((s) => ({ font: s.fontFamily, size: parseFloat(s.fontSize), weight: s.fontWeight }));
    expect(first.font).toMatch(/^Arial/);
    expect(first.size).toBeCloseTo(13 * PX_PER_PT, 2);
    expect(first.weight).toBe('700');
    const item = await itemRows
      .first()
      .locator('td p')
      .first()
      .evaluate((el) => getComputedStyle(el))
      .then((s) => ({ size: parseFloat(s.fontSize), weight: s.fontWeight }));
    expect(item.size).toBeCloseTo(11 * PX_PER_PT, 2);
    expect(item.weight).toBe('400');

    // User text is text.
    expect(await page.locator('.page img').count()).toBe(0);
    expect(await page.locator('.page').innerText()).toContain(MARKUP);
    expect(dialogs).toEqual([]);

    await page.screenshot({
      path: artifactPath('export-preview-002-template.png'),
      fullPage: true,
    });
    await page.close();
  });

  it('pictures sample 002 in the sample template (docs/export-preview-template.png)', async () => {
    const fakes = createFakes({ ui: false });
    const id = makeTemplate(fakes, undefined, { mergeBand: true });
    const sheets = withDocTemplate(sheetValuesOf(sample002()), id);
    const { page } = await open(
      previewPage(sheets, '2026-05-04', templateReader(fakes)),
      'export-preview-002-template-clean.html',
    );
    const itemRows = page.locator('tr[data-role="item"]');
    expect(await itemRows.count()).toBeGreaterThan(1);
    // The top of the page, through the second item.
    const top = await page.locator('.page').boundingBox();
    const second = await itemRows.nth(1).boundingBox();
    if (top && second)
      await page.screenshot({
        path: artifactPath('export-preview-002-template-top.png'),
        clip: {
          x: top.x,
          y: top.y,
          width: top.width,
          height: second.y + second.height + 12 - top.y,
        },
      });
    await page.close();
  });

  it('names the problem the export would report instead of a page', async () => {
    const fakes = createFakes({ ui: false });
    const sheets = withDocTemplate(sheetValuesOf(sample002()), '1AbCdEfGhIjKlMnOpQrStUvWxYz0123');
    const { page } = await open(
      previewPage(sheets, '2026-05-04', templateReader(fakes)),
      'export-preview-unreadable.html',
    );
    expect(await page.locator('.banner').innerText()).toMatch(/Không mở được “Mẫu văn bản”/);
    expect(await page.locator('.page > *').count()).toBe(0);
    await page.close();
  });
});

describe('the layout `Mẫu văn bản` names', () => {
  it('TT57: Biểu 2 instead of the standard plan', async () => {
    const sheets = sheetValuesOf(sample002());
    const standard = previewPage(sheets, '2026-05-04');
    const tt57 = previewPage(withDocTemplate(sheets, 'TT57'), '2026-05-04');
    expect(tt57).not.toBe(standard);
    const { page } = await open(tt57, 'export-preview-002-tt57.html');
    const header = await page
      .locator('table[data-role="plan"] tr')
      .first()
      .locator('td')
      .allInnerTexts();
    const standardPage = await open(standard, 'export-preview-002.html');
    const standardHeader = await standardPage.page
      .locator('table[data-role="plan"] tr')
      .first()
      .locator('td')
      .allInnerTexts();
    expect(header).toEqual(TT57_PLAN.table.columns.map((c) => c.header));
    expect(standardHeader).toEqual(ND30_PLAN.table.columns.map((c) => c.header));
    expect(header).not.toEqual(standardHeader);
    await page.screenshot({ path: artifactPath('export-preview-002-tt57.png'), fullPage: true });
    await Promise.all([page.close(), standardPage.page.close()]);
  });

  it('in the sandbox: /preview follows the cell as it is typed', async () => {
    const sandbox = await startSandbox({});
    try {
      const info = sandbox.fakes().state.sheet(SHEET.info).values();
      const at = info.findIndex((r) => r[0] === 'Mẫu văn bản');
      const row = at < 0 ? info.length + 1 : at + 1;
      const type = (a1: string, text: string) =>
        fetch(`${sandbox.url}/api/cell`, {
          method: 'POST',
          body: JSON.stringify({ sheet: SHEET.info, a1, text }),
        });
      const preview = () => fetch(`${sandbox.url}/preview`).then((r) => r.text());
      const standard = await preview();
      expect(standard).toContain('data-role="plan"');
      await type(`A${row}`, 'Mẫu văn bản');
      await type(`B${row}`, sandbox.templateId());
      const filled = await preview();
      expect(filled).toContain('data-role="template-items"');
      expect(filled).toContain('Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học');
      expect(filled).not.toContain('{{');
      await type(`B${row}`, 'TT57');
      const tt57 = await preview();
      expect(tt57).toContain('data-role="plan"');
      expect(tt57).not.toBe(standard);
    } finally {
      await sandbox.close();
    }
  });
});
