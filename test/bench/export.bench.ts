/**
 * exportPlanToDoc on the built bundle, in the fakes, for plans of 30 and 300 items: DocumentApp
 * calls (each one a round trip on Google; target ≤ 40 + 6 × items), time in the fakes, and the
 * re-export of the same plan into the same document.
 */
import { createFakes } from '../fakes';
import { generatePlan } from '../fixtures/generate';
import { loadBundle } from '../helpers/load-bundle';
import { same, target, timing } from './targets';

/** Assumed cost of one DocumentApp call on Google (ms), for the estimate printed. */
const MS_PER_CALL = 150;

export async function benchExport(): Promise<string> {
  const lines = [
    `exportPlanToDoc (DocumentApp calls; estimate on Google at ~${MS_PER_CALL} ms per call)`,
  ];
  for (const items of [30, 300]) {
    const { sheets } = generatePlan(items);
    const fakes = createFakes({ spreadsheet: { sheets }, ui: false });
    const app = loadBundle(fakes);
    const runs: string[] = [];
    for (const label of ['new', 're-export']) {
      fakes.calls.reset();
      const t0 = performance.now();
      app.callJson('exportPlanToDoc');
      const ms = performance.now() - t0;
      const calls = fakes.calls.family('Document');
      const drive = fakes.calls.family('Drive');
      runs.push(
        `${target(`${items} items ${label}: DocumentApp calls`, calls, 40 + 6 * items)}, ${drive} DriveApp calls, ` +
          `${timing('in the fakes', ms)}, ~${((calls * MS_PER_CALL) / 1000).toFixed(0)} s on Google`,
      );
    }
    const docs = fakes.state.documents.list().length;
    lines.push(
      `  ${String(items).padStart(3)} items: ${runs.join('\n             ')}\n             ${same(`${items} items: documents`, docs, 1)}`,
    );
  }
  return lines.join('\n');
}
