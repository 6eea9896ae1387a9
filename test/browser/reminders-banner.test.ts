/** The sidebar shows the last failed reminder run, as text, on its next load (Chromium). */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startSandbox } from '../../tools/sandbox/server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('shows the last failed reminder run at the top, its message as text', async () => {
  const sb = await startSandbox({});
  try {
    const failure = {
      at: Date.UTC(2026, 10, 30, 0, 5),
      message: 'Lỗi <img src=x onerror=alert(1)>',
    };
    sb.fakes().state.properties.document.set('reminderFailure', JSON.stringify(failure));
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await page.goto(`${sb.url}/sidebar`);
    await page.waitForSelector('html[data-ready="1"]');
    const banner = page.getByRole('alert').filter({ hasText: 'Lượt nhắc hạn lúc' });
    await expect(banner.textContent()).resolves.toBe(
      'Lượt nhắc hạn lúc 30/11/2026 07:05 bị lỗi: Lỗi <img src=x onerror=alert(1)>',
    );
    await expect(page.locator('img').count()).resolves.toBe(0);
  } finally {
    await sb.close();
  }
});
