/**
 * npm run bench: Apps Script service calls and time, measured in the strict fakes on the
 * built bundle, for plans of 30 and 300 items; and the bundle sizes. Calls are the figure
 * that matters on Google (each one is a round trip); times here are only the fakes' CPU.
 */
// @ts-nocheck

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildAll } from '../../esbuild.config.mjs';
import { createFakes } from '../fakes';
import { loadBundle } from '../helpers/load-bundle';
import { generatePlan } from '../fixtures/generate';
import { dataCalls } from './calls';
import { benchExport } from './export.bench';
import { benchReminders } from './reminders.bench';
import { benchSidebar } from './sidebar.bench';

const SIZES = [30, 300];

function benchCheck(): string[] {
  const lines = ['checkPlan (target: Spreadsheet data calls flat in items, ≤ 6)'];
  for (const n of SIZES) {
    const plan = generatePlan(n);
    const fakes = createFakes({ spreadsheet: { sheets: plan.sheets }, ui: false });
    const app = loadBundle(fakes);
    fakes.calls.reset();
    const t0 = performance.now();
    const result = app.callJson<{ errors: unknown[]; warnings: unknown[] }>('checkPlan');
    const ms = performance.now() - t0;
    const all = fakes.calls.family('Spreadsheet');
    const data = dataCalls(fakes.calls.byMethod());
    const verdict = data <= 6 ? 'ok' : 'OVER TARGET';
    lines.push(
      `  ${String(n).padStart(3)} items: ${data} data calls (${all} calls in all), ${ms.toFixed(0)} ms in the fakes, ` +
        `${result.errors.length} errors / ${result.warnings.length} warnings — ${verdict}`,
    );
  }
  return lines;
}

function bundleSizes(): string[] {
  const dir = path.resolve(__dirname, '../../build');
  const files = readdirSync(dir).map((f) => [f, statSync(path.join(dir, f)).size] as const);
  const code = files.find(([f]) => f === 'Code.js')?.[1] ?? 0;
  return [
    `bundle: build/Code.js ${(code / 1024).toFixed(1)} KB (target ≤ 150 KB) — ${code <= 150 * 1024 ? 'ok' : 'OVER TARGET'}`,
    ...files
      .filter(([f]) => f.endsWith('.html'))
      .map(([f, size]) => `        build/${f} ${(size / 1024).toFixed(1)} KB`),
  ];
}

async function main(): Promise<void> {
  await buildAll();
  const sections = [
    bundleSizes().join('\n'),
    benchCheck().join('\n'),
    await benchSidebar(),
    await benchExport(),
    await benchReminders(),
  ];
  const report = sections.join('\n\n');
  console.log(report);
  // Call counts and sizes are deterministic: a miss fails the run. Times (first render) vary
  // with the machine's load and are only reported.
  const misses = report
    .split('\n')
    .filter((l) => /OVER TARGET|MISMATCH/.test(l) && !/first render/.test(l));
  if (misses.length) {
    console.error(`\n${misses.length} target(s) missed.`);
    process.exitCode = 1;
  }
}

await main();
