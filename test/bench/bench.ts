/**
 * npm run bench: Apps Script service calls and time, measured in the strict fakes on the
 * built bundle, for plans of 30 and 300 items; and the bundle sizes. Calls are the figure
 * that matters on Google (each one is a round trip); times here are only the fakes' CPU.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import vm from 'node:vm';
import path from 'node:path';
import { buildAll } from '../../esbuild.config.mjs';
import { createFakes } from '../fakes';
import { loadBundle } from '../helpers/load-bundle';
import { generatePlan } from '../fixtures/generate';
import { dataCalls } from './calls';
import { benchExport } from './export.bench';
import { benchImport } from './import.bench';
import { benchReminders } from './reminders.bench';
import { benchSidebar } from './sidebar.bench';
import { misses, SERVER_BUNDLE_KB, tally, target, timing } from './targets';

const SIZES = [30, 300];

function benchCheck(): string[] {
  const lines = ['checkPlan (Spreadsheet data calls flat in items)'];
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
    lines.push(
      `  ${String(n).padStart(3)} items: ${result.errors.length} errors / ${result.warnings.length} warnings, ` +
        `${all} calls in all, ${timing('in the fakes', ms)}`,
      `    ${target(`${n} items: data calls`, data, 6)}`,
    );
  }
  return lines;
}

function bundleSizes(): string[] {
  const dir = path.resolve(__dirname, '../../build');
  const files = readdirSync(dir).map((f) => [f, statSync(path.join(dir, f)).size] as const);
  const code = files.find(([f]) => f === 'Code.js')?.[1] ?? 0;
  // What every execution pays for the bundle: V8 compiles the script and runs its top level
  // (a fresh source each time, so no compilation cache); the median of 21.
  const source = readFileSync(path.join(dir, 'Code.js'), 'utf8');
  const runs = Array.from({ length: 21 }, (_, i) => {
    const t0 = performance.now();
    new vm.Script(`${source}\n//${i}`).runInContext(vm.createContext({}));
    return performance.now() - t0;
  }).sort((a, b) => a - b);
  return [
    `bundle: ${target('build/Code.js', code / 1024, SERVER_BUNDLE_KB, { unit: 'KB' })}, ` +
      timing('compiled and its top level run in V8', runs[10] ?? 0),
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
    benchImport(),
  ];
  const report = sections.join('\n\n');
  console.log(report);
  // Call counts, sizes and accuracies are deterministic: a miss fails the run, and so does a
  // target shown without being checked (targets.ts). Times vary with the load: reported only.
  const missed = misses(report);
  const { checked, timings } = tally();
  console.log(
    `\n${checked} targets checked; ${timings} times reported, not checked (machine load).`,
  );
  if (missed.length) {
    console.error(`${missed.length} target(s) missed:\n  ${missed.join('\n  ')}`);
    process.exitCode = 1;
  }
}

await main();
