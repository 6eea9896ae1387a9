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

it('shows who turned reminders on, and the last failed run at the top, its message as text', async () => {
  const sb = await startSandbox({});
  try {
    const failure = {
      at: Date.UTC(2026, 10, 30, 0, 5),
      message: 'Lỗi <img src=x onerror=alert(1)>',
    };
    const store = sb.fakes().state.properties.document;
    store.set('reminderFailure', JSON.stringify(failure));
    const trigger = { owner: 'an.nt@thcs.edu.vn', since: Date.UTC(2026, 10, 23, 2), uid: '7' };
    store.set('reminderTrigger', JSON.stringify(trigger));
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await page.goto(`${sb.url}/sidebar`);
    await page.waitForSelector('html[data-ready="1"]');
    const banner = page.getByRole('alert').filter({ hasText: 'Lượt nhắc hạn lúc' });
    await expect(banner.textContent()).resolves.toBe(
      'Lượt nhắc hạn lúc 30/11/2026 07:05 bị lỗi: Lỗi <img src=x onerror=alert(1)>',
    );
    await expect(page.locator('img').count()).resolves.toBe(0);
    await expect(
      page.getByText('Nhắc hạn đang bật, do an.nt@thcs.edu.vn bật từ 23/11/2026 09:00').isVisible(),
    ).resolves.toBe(true);
  } finally {
    await sb.close();
  }
});
