/**
 * User text never becomes markup: one workbook with HTML typed into EVERY user-editable cell
 * (each column of `Kế hoạch` and `Nhân sự`, each `Thông tin chung` value, the reminder log),
 * driven through every place that text reaches HTML — the sidebar (build/Sidebar.html against
 * the bundle, in Chromium), the check report, the export dialog, the weekly e-mail (HTML body
 * and subject) and the export preview (the standard layout and the school's own template Doc).
 * Each HTML page is rendered in Chromium: no element or attribute comes from the text, nothing
 * runs, and the text reads literally.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { createFakes, type FakeEnvironment } from '../fakes';
import type { Grid } from '../fixtures/samples';
import { MONDAY, WEEK, vnDate } from '../fixtures/reminders';
import { launchChromium } from '../helpers/browser';
import { loadBundle } from '../helpers/load-bundle';
import { sheetValuesOf } from '../fixtures/sample-sheets';
import { makeTemplate } from '../helpers/doc-template';
import { previewPage, templateReader, withDocTemplate } from '../../tools/sandbox/preview-page';
import { startSandbox, type Sandbox, type Seed } from '../../tools/sandbox/server';
import { INFO_ROWS, LOG_COLUMNS, PLAN_COLUMNS, ROSTER_COLUMNS } from '../../src/core/plan/contract';

/** Markup a colleague could type in cell `k`: an element, an attribute break-out, a script. */
const hostile = (k: string): string =>
  `${k} <img src=x data-xss="${k}" onerror=alert(1)> "'><b data-xss="${k}">b</b> ` +
  `</script><script>alert('${k}')</script>`;

/** The unescaped forms an HTML string must never hold (user markup only: no page has <img>). */
const RAW = [/<img\b/i, /<b data-xss/i, /<\/script><script>alert/i];

const PLAN = 'Kế hoạch';
const ROSTER = 'Nhân sự';
const INFO = 'Thông tin chung';
const LOG = 'Nhật ký nhắc hạn';
const PERSON = hostile('name');

/**
 * Row 2: an item the digest sends (its lead resolves to PERSON through `PHT`, due this week),
 * every free-text cell hostile. Row 3: every cell hostile, including those the add-on parses
 * (code, level, dates, amount, status), so that their error messages carry the text.
 */
