/**
 * The sidebar never loses work by accident (Chromium, the sandbox: the built bundle in the
 * fakes): a confirmation names what it is about and focuses the safe answer, a focused field
 * is never under the sticky bars (300 × 560, and 200% zoom), Google's failures reach the person
 * in Vietnamese only, and the "còn N lỗi" line follows the fixes.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { generatePlan } from '../fixtures/generate';
import { artifactPath, launchChromium, openSidebar } from '../helpers/browser';
import { startSandbox, type Sandbox, type Seed } from '../../tools/sandbox/server';

let browser: Browser;
let sandbox: Sandbox | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await sandbox?.close();
  sandbox = null;
});

async function start(items = 4): Promise<Sandbox> {
  sandbox = await startSandbox({ seed: generatePlan(items).sheets as Seed });
  return sandbox;
}

const planRows = (sb: Sandbox) => sb.fakes().state.sheet('Kế hoạch').displayValues();
const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

async function openItem(page: Page, code: string, id: string): Promise<void> {
  await page.locator(`[data-code="${code}"]`).click();
  await page.locator(`[data-item="${id}"]`).click();
  await page.getByLabel('Biện pháp thực hiện').waitFor();
}

describe('confirmations', () => {
  it('delete: the question names the item, the focus is on “Không xóa”, Enter Enter deletes nothing', async () => {
    const sb = await start();
    const page = await openSidebar(browser, sb.url);
    await openItem(page, '1.2', 'CT-0002');
    const rowsBefore = planRows(sb).length;
    await page.getByRole('button', { name: 'Xóa', exact: true }).focus();
    await page.keyboard.press('Enter');
    const bar = page.locator('.confirm');
    await expect(bar.textContent()).resolves.toContain(
      'Xóa biện pháp CT-0002 “- Rà soát, bổ sung hồ sơ (việc 2)” (tiêu chí 1.2) khỏi bảng tính?',
    );
    await expect(activeText(page)).resolves.toBe('Không xóa');
    await page.keyboard.press('Enter');
    await expect(bar.isHidden()).resolves.toBe(true);
    expect(planRows(sb).length).toBe(rowsBefore);
    expect(planRows(sb).some((r) => r[0] === 'CT-0002')).toBe(true);

    // Deleting takes the red button; then the status says what was deleted.
    await page.getByRole('button', { name: 'Xóa', exact: true }).click();
    await bar.getByRole('button', { name: 'Xóa', exact: true }).click();
    await page
      .locator('#status', {
        hasText: 'Đã xóa biện pháp CT-0002 “- Rà soát, bổ sung hồ sơ (việc 2)”',
      })
      .waitFor();
    expect(planRows(sb).some((r) => r[0] === 'CT-0002')).toBe(false);
  });

  it('leave without saving: names the item, focuses “Tiếp tục sửa”; Enter keeps what is typed', async () => {
    const sb = await start();
    const page = await openSidebar(browser, sb.url);
    await openItem(page, '1.2', 'CT-0002');
    await page.getByLabel('Ghi chú').fill('Chưa lưu');
    await page.keyboard.press('Escape');
    await expect(page.locator('.confirm').textContent()).resolves.toContain(
      'Biện pháp CT-0002 “- Rà soát, bổ sung hồ sơ (việc 2)” (tiêu chí 1.2) có thay đổi chưa lưu.',
    );
    await expect(activeText(page)).resolves.toBe('Tiếp tục sửa');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Ghi chú').inputValue()).resolves.toBe('Chưa lưu');
    // Leaving for real takes the explicit choice.
    await page
      .getByRole('button', { name: /Danh sách|Tiêu chí 1\.2/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await page.getByRole('heading', { name: 'Tiêu chí 1.2' }).waitFor();
  });
});

/** Every control of the item editor is focused in turn; none may sit under a sticky bar. */
async function hiddenUnderBars(page: Page): Promise<string[]> {
  const ids = await page
    .locator('form.editor input, form.editor select, form.editor textarea')
    .evaluateAll((els) => els.map((e) => e.id));
  const hidden: string[] = [];
  for (const id of ids) {
    await page.locator(`#${id}`).focus();
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    const covered = await page.evaluate((fid) => {
      const el = document.getElementById(fid) as HTMLElement;
      const box = el.getBoundingClientRect();
      const isSticky = (b: Element | null) => !!b && getComputedStyle(b).position === 'sticky';
      const top = document.getElementById('sticky');
      const footer = el.closest('form')?.querySelector('.footer') ?? null;
      const upper = isSticky(top) ? (top as HTMLElement).getBoundingClientRect().bottom : 0;
      const lower = isSticky(footer)
        ? (footer as HTMLElement).getBoundingClientRect().top
        : window.innerHeight;
      // The first line where typing shows must be in view, clear of both bars.
      const firstLine = Math.min(box.bottom, box.top + 24);
      return box.top < upper - 0.5 || firstLine > lower + 0.5;
    }, id);
    if (covered) hidden.push(id);
  }
  return hidden;
}

