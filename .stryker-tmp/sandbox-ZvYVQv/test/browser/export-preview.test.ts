/**
 * The export preview (same document model as the Google Doc) of samples 001 and 002 in
 * Chromium: an A4 page box in Times New Roman with the decree's sizes, the 9-column table, and
 * user text shown as text. Keeps artifacts/export-preview-<sample>.html and .png for review.
 */
// @ts-nocheck

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { previewPage } from '../../tools/sandbox/preview-page';
import { SAMPLE_PLANS, sheetValuesOf } from '../fixtures/sample-sheets';
import type { Grid } from '../fixtures/samples';
import { artifactPath, launchChromium } from '../helpers/browser';

const PX_PER_MM = 96 / 25.4;
const PX_PER_PT = 96 / 72;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(Object.keys(SAMPLE_PLANS))('the export preview of sample %s', (name) => {
  it('is an A4 page in Times New Roman with the template’s sizes and tables', async () => {
    const workbook = (SAMPLE_PLANS[name] as () => { sheets: Record<string, Grid> })();
    // A hostile weakness shows as text, whatever the sample.
    (workbook.sheets['Kế hoạch'] as Grid)[3]?.splice(2, 1, '<img src=x onerror=alert(1)>');
    const html = previewPage(sheetValuesOf(workbook), '2026-05-04');
    const file = artifactPath(`export-preview-${name}.html`);
    writeFileSync(file, html);

    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

    const box = await page.locator('.page').boundingBox();
    expect(box?.width).toBeCloseTo(210 * PX_PER_MM, 0);
    expect(box?.height).toBeGreaterThanOrEqual(297 * PX_PER_MM - 1);
    const font = await page.locator('.page').evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toMatch(/^"Times New Roman"/);

    const title = page.locator('p[data-role="title"]');
    expect(await title.innerText()).toBe('KẾ HOẠCH');
    const titleStyle = await title.evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: parseFloat(s.fontSize), weight: s.fontWeight, align: s.textAlign };
    });
    expect(titleStyle.size).toBeCloseTo(13 * PX_PER_PT, 2);
    expect(titleStyle).toMatchObject({ weight: '700', align: 'center' });
    const date = await page
      .locator('p[data-role="date"]')
      .evaluate((el) => getComputedStyle(el).fontStyle);
    expect(date).toBe('italic');

    // Header and closing borderless, the plan table with 9 columns and a grey header row.
    const tables = page.locator('table');
    expect(await tables.count()).toBe(3);
    const plan = page.locator('table[data-role="plan"]');
    expect(await plan.locator('tr').first().locator('td').count()).toBe(9);
    const headerBg = await plan
      .locator('tr')
      .first()
      .locator('td')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(headerBg).toBe('rgb(217, 217, 217)');
    const borders = await page
      .locator('table[data-role="header"] td')
      .first()
      .evaluate((el) => getComputedStyle(el).borderTopStyle);
    expect(borders).toBe('none');

    // The table fits the text width of the page (nothing spills into the margin).
    const planBox = await plan.boundingBox();
    expect((planBox?.x ?? 0) + (planBox?.width ?? 0)).toBeLessThanOrEqual(
      (box?.x ?? 0) + (box?.width ?? 0) - 15 * PX_PER_MM + 1,
    );

    expect(await page.locator('.page img').count()).toBe(0);
    expect(await page.locator('.page').innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(dialogs).toEqual([]);

    await page.screenshot({ path: artifactPath(`export-preview-${name}.png`), fullPage: true });
    await page.close();
  });
});
