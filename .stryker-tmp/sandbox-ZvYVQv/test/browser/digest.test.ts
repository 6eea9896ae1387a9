/**
 * A real digest, sent by the built bundle in the fakes, rendered in Chromium: the HTML typed in a
 * weakness shows as text (no element injected, nothing runs), and screenshots for review at
 * desktop and phone widths: artifacts/digest.png, artifacts/digest-phone.png.
 */
// @ts-nocheck

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { createFakes } from '../fakes';
import { artifactPath, launchChromium } from '../helpers/browser';
import { loadBundle } from '../helpers/load-bundle';
import { MONDAY, PEOPLE, XSS, workbook } from '../fixtures/reminders';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The HTML body of the vice principal's digest, as the bundle sent it. */
function digestHtml(): string {
  const fakes = createFakes({ spreadsheet: { sheets: workbook() }, now: MONDAY, ui: false });
  loadBundle(fakes).call('sendWeeklyReminders');
  const mail = fakes.state.mail.sent.find((m) => m.to === PEOPLE.binh);
  if (!mail?.htmlBody) throw new Error('no digest was sent to the vice principal');
  return mail.htmlBody;
}

describe('the weekly digest in Chromium', () => {
  it('shows user text literally and renders for desktop and phone', async () => {
    const html = digestHtml();
    for (const [width, file] of [
      [760, 'digest.png'],
      [390, 'digest-phone.png'],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.setContent(html, { waitUntil: 'load' });
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('b').count()).toBe(0);
      const text = await page.locator('body').innerText();
      expect(text).toContain(XSS);
      expect(dialogs).toEqual([]);
      // Three cards under “chủ trì”, one under “phối hợp”, each linking to its row.
      const links = await page
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links.map((l) => l?.replace(/.*range=A/, ''))).toEqual(['2', '7', '3', '4']);
      // Nothing wider than the screen on a phone.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth,
      );
      expect(overflow).toBe(false);
      await page.screenshot({ path: artifactPath(file), fullPage: true });
      await page.close();
    }
  });
});
