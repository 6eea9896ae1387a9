/**
 * Two people on the same plan, each in their own Chromium context at once, against the
 * sandbox (the built bundle in the fakes): saves merge field by field, a true conflict is
 * resolved either way with nothing lost, rows pasted without `Mã` keep their identity, a
 * sort between load and save still finds the row, and a deletion is restored by the other.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generatePlan } from '../fixtures/generate';
import { artifactPath, launchChromium, openSidebar } from '../helpers/browser';
import { startSandbox, type Sandbox, type Seed } from '../../tools/sandbox/server';

const PLAN = 'Kế hoạch';
let browser: Browser;
let sandbox: Sandbox | null = null;
let contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  for (const c of contexts) await c.close();
  contexts = [];
  await sandbox?.close();
  sandbox = null;
});

async function start(seed: Seed = generatePlan(4).sheets as Seed): Promise<Sandbox> {
  sandbox = await startSandbox({ seed });
  return sandbox;
}

/** Two people, A and B, each with the sidebar open (separate contexts, both at once). */
async function twoPeople(sb: Sandbox): Promise<[Page, Page]> {
  contexts = [
    await browser.newContext({ viewport: { width: 300, height: 900 } }),
    await browser.newContext({ viewport: { width: 300, height: 900 } }),
  ];
  const [a, b] = await Promise.all(contexts.map((c) => openSidebar(c, sb.url)));
  return [a as Page, b as Page];
}

const rows = (sb: Sandbox) => sb.fakes().state.sheet(PLAN).displayValues();
const col = (sb: Sandbox, header: string) => (rows(sb)[0] ?? []).indexOf(header);
const rowOf = (sb: Sandbox, id: string) => rows(sb).find((r) => r[0] === id) ?? [];
const cell = (sb: Sandbox, id: string, header: string) => rowOf(sb, id)[col(sb, header)];

async function openItem(page: Page, code: string, item: string): Promise<void> {
  await page.locator(`[data-code="${code}"]`).click();
  await page.locator(`[data-item="${item}"]`).click();
  await page.getByLabel('Biện pháp thực hiện').waitFor();
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
}