function workbook(): Record<string, Grid> {
  const free = (key: string, r: number): unknown => {
    if (r === 2) {
      const sent: Record<string, unknown> = {
        id: 'CT-0001',
        criterion: '1.1',
        selfAssessment: 'Chưa đạt',
        lead: 'PHT',
        partners: `PHT, ${hostile('partners')}`,
        period: '11/2026',
        start: '',
        deadline: vnDate(2026, 12, 4),
        budget: `5 triệu ${hostile('budget')}`,
        status: 'Đang thực hiện',
      };
      if (key in sent) return sent[key];
    }
    return hostile(key);
  };
  const plan: Grid = [
    PLAN_COLUMNS.map((c) => c.header),
    ...[2, 3].map((r) => PLAN_COLUMNS.map((c) => free(c.key, r)) as Grid[number]),
  ];
  const roster: Grid = [
    ROSTER_COLUMNS.map((c) => c.header),
    [PERSON, hostile('position'), 'PHT', 'pht@truong.edu.vn', 'Có'],
    ROSTER_COLUMNS.map((c) => hostile(`roster-${c.key}`)),
  ];
  // The level, year and reminder settings stay readable so the digest is sent, and the
  // template choice so the export runs (an unknown one is refused before anything is written,
  // tested in test/server/export-reexport.test.ts); every other value is hostile (the
  // unreadable ones are then quoted by the check).
  const kept: Record<string, string> = {
    schoolLevel: 'Trung học cơ sở',
    schoolYear: '2026-2027',
    reminderDay: '',
    reminderHour: '',
    reminderLeadDays: '',
    docTemplate: '',
  };
  const info: Grid = [
    ['Mục', 'Giá trị'],
    ...INFO_ROWS.map((r) => [r.label, kept[r.key] ?? hostile(`info-${r.key}`)]),
  ];
  const log: Grid = [
    LOG_COLUMNS.map((c) => c.header),
    LOG_COLUMNS.map((c) =>
      c.key === 'week' ? WEEK : c.key === 'result' ? 'Lỗi' : hostile(`log-${c.key}`),
    ),
  ];
  return { [INFO]: info, [PLAN]: plan, [ROSTER]: roster, [LOG]: log };
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function expectNoRawMarkup(where: string, html: string): void {
  for (const raw of RAW) expect({ where, raw: raw.test(html) }).toEqual({ where, raw: false });
}

/** Renders `html` in Chromium: no element from user text, no alert, and the text it shows. */
async function rendered(where: string, html: string): Promise<string> {
  const page = await browser.newPage();
  const alerts: string[] = [];
  page.on('dialog', (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await injectedFree(where, page, alerts);
  } finally {
    await page.close();
  }
}

async function injectedFree(where: string, page: Page, alerts: string[]): Promise<string> {
  const found = await page.evaluate(() => ({
    elements: document.querySelectorAll('img, [data-xss], [onerror]').length,
    scripts: [...document.scripts].filter((s) => /alert\(/.test(s.text)).length,
  }));
  expect({ where, ...found, alerts }).toEqual({ where, elements: 0, scripts: 0, alerts: [] });
  // textContent, not innerText: CSS capitals (text-transform) are styling, not the text.
  return page.evaluate(() => document.body.textContent ?? '');
}

const plainText = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Each key's text reads in `text`: whole, or its opening where a message clips the quote. */
function expectShown(where: string, text: string, keys: string[], clipped = false): void {
  const shown = plainText(text);
  const expected = (k: string) => (clipped ? `${k} <img src=x` : plainText(hostile(k)));
  const missing = keys.filter((k) => !shown.includes(expected(k)));
  expect({ where, missing }).toEqual({ where, missing: [] });
}

function bundleRun(): { fakes: FakeEnvironment; app: ReturnType<typeof loadBundle> } {
  const fakes = createFakes({ spreadsheet: { sheets: workbook() }, now: MONDAY, ui: true });
  return { fakes, app: loadBundle(fakes) };
}

describe('user text reaches HTML only as text', () => {
  let sandbox: Sandbox | null = null;
  afterAll(async () => {
    await sandbox?.close();
  });

  it('in the sidebar, the check report, the export dialog, the weekly e-mail and the preview', async () => {
    // The check report dialog: every finding quotes its cell, the log's failed send included.
    {
      const { fakes, app } = bundleRun();
      app.call('checkPlan');
      const html = fakes.state.ui.dialogs.at(-1)?.html ?? '';
      expectNoRawMarkup('check report', html);
      const text = await rendered('check report', html);
      expectShown(
        'check report',
        text,
        [
          'criterion',
          'selfAssessment',
          'start',
          'deadline',
          'status',
          'lead',
          'partners',
          'roster-email',
          'log-person',
          'log-detail',
        ],
        true,
      );
    }

    // The export dialog (the Doc's name is made of plan info) and the preview page.
    {
      const { fakes, app } = bundleRun();
      app.call('exportPlanToDoc');
      const html = fakes.state.ui.dialogs.at(-1)?.html ?? '';
      expectNoRawMarkup('export dialog', html);
      expect(html).toContain('&lt;img');
      await rendered('export dialog', html);
      const preview = previewPage(sheetValuesOf({ sheets: workbook() } as never), '2026-11-30');
      expectNoRawMarkup('preview', preview);
      // (The governing body is shown in capitals, as the decree sets it: not compared.)
      const text = await rendered('preview', preview);
      expectShown('preview', text, [
        'info-schoolName',
        'info-place',
        'info-signer',
        'weakness',
        'target',
        'actions',
        'support',
        'evidence',
      ]);

      // The preview in the school's own template (test/helpers/doc-template.ts): its
      // placeholders filled with the same text, the item row repeated per item.
      const docs = createFakes({ ui: false });
      const sheets = withDocTemplate(
        sheetValuesOf({ sheets: workbook() } as never),
        makeTemplate(docs),
      );
      const own = previewPage(sheets, '2026-11-30', templateReader(docs));
      expect(own).toContain('data-role="template-items"');
      expectNoRawMarkup('template preview', own);
      expectShown('template preview', await rendered('template preview', own), [
        'info-schoolName',
        'info-docNumber',
        'info-signer',
        'actions',
        'lead',
      ]);
    }

    // The weekly e-mail: HTML body and (plain-text) subject.
    {
      const { fakes, app } = bundleRun();
      app.call('sendWeeklyReminders');
      const mail = fakes.state.mail.sent.find((m) => m.to === 'pht@truong.edu.vn');
      if (!mail?.htmlBody) throw new Error('no digest was sent');
      expectNoRawMarkup('e-mail body', mail.htmlBody);
      const text = await rendered('e-mail body', mail.htmlBody);
      expectShown('e-mail body', text, ['info-schoolName', 'name', 'actions']);
      // A subject is text: the school name as typed (clipped), never HTML-escaped.
      expect(mail.subject).toContain(hostile('info-schoolName').slice(0, 20));
      expect(mail.subject).not.toMatch(/&lt;|&gt;|&quot;|&#39;|&amp;/);
    }

    // The sidebar in Chromium: the real build/Sidebar.html against the bundle.
    sandbox = await startSandbox({ seed: workbook() as Seed });
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    const alerts: string[] = [];
    page.on('dialog', (d) => {
      alerts.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${sandbox.url}/sidebar`);
    await page.waitForSelector('html[data-ready="1"]');
    await page.locator('[data-code="1.1"]').click();
    const card = page.locator('[data-item="CT-0001"]');
    await expect(card.locator('.title').textContent()).resolves.toBe(hostile('actions'));
    await card.click();
    for (const [label, key] of [
      ['Điểm yếu', 'weakness'],
      ['Biện pháp thực hiện', 'actions'],
      ['Ghi chú', 'notes'],
    ] as const)
      await expect(page.getByLabel(label).inputValue()).resolves.toBe(hostile(key));
    // A delete over a row changed since is refused and the other's changes are taken into the
    // form; the second delete goes through and the status line quotes the item's own text.
    const updated = PLAN_COLUMNS.findIndex((c) => c.key === 'updated');
    sandbox
      .fakes()
      .state.sheet(PLAN)
      .setValues([[hostile('updated-now')]], `${String.fromCharCode(65 + updated)}2`);
    const status = page.locator('#status');
    const confirmDelete = async (): Promise<void> => {
      await page.locator('button.danger:visible', { hasText: 'Xóa' }).first().click();
      await page.locator('.confirm').getByRole('button', { name: 'Xóa', exact: true }).click();
    };
    await confirmDelete();
    await status.filter({ hasText: 'người kia' }).waitFor();
    await confirmDelete();
    await status.filter({ hasText: 'Đã xóa biện pháp' }).waitFor();
    await expect(status.textContent()).resolves.toContain('actions <img src=x');
    await expect(status.locator('*').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Nhân sự', exact: true }).click();
    await page.locator('.card .title', { hasText: 'name <img' }).first().waitFor();
    const sidebarText = await injectedFree('sidebar', page, alerts);
    expectShown('sidebar', sidebarText, ['name', 'roster-name']);
    await page.close();
  });
});
