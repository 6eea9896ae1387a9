/**
 * The sidebar's figures (npm run bench): for plans of 30 and 300 items, the load and a save —
 * server round trips, Spreadsheet data calls and all calls (see calls.ts), payload bytes —
 * then the size of build/Sidebar.html and the time to first render in headless Chromium
 * (the page served by the sandbox, its load answered by the built bundle in the fakes).
 * Needs build/ (bench.ts builds first).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { ItemSaveResult, VersionCheckResult } from '../../src/core/sidebar/protocol';
import type { SidebarData } from '../../src/server/sidebar';
import { ITEM_INPUT_FIELDS, type ItemInput } from '../../src/core/plan/item';
import { createFakes } from '../fakes';
import { generatePlan } from '../fixtures/generate';
import { launchChromium } from '../helpers/browser';
import { loadBundle } from '../helpers/load-bundle';
import { startSandbox, type Seed } from '../../tools/sandbox/server';
import { dataCalls } from './calls';

const SIZES = [30, 300];
const KB = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const bytes = (v: unknown): number => Buffer.byteLength(JSON.stringify(v) ?? '');

function inputOf(fields: readonly string[], changes: Partial<ItemInput>): ItemInput {
  const input = {} as ItemInput;
  ITEM_INPUT_FIELDS.forEach((f, i) => {
    input[f] = fields[i] ?? '';
  });
  return { ...input, ...changes };
}

/** The worst case: the school's own `Danh mục tiêu chí` sheet is read too. */
function planWithCatalogSheet(n: number) {
  const { sheets } = generatePlan(n);
  sheets['Danh mục tiêu chí'] = [
    ['Bộ tiêu chuẩn', 'Tiêu chuẩn', 'Tên tiêu chuẩn', 'Tiêu chí', 'Tên tiêu chí'],
    ['TT17/2018', '3', '', '3.1', 'Khuôn viên, sân chơi, bãi tập'],
  ];
  return sheets;
}

function callsAndData(n: number): string[] {
  const lines: string[] = [];
  {
    const n0 = n;
    const fakes = createFakes({ spreadsheet: { sheets: planWithCatalogSheet(n0) }, ui: false });
    const app = loadBundle(fakes);
    const measure = (run: () => unknown) => {
      fakes.calls.reset();
      const t0 = performance.now();
      const result = run();
      const ms = performance.now() - t0;
      return {
        result,
        ms,
        data: dataCalls(fakes.calls.byMethod()),
        all: fakes.calls.family('Spreadsheet'),
      };
    };
    const load = measure(() => app.callJson<SidebarData>('sidebarLoad'));
    const data = load.result as SidebarData;
    const item = data.items[Math.floor(data.items.length / 2)];
    if (!item) throw new Error('bench: no item to edit');
    // As the page sends it: the item as loaded is the base of the field-by-field merge.
    const edit = {
      ...item,
      base: inputOf(item.fields, {}),
      input: inputOf(item.fields, { weakness: 'Đã rà soát lại điểm yếu' }),
    };
    const saveEdit = measure(() => app.callJson<ItemSaveResult>('sidebarSaveItem', edit));
    const add = {
      id: '',
      row: 0,
      version: '',
      input: inputOf([], {
        criterion: '1.1',
        actions: 'Rà soát, bổ sung hồ sơ',
        lead: 'PHT',
        period: '9/2025 – 5/2026',
      }),
    };
    const saveNew = measure(() => app.callJson<ItemSaveResult>('sidebarSaveItem', add));
    const versions = {
      planVersion: data.planVersion,
      items: Object.fromEntries(data.items.map((i) => [i.id, i.version])),
      leadDays: data.leadDays,
    };
    const refresh = measure(() =>
      app.callJson<VersionCheckResult>('sidebarCheckVersions', versions),
    );
    const changed = (refresh.result as VersionCheckResult).changed.length;
    const ok = (v: number, max: number) => (v <= max ? 'ok' : 'OVER TARGET');
    lines.push(
      `  ${String(n0).padStart(3)} items  load: 1 round trip, ${load.data} data calls (${load.all} in all), ` +
        `${KB(bytes(data))} payload, ${load.ms.toFixed(0)} ms in the fakes — ` +
        `${ok(load.data, 5)}${bytes(data) <= 200 * 1024 ? '' : ', payload OVER TARGET'}`,
      `             edit: 1 round trip, ${saveEdit.data} data calls (${saveEdit.all} in all), ` +
        `${KB(bytes(edit))} sent / ${KB(bytes(saveEdit.result))} back — ${ok(saveEdit.data, 4)}`,
      `             add:  1 round trip, ${saveNew.data} data calls (${saveNew.all} in all), ` +
        `${KB(bytes(add))} sent / ${KB(bytes(saveNew.result))} back — ${ok(saveNew.data, 4)}`,
      `             refresh check (after the two saves): ${refresh.data} data calls, ${changed} items back, ` +
        `${KB(bytes(versions))} sent / ${KB(bytes(refresh.result))} back — ${ok(refresh.data, 2)}`,
    );
  }
  return lines;
}

async function firstRender(): Promise<string[]> {
  const browser = await launchChromium();
  const lines: string[] = [];
  try {
    for (const n of SIZES) {
      const sandbox = await startSandbox({ seed: generatePlan(n).sheets as Seed });
      try {
        const times: number[] = [];
        for (let i = 0; i < 6; i++) {
          const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
          await page.goto(`${sandbox.url}/sidebar`);
          await page.waitForSelector('html[data-ready="1"]');
          const ms = await page.evaluate(
            () => performance.getEntriesByName('ctcl-first-render')[0]?.startTime ?? NaN,
          );
          await page.close();
          if (i > 0) times.push(ms); // the first visit warms the browser
        }
        times.sort((a, b) => a - b);
        const median = times[Math.floor(times.length / 2)] ?? NaN;
        lines.push(
          `  ${String(n).padStart(3)} items: first render ${median.toFixed(0)} ms (median of ${times.length}, ` +
            `navigation → list drawn, load round trip included) — ${median <= 300 ? 'ok' : 'OVER TARGET'}`,
        );
      } finally {
        await sandbox.close();
      }
    }
  } finally {
    await browser.close();
  }
  return lines;
}

export async function benchSidebar(): Promise<string> {
  const html = statSync(path.resolve(__dirname, '../../build/Sidebar.html')).size;
  const lines = [
    'sidebar (targets: load 1 round trip, ≤ 5 data calls, payload ≤ 200 KB at 300 items; save ≤ 4 data calls;',
    '         refresh check ≤ 2 data calls;',
    '         plans with a `Danh mục tiêu chí` sheet, the worst case: one read more per call)',
    ...SIZES.flatMap(callsAndData),
    `  build/Sidebar.html ${KB(html)} (target ≤ 100 KB) — ${html <= 100 * 1024 ? 'ok' : 'OVER TARGET'}`,
    ...(await firstRender()),
  ];
  return lines.join('\n');
}