describe('field-by-field merge', () => {
  it('disjoint fields: both changes land in the sheet, and B is told what was merged in', async () => {
    const sb = await start();
    const [a, b] = await twoPeople(sb);
    await openItem(a, '1.2', 'CT-0002');
    await openItem(b, '1.2', 'CT-0002');
    await a.getByLabel('Biện pháp thực hiện').fill('Họp tổ hằng tháng (cô Lan)');
    await a.getByLabel('Hạn hoàn thành').fill('30/04/2026');
    await save(a);
    await a.locator('#status', { hasText: 'Đã lưu' }).waitFor();

    await b.getByLabel('Ghi chú').fill('Thầy Minh: đã có minh chứng');
    await save(b);
    const status = b.locator('#status', { hasText: 'Đã lưu' });
    await status.waitFor();
    await expect(status.textContent()).resolves.toMatch(
      /Đã gộp thay đổi của người khác ở: .*Biện pháp thực hiện/,
    );
    expect(cell(sb, 'CT-0002', 'Biện pháp thực hiện')).toBe('Họp tổ hằng tháng (cô Lan)');
    expect(cell(sb, 'CT-0002', 'Hạn hoàn thành')).toBe('30/04/2026');
    expect(cell(sb, 'CT-0002', 'Ghi chú')).toBe('Thầy Minh: đã có minh chứng');
    // B's card shows A's text: the page follows the merged row.
    await expect(b.locator('[data-item="CT-0002"] .title').textContent()).resolves.toBe(
      'Họp tổ hằng tháng (cô Lan)',
    );
  });

  it.each([
    ['Dùng bản của tôi', 'mine'],
    ['Dùng bản kia', 'theirs'],
  ] as const)(
    'a true conflict resolved with “%s”: both texts stay visible until the save, the other fields merge',
    async (button, kept) => {
      const sb = await start();
      const [a, b] = await twoPeople(sb);
      await openItem(a, '1.2', 'CT-0002');
      await openItem(b, '1.2', 'CT-0002');
      const lan = 'Bản của cô Lan: họp tổ hằng tháng';
      const minh = 'Bản của thầy Minh: dự giờ';
      await a.getByLabel('Biện pháp thực hiện').fill(lan);
      await a.getByLabel('Ghi chú').fill('Ghi chú của cô Lan');
      await save(a);
      await a.locator('#status', { hasText: 'Đã lưu' }).waitFor();

      await b.getByLabel('Biện pháp thực hiện').fill(minh);
      await b.getByLabel('Kết quả cần đạt').fill('Kết quả thầy Minh');
      await save(b);
      const clash = b.locator('.conflict .clash[data-field="actions"]');
      await clash.waitFor();
      // Only the field both changed is a conflict; A's note came into B's form by itself.
      await expect(b.locator('.conflict .clash').count()).resolves.toBe(1);
      await expect(b.getByLabel('Ghi chú').inputValue()).resolves.toBe('Ghi chú của cô Lan');
      await expect(clash.locator('.side.theirs textarea').inputValue()).resolves.toBe(lan);
      await expect(clash.locator('.side.mine textarea').inputValue()).resolves.toBe(minh);
      await expect(b.locator('#f-actions').inputValue()).resolves.toBe(minh);
      expect(cell(sb, 'CT-0002', 'Biện pháp thực hiện')).toBe(lan);
      if (kept === 'mine')
        await b.locator('.conflict').screenshot({ path: artifactPath('sidebar-conflict.png') });

      // No choice yet: the save asks for it and writes nothing.
      const before = JSON.stringify(rowOf(sb, 'CT-0002'));
      await save(b);
      await b
        .locator('#status', { hasText: 'hãy chọn bản giữ lại cho ô Biện pháp thực hiện' })
        .waitFor();
      expect(JSON.stringify(rowOf(sb, 'CT-0002'))).toBe(before);

      await clash.getByRole('button', { name: button }).click();
      await expect(b.locator('#f-actions').inputValue()).resolves.toBe(
        kept === 'mine' ? minh : lan,
      );
      // The other text is still there, one click away.
      await expect(clash.locator('.side.theirs textarea').inputValue()).resolves.toBe(lan);
      await expect(clash.locator('.side.mine textarea').inputValue()).resolves.toBe(minh);
      await save(b);
      await b.locator('#status', { hasText: 'Đã lưu' }).waitFor();
      expect(cell(sb, 'CT-0002', 'Biện pháp thực hiện')).toBe(kept === 'mine' ? minh : lan);
      expect(cell(sb, 'CT-0002', 'Ghi chú')).toBe('Ghi chú của cô Lan');
      expect(cell(sb, 'CT-0002', 'Kết quả cần đạt')).toBe('Kết quả thầy Minh');
    },
  );

  it('rows pasted without Mã, edited by A then B: one row with both changes, never “deleted”, no duplicate', async () => {
    const seed = generatePlan(4).sheets as Seed;
    for (const r of (seed[PLAN] as unknown[][]).slice(1)) r[0] = '';
    const sb = await start(seed);
    const [a, b] = await twoPeople(sb);
    const card = (page: Page) => page.locator('.card', { hasText: '(việc 2)' });
    for (const p of [a, b]) {
      await p.locator('[data-code="1.2"]').click();
      await card(p).click();
      await p.getByLabel('Biện pháp thực hiện').waitFor();
    }
    await a.getByLabel('Ghi chú').fill('A: đã rà soát');
    await save(a);
    await a.locator('#status', { hasText: 'Đã lưu' }).waitFor();
    await b.getByLabel('Kết quả cần đạt').fill('B: đủ hồ sơ');
    await save(b);
    await b.locator('#status', { hasText: 'Đã lưu' }).waitFor();
    await expect(b.locator('.conflict').isHidden()).resolves.toBe(true);
    const matching = rows(sb).filter((r) =>
      String(r[col(sb, 'Biện pháp thực hiện')]).includes('(việc 2)'),
    );
    expect(matching).toHaveLength(1);
    const row = matching[0] ?? [];
    expect(row[col(sb, 'Ghi chú')]).toBe('A: đã rà soát');
    expect(row[col(sb, 'Kết quả cần đạt')]).toBe('B: đủ hồ sơ');
    expect(String(row[0])).toMatch(/^CT-\d{4}$/);
  });

  it('the sheet sorted between load and save: the save still finds its row', async () => {
    const sb = await start(generatePlan(6).sheets as Seed);
    const [a] = await twoPeople(sb);
    await openItem(a, '1.2', 'CT-0002');
    // Someone sorts the data rows (newest first) by hand.
    const sheet = sb.fakes().state.sheet(PLAN);
    const all = sheet.values();
    sheet.setValues(all.slice(1).reverse(), 'A2');
    await a.getByLabel('Ghi chú').fill('Sau khi sắp xếp');
    await save(a);
    await a.locator('#status', { hasText: 'Đã lưu' }).waitFor();
    expect(cell(sb, 'CT-0002', 'Ghi chú')).toBe('Sau khi sắp xếp');
    expect(rows(sb).filter((r) => r[col(sb, 'Ghi chú')] === 'Sau khi sắp xếp')).toHaveLength(1);
  });

  it('roster rows merge too: A changes the e-mail, B the position, both kept', async () => {
    const sb = await start();
    const [a, b] = await twoPeople(sb);
    for (const p of [a, b]) {
      await p.getByRole('button', { name: 'Nhân sự', exact: true }).click();
      await p.locator('.card', { hasText: 'Giáo viên Số 2' }).click();
    }
    await a.getByLabel('Email').fill('so2@truong.edu.vn');
    await save(a);
    await a.locator('#status', { hasText: 'Đã lưu' }).waitFor();
    await b.getByLabel('Chức vụ').fill('Tổ trưởng');
    await save(b);
    await b.locator('#status', { hasText: /Đã gộp thay đổi của người khác ở: Email/ }).waitFor();
    const roster = sb.fakes().state.sheet('Nhân sự').displayValues();
    const row = roster.find((r) => r[0] === 'Giáo viên Số 2') ?? [];
    expect(row[1]).toBe('Tổ trưởng');
    expect(row[3]).toBe('so2@truong.edu.vn');
  });

  it('plan info merges too: A changes the number, B the place, both kept; B told what was merged', async () => {
    const sb = await start();
    const [a, b] = await twoPeople(sb);
    for (const p of [a, b]) {
      await p.getByRole('button', { name: 'Thông tin', exact: true }).click();
      await p.getByLabel('Số văn bản').waitFor();
    }
    await a.getByLabel('Số văn bản').fill('45/KH-THQT');
    await a.getByRole('button', { name: 'Lưu thông tin', exact: true }).click();
    await a.locator('#status', { hasText: 'Đã lưu' }).waitFor();
    await b.getByLabel('Địa danh').fill('Vạn Mỹ');
    await b.getByRole('button', { name: 'Lưu thông tin', exact: true }).click();
    await b
      .locator('#status', { hasText: /Đã gộp thay đổi của người khác ở: .*Số văn bản/ })
      .waitFor();
    const info = Object.fromEntries(
      sb
        .fakes()
        .state.sheet('Thông tin chung')
        .values()
        .map((r) => [r[0], r[1]]),
    );
    expect(info['Số văn bản']).toBe('45/KH-THQT');
    expect(info['Địa danh']).toBe('Vạn Mỹ');
  });
});

