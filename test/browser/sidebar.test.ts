/**
 * The sidebar in Debian's Chromium, driven by playwright-core, against the sandbox server
 * (the built bundle in the fakes, fresh in-memory state per test): the first run, adding an
 * item, inline errors without a server call, HTML typed as text, the keyboard (two editors:
 * sidebar-merge.test.ts); screenshots in artifacts/.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generatePlan, PLAN_HEADER } from '../fixtures/generate';
import { artifactPath, launchChromium } from '../helpers/browser';
import { startSandbox, type Sandbox, type Seed } from '../../tools/sandbox/server';

const PLAN = 'Kế hoạch';
const XSS = '<img src=x onerror=alert(1)>';

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

async function start(seed?: Seed): Promise<Sandbox> {
  sandbox = await startSandbox(seed ? { seed } : {});
  return sandbox;
}

/** A page on the sidebar, 300 px wide like Google's; dialogs (alert…) are recorded. */
async function open(
  sb: Sandbox,
  context?: BrowserContext,
): Promise<{ page: Page; dialogs: string[] }> {
  const page = context
    ? await context.newPage()
    : await browser.newPage({ viewport: { width: 300, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${sb.url}/sidebar`);
  await page.waitForSelector('html[data-ready="1"]');
  return { page, dialogs };
}

const planRows = (sb: Sandbox) => sb.fakes().state.sheet(PLAN).displayValues();
const headerIndex = (sb: Sandbox, header: string) => (planRows(sb)[0] ?? []).indexOf(header);

describe('the sidebar in Chromium', () => {
  it('first run: asks for the plan info, then creates the sheets and lists the criteria', async () => {
    const sb = await start({ Sheet1: [] });
    const { page } = await open(sb);
    await expect(page.getByRole('heading', { name: 'Bắt đầu kế hoạch' }).isVisible()).resolves.toBe(
      true,
    );
    await page.getByLabel('Tên trường').fill('Trường Tiểu học Quang Trung');
    await page.getByLabel('Cơ quan chủ quản').fill('UBND XÃ QUANG TRUNG');
    await page.getByLabel('Cấp học').selectOption('Tiểu học');
    await page.getByLabel('Năm học').fill('2025-2026');
    await page.getByLabel('Số văn bản').fill('32/KH-THQT');
    await page.getByLabel('Địa danh').fill('Quang Trung');
    await page.getByLabel('Người ký', { exact: true }).fill('Trần Văn Bình');
    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    await page.getByRole('heading', { name: 'Tiêu chí – TT17/2018' }).waitFor();
    const info = Object.fromEntries(
      sb
        .fakes()
        .state.sheet('Thông tin chung')
        .values()
        .map((r) => [r[0], r[1]]),
    );
    expect(info).toMatchObject({
      'Tên trường': 'Trường Tiểu học Quang Trung',
      'Cấp học': 'Tiểu học',
      'Bộ tiêu chuẩn': 'TT17/2018',
      'Năm học': '2025-2026',
      'Người ký': 'Trần Văn Bình',
    });
    expect(sb.fakes().state.spreadsheet.sheetNames()).toEqual(
      expect.arrayContaining([PLAN, 'Nhân sự']),
    );
    expect(await page.locator('button.crit').count()).toBe(27 + 5);
    await page.screenshot({ path: artifactPath('sidebar-first-run.png') });
  });

  it('adds an item for 1.1 with period 9/2025 – 5/2026: the row gets the deadline 31/05/2026', async () => {
    const sb = await start(generatePlan(6).sheets as Seed);
    const { page } = await open(sb);
    await page.screenshot({ path: artifactPath('sidebar.png') });
    await page.locator('[data-code="1.1"]').click();
    await page.getByRole('button', { name: '+ Thêm biện pháp' }).click();
    await page.getByLabel('Biện pháp thực hiện').fill('Rà soát, bổ sung hồ sơ quản lý');
    await page.getByLabel('Người chủ trì').fill('PHT');
    await page.getByLabel('Thời gian thực hiện').fill('9/2025 – 5/2026');
    await page.getByLabel('Dự kiến kinh phí').fill('5 triệu');
    // Parsed live, before any server call.
    await expect(page.locator('#l-period').textContent()).resolves.toContain('31/05/2026');
    await expect(page.locator('#l-budget').textContent()).resolves.toContain('5.000.000 đ');
    await page.screenshot({ path: artifactPath('sidebar-item.png'), fullPage: true });
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    // Placed after the last row of 1.1 (row 2), not at the bottom.
    await page.locator('#status', { hasText: 'Đã lưu vào dòng 3' }).waitFor();
    const row = planRows(sb)[2] ?? [];
    expect(row[headerIndex(sb, 'Mã')]).toBe('CT-0007');
    expect(row[headerIndex(sb, 'Tiêu chí')]).toBe('1.1');
    expect(row[headerIndex(sb, 'Hạn hoàn thành')]).toBe('31/05/2026');
    // The budget is written as a number (shown with the sheet's number format).
    const stored = sb.fakes().state.sheet(PLAN).values()[2] ?? [];
    expect(stored[headerIndex(sb, 'Dự kiến kinh phí')]).toBe(5000000);
    // Back on the criterion, the new item is listed.
    await expect(page.locator('[data-item="CT-0007"]').textContent()).resolves.toContain(
      'Rà soát, bổ sung hồ sơ quản lý',
    );
  });

  it('shows an invalid field’s message inline, in Vietnamese, and makes no server call', async () => {
    const sb = await start(generatePlan(3).sheets as Seed);
    const { page } = await open(sb);
    await page.locator('[data-code="1.2"]').click();
    await page.getByRole('button', { name: '+ Thêm biện pháp' }).click();
    await page.getByLabel('Biện pháp thực hiện').fill('Tổ chức chuyên đề');
    await page.getByLabel('Người chủ trì').fill('TTCM');
    await page.getByLabel('Dự kiến kinh phí').fill('năm triệu');
    await page.getByLabel('Hạn hoàn thành').fill('31/02/2026');
    const before = sb.calls.length;
    const snapshot = sb.fakes().state.spreadsheet.snapshot();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.locator('#e-budget').textContent()).resolves.toMatch(
      /^Không đọc được số tiền từ “năm triệu”/,
    );
    await expect(page.locator('#e-deadline').textContent()).resolves.toMatch(
      /Ngày “31\/02\/2026” không tồn tại/,
    );
    await expect(page.getByLabel('Dự kiến kinh phí').getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    await expect(page.locator('#status').textContent()).resolves.toMatch(/còn 2 lỗi/);
    // Focus goes to the first wrong field.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('f-deadline');
    await page.waitForTimeout(300);
    expect(sb.calls.length).toBe(before);
    expect(sb.fakes().state.spreadsheet.snapshot()).toEqual(snapshot);
    await page.screenshot({ path: artifactPath('sidebar-invalid.png') });
  });

  it('shows HTML typed in any field as text: nothing is injected, nothing runs', async () => {
    const sheets = generatePlan(2).sheets as Seed;
    const blank = PLAN_HEADER.map(() => '');
    const row = [...blank];
    row[0] = 'CT-0003';
    row[1] = '1.3';
    row[3] = XSS;
    row[5] = `<b>đậm</b> ${XSS}`;
    row[6] = '<script>alert(2)</script>';
    (sheets[PLAN] as unknown[][]).push(row);
    (sheets['Nhân sự'] as unknown[][]).push([XSS, '<i>GV</i>', 'GV', 'x@truong.edu.vn', 'Có']);
    const sb = await start(sheets);
    const { page, dialogs } = await open(sb);
    const scripts = await page.locator('script').count();
    await page.locator('[data-code="1.3"]').click();
    const card = page.locator('[data-item="CT-0003"]');
    await expect(card.locator('.title').textContent()).resolves.toBe(`<b>đậm</b> ${XSS}`);
    await card.click();
    await expect(page.getByLabel('Điểm yếu').inputValue()).resolves.toBe(XSS);
    await page.getByLabel('Ghi chú').fill(XSS);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.locator('#status', { hasText: 'Đã lưu' }).waitFor();
    await page.getByRole('button', { name: 'Nhân sự', exact: true }).click();
    await expect(page.locator('.card .title', { hasText: XSS }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: /^Kiểm tra/ }).click();
    await page.waitForTimeout(500);
    // Only the page's own scripts: the sandbox bridge and the sidebar bundle.
    expect(await page.locator('script').count()).toBe(scripts);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('b, i').count()).toBe(0);
    expect(dialogs).toEqual([]);
    const stored = planRows(sb)[3] ?? [];
    expect(stored[headerIndex(sb, 'Ghi chú')]).toBe(XSS);
  });

  it('works from the keyboard: Tab to a criterion, Enter opens it, Escape goes back; focus is visible', async () => {
    const sb = await start(generatePlan(3).sheets as Seed);
    const { page } = await open(sb);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          code: el?.dataset.code ?? null,
          tag: el?.tagName ?? '',
          outline: el ? getComputedStyle(el).outlineStyle : '',
        };
      });
    let guard = 0;
    while ((await focused()).code !== '1.1' && guard++ < 30) await page.keyboard.press('Tab');
    const onCriterion = await focused();
    expect(onCriterion.code).toBe('1.1');
    expect(onCriterion.outline).toBe('solid');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Tiêu chí 1.1' }).waitFor();
    await page.getByRole('button', { name: /Tiêu chí sau/ }).press('Enter');
    await page.getByRole('heading', { name: 'Tiêu chí 1.2' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('button.crit').first().waitFor();
    await expect(focused()).resolves.toMatchObject({ code: '1.2' });
  });
});
