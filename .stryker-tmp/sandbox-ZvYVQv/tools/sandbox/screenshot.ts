/**
 * Regenerates docs/sidebar.png, the user guide's screenshot: the sidebar (300 px, as in
 * Google Sheets) on sample plan 002 — the criteria list and an item being edited.
 *   node tools/run-ts.mjs tools/sandbox/screenshot.ts   (after npm run build)
 */
// @ts-nocheck

import path from 'node:path';
import { chromium } from 'playwright-core';
import { REPO_ROOT } from '../../test/helpers/load-bundle';
import { startSandbox } from './server';

const sandbox = await startSandbox();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const shot = async (steps: (page: import('playwright-core').Page) => Promise<void>) => {
    const page = await browser.newPage({ viewport: { width: 300, height: 640 } });
    await page.goto(`${sandbox.url}/sidebar`);
    await page.waitForSelector('html[data-ready="1"]');
    await steps(page);
    await page.mouse.move(0, 0);
    const png = await page.screenshot();
    await page.close();
    return `data:image/png;base64,${png.toString('base64')}`;
  };
  const list = await shot(async (page) => {
    await page
      .locator('main')
      .evaluate((m) => window.scrollTo(0, (m as HTMLElement).offsetTop + 560));
  });
  const item = await shot(async (page) => {
    await page.locator('[data-code="3.2"]').click();
    await page.locator('.card').first().click();
    await page.getByLabel('Thời gian thực hiện').fill('9/2023 – 5/2024');
    await page.locator('h3', { hasText: 'Người thực hiện' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 120));
  });
  const page = await browser.newPage({ viewport: { width: 660, height: 704 } });
  await page.setContent(
    `<body style="margin:0;padding:12px;background:#e8eaed;font:13px Arial;display:flex;gap:24px">
      <figure style="margin:0"><img src="${list}" style="border:1px solid #bbb;display:block">
      <figcaption style="margin-top:6px">Danh sách tiêu chí: ● đã có biện pháp, ○ chưa có; số biện pháp ở bên phải</figcaption></figure>
      <figure style="margin:0"><img src="${item}" style="border:1px solid #bbb;display:block">
      <figcaption style="margin-top:6px">Sửa một biện pháp: hạn hoàn thành tự tính từ thời gian</figcaption></figure>
    </body>`,
  );
  const file = path.join(REPO_ROOT, 'docs', 'sidebar.png');
  await page.screenshot({ path: file });
  console.log(path.relative(process.cwd(), file));
} finally {
  await browser.close();
  await sandbox.close();
}