describe('restore', () => {
  it('A deletes an item; B, who did not delete it, restores it with its full content', async () => {
    const sb = await start();
    const [a, b] = await twoPeople(sb);
    const original = [...rowOf(sb, 'CT-0003')];
    await openItem(a, '1.3', 'CT-0003');
    await a.getByRole('button', { name: 'Xóa', exact: true }).click();
    await a.locator('.confirm').getByRole('button', { name: 'Xóa', exact: true }).click();
    await a.locator('#status', { hasText: 'Đã xóa biện pháp CT-0003' }).waitFor();
    expect(rowOf(sb, 'CT-0003')).toEqual([]);
    // A sees the deletion listed at once.
    await expect(a.locator('[data-deleted="CT-0003"]').count()).resolves.toBe(1);

    // B's page learns of it (freshness check on focus), lists it, restores it.
    await b.evaluate(() => window.dispatchEvent(new Event('focus')));
    await b.getByRole('button', { name: 'Tải lại' }).click();
    await b.locator('.deleted summary').click();
    const entry = b.locator('[data-deleted="CT-0003"]');
    await expect(entry.textContent()).resolves.toContain('CT-0003');
    await b.screenshot({ path: artifactPath('sidebar-restore.png') });
    await entry.getByRole('button', { name: /Khôi phục/ }).click();
    await b.locator('[data-item="CT-0003"]').waitFor();
    const back = rowOf(sb, 'CT-0003');
    for (const h of ['Tiêu chí', 'Điểm yếu', 'Biện pháp thực hiện', 'Người chủ trì', 'Minh chứng'])
      expect(back[col(sb, h)]).toBe(original[col(sb, h)]);
    await expect(b.locator('[data-deleted="CT-0003"]').count()).resolves.toBe(0);
  });
});
