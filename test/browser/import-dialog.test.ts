/**
 * The import dialog (build/ImportDialog.html) in Debian's Chromium, driven by playwright-core:
 * google.script.run is bridged to the built bundle in the fakes (a Doc built from sample 001
 * and one with hostile text): paste the link, read the preview, confirm, see the check's
 * counts, undo the whole import in one click; the Doc's text shown as text only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createFakes, type FakeEnvironment } from '../fakes';
import { artifactPath, launchChromium } from '../helpers/browser';
import { loadBundle, REPO_ROOT } from '../helpers/load-bundle';
import { doc, p, table } from '../fixtures/doc-builder';
import { EXPECTED_001 } from '../fixtures/doc-expected';
import { doc001 } from '../fixtures/doc-trees';
import type { DocTree } from '../../src/core/import/doc-tree';
import { startSandbox } from '../../tools/sandbox/server';

const XSS = '<img src=x onerror="window.__xss=1">';

/** google.script.run as in Apps Script: handlers called asynchronously, failures as Errors. */
const BRIDGE = `window.google = { script: { host: { close() {} }, run: (function runner(ok, fail) {
  return new Proxy({}, { get(_, name) {
    if (name === 'withSuccessHandler') return (f) => runner(f, fail);
    if (name === 'withFailureHandler') return (f) => runner(ok, f);
    return (...args) => window.__run(name, JSON.stringify(args)).then((r) => {
      const res = JSON.parse(r);
      if ('error' in res) fail && fail(new Error(res.error)); else ok && ok(res.result);
    });
  } });
})(null, null) } };`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(tree: DocTree): Promise<{ page: Page; fakes: FakeEnvironment; id: string }> {
  const fakes = createFakes({ now: '2026-05-04T02:00:00Z' });
  const app = loadBundle(fakes);
  app.call('setUpSheets');
  const id = fakes.state.docsApi.addDoc(tree);
  const page = await browser.newPage({ viewport: { width: 760, height: 900 } });
  await page.exposeFunction('__run', (name: string, args: string) => {
    try {
      return JSON.stringify({ result: app.callJson(name, ...(JSON.parse(args) as unknown[])) });
    } catch (err) {
      return JSON.stringify({ error: err instanceof Error ? err.message : String(err) });
    }
  });
  const html = readFileSync(path.join(REPO_ROOT, 'build', 'ImportDialog.html'), 'utf8');
  await page.setContent(html.replace(/<head>/i, () => `<head><script>${BRIDGE}</script>`));
  return { page, fakes, id };
}

const planRows = (fakes: FakeEnvironment) => fakes.state.sheet('Kế hoạch').values();

describe('the import dialog in Chromium', () => {
  it('previews sample 001, imports it, shows the check, and undoes the whole import', async () => {
    const { page, fakes, id } = await open(doc001());
    await page.locator('#link').fill(`https://docs.google.com/document/d/${id}/edit?usp=sharing`);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page
      .locator('#status', { hasText: `${EXPECTED_001.length} dòng sẽ được thêm` })
      .waitFor();
    await expect(page.locator('#result').textContent()).resolves.toContain('Tiêu chuẩn 1');
    await expect(page.locator('#result').textContent()).resolves.toContain('Biện pháp thực hiện');
    await page.screenshot({ path: artifactPath('import-preview.png'), fullPage: true });
    // The preview wrote nothing.
    expect(planRows(fakes)).toHaveLength(1);

    await page.getByRole('button', { name: 'Nhập vào trang tính' }).click();
    await page.locator('#check', { hasText: 'Kiểm tra kế hoạch:' }).waitFor();
    await expect(page.locator('#result').textContent()).resolves.toContain(
      `Đã thêm ${EXPECTED_001.length} dòng`,
    );
    expect(planRows(fakes)).toHaveLength(1 + EXPECTED_001.length);
    await page.screenshot({ path: artifactPath('import-done.png'), fullPage: true });

    await page.getByRole('button', { name: 'Hoàn tác lần nhập này' }).click();
    await page.locator('#status', { hasText: `Đã xoá ${EXPECTED_001.length} dòng` }).waitFor();
    expect(planRows(fakes)).toHaveLength(1);
  });

  it('shows the Doc’s text as text and a bad link as a Vietnamese message', async () => {
    const hostile = doc(
      p('KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG'),
      table([
        ['Tiêu chí', 'Điểm yếu', 'Biện pháp', 'Chủ trì', 'Thời gian'],
        ['Tiêu chí 1.1', 'Thiếu hồ sơ', 'Bổ sung', XSS, 'Khi nào rảnh'],
      ]),
    );
    const { page, id } = await open(hostile);
    await page.locator('#link').fill('không phải liên kết');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.locator('#status', { hasText: 'Không nhận ra liên kết' }).waitFor();

    await page.locator('#link').fill(id);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.locator('#status', { hasText: '1 dòng sẽ được thêm' }).waitFor();
    await expect(page.locator('#result').textContent()).resolves.toContain('Khi nào rảnh');
    await expect(page.locator('#result img').count()).resolves.toBe(0);
    await expect(
      page.evaluate(() => (window as { __xss?: number }).__xss),
    ).resolves.toBeUndefined();
  });
});

describe('the import dialog in the sandbox (npm start → /import)', () => {
  it('imports the sample plan Doc the sandbox holds into its sheets, and refuses the yearly plan', async () => {
    const sandbox = await startSandbox({});
    try {
      const [plan001, yearly004] = sandbox.importDocIds();
      const before = sandbox.fakes().state.sheet('Kế hoạch').values().length;
      const page = await browser.newPage({ viewport: { width: 760, height: 900 } });
      await page.goto(`${sandbox.url}/import`);
      await page.locator('#link').fill(yearly004 ?? '');
      await page.getByRole('button', { name: 'Xem trước' }).click();
      await page.locator('#status', { hasText: '0 dòng' }).waitFor();
      await expect(page.locator('#result').textContent()).resolves.toContain(
        'không phải kế hoạch cải tiến chất lượng',
      );
      await page.locator('#link').fill(`https://docs.google.com/document/d/${plan001}/edit`);
      await page.getByRole('button', { name: 'Xem trước' }).click();
      await page
        .locator('#status', { hasText: `${EXPECTED_001.length} dòng sẽ được thêm` })
        .waitFor();
      await page.getByRole('button', { name: 'Nhập vào trang tính' }).click();
      await page.locator('#check', { hasText: 'Kiểm tra kế hoạch:' }).waitFor();
      const after = sandbox.fakes().state.sheet('Kế hoạch').values().length;
      expect(after - before).toBe(EXPECTED_001.length);
      expect(sandbox.calls.map((c) => c.name)).toEqual([
        'previewImportFromDoc',
        'previewImportFromDoc',
        'importPlanFromDoc',
      ]);
      await page.close();
    } finally {
      await sandbox.close();
    }
  });
});