describe('the sticky bars', () => {
  it.each([
    ['300 × 560', { width: 300, height: 560 }],
    ['200% zoom (150 × 280 CSS px)', { width: 150, height: 280 }],
  ])('at %s no focused field of the item editor is hidden under them', async (label, viewport) => {
    const sb = await start();
    const page = await openSidebar(browser, sb.url, viewport);
    await openItem(page, '1.2', 'CT-0002');
    await expect(hiddenUnderBars(page)).resolves.toEqual([]);
    // Backwards too (Shift+Tab from the last field scrolls up under the header).
    await page.locator('#f-notes').focus();
    for (let i = 0; i < 40; i++) await page.keyboard.press('Shift+Tab');
    await expect(hiddenUnderBars(page)).resolves.toEqual([]);
    if (viewport.width === 300)
      await page.screenshot({ path: artifactPath(`sidebar-focus-${label.slice(0, 3)}.png`) });
  });
});

describe('failures', () => {
  it('a Google failure is told in Vietnamese, never as raw “Exception: …” text; the form keeps what is typed', async () => {
    const sb = await start();
    const page = await openSidebar(browser, sb.url);
    await openItem(page, '1.2', 'CT-0002');
    const raw = [
      'Exception: Service Spreadsheets timed out while accessing document with id 1AbC.',
      'Exception: You do not have permission to call SpreadsheetApp.openById.',
      'Exception: Something unexpected happened (code 500).',
    ];
    let next = 0;
    await page.route('**/api/run/sidebarSaveItem', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ error: raw[next++] }),
      }),
    );
    const expected = [/phản hồi quá chậm/, /chưa có quyền chỉnh sửa/, /báo lỗi nên chưa làm xong/];
    await page.getByLabel('Ghi chú').fill('Giữ nguyên');
    for (const want of expected) {
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      const status = page.locator('#status');
      await page.locator('#status', { hasText: want }).waitFor();
      const text = (await status.textContent()) ?? '';
      expect(text).not.toMatch(/Exception|Service|permission|unexpected/);
      await page.evaluate(() => {
        (document.getElementById('status') as HTMLElement).textContent = '';
      });
    }
    await expect(page.getByLabel('Ghi chú').inputValue()).resolves.toBe('Giữ nguyên');
  });
});

describe('banners', () => {
  it('“còn 2 lỗi” counts down as the fields are fixed and goes with the last error', async () => {
    const sb = await start();
    const page = await openSidebar(browser, sb.url);
    await openItem(page, '1.2', 'CT-0002');
    await page.getByLabel('Dự kiến kinh phí').fill('năm triệu');
    await page.getByLabel('Hạn hoàn thành').fill('31/02/2026');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const status = page.locator('#status');
    await expect(status.textContent()).resolves.toMatch(/còn 2 lỗi/);
    await page.getByLabel('Hạn hoàn thành').fill('28/02/2026');
    await expect(status.textContent()).resolves.toMatch(/còn 1 lỗi/);
    await page.getByLabel('Dự kiến kinh phí').fill('5 triệu');
    await expect(status.isHidden()).resolves.toBe(true);
    await expect(page.locator('#e-budget').textContent()).resolves.toBe('');
  });

  it('in the person editor too: the error line and its mark go once the e-mail is fixed', async () => {
    const sb = await start();
    const page = await openSidebar(browser, sb.url);
    await page.getByRole('button', { name: 'Nhân sự', exact: true }).click();
    await page.getByRole('button', { name: '+ Thêm người' }).click();
    await page.getByLabel('Họ và tên').fill('Lê Thị Hoa');
    await page.getByLabel('Email').fill('hoa@');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const status = page.locator('#status');
    await expect(status.textContent()).resolves.toMatch(/còn 1 lỗi/);
    await page.getByLabel('Email').fill('hoa@truong.edu.vn');
    await expect(status.isHidden()).resolves.toBe(true);
    await expect(page.getByLabel('Email').getAttribute('aria-invalid')).resolves.toBe('false');
  });
});
