/**
 * exportPlanToDoc on the built bundle, in the fakes, for plans of 30 and 300 items, with the
 * standard template and with `Mẫu văn bản = TT57`: service calls of ALL the services a Doc
 * needs (DocumentApp, the Docs advanced service, Drive), each one a round trip on Google —
 * flat in items and ≤ 130 in all — time in the fakes, and the re-export into the same Doc.
 * Throws (the bench fails) when a run is over the target.
 */
import { createFakes } from '../fakes';
import { generatePlan } from '../fixtures/generate';
import { loadBundle } from '../helpers/load-bundle';

/** Assumed cost of one call on Google (ms), for the estimate printed. */
const MS_PER_CALL = 150;
const LIMIT = 130;

export async function benchExport(): Promise<string> {
  const lines = [
    `exportPlanToDoc (target: DocumentApp + Docs + Drive calls ≤ ${LIMIT}, flat in items; ~${MS_PER_CALL} ms per call on Google)`,
  ];
  const over: string[] = [];
  for (const template of ['NĐ30', 'TT57']) {
    const counts: number[] = [];
    for (const items of [30, 300]) {
      const { sheets } = generatePlan(items);
      (sheets['Thông tin chung'] as unknown[][]).push(['Mẫu văn bản', template]);
      const fakes = createFakes({ spreadsheet: { sheets }, ui: false });
      const app = loadBundle(fakes);
      const runs: string[] = [];
      for (const label of ['new', 're-export']) {
        fakes.calls.reset();
        const t0 = performance.now();
        app.callJson('exportPlanToDoc');
        const ms = performance.now() - t0;
        const doc = fakes.calls.family('Document');
        const docs = fakes.calls.family('Docs');
        const drive = fakes.calls.family('Drive');
        const all = doc + docs + drive;
        counts.push(all);
        if (all > LIMIT) over.push(`${template} ${items} items ${label}: ${all} calls`);
        runs.push(
          `${label}: ${all} calls (${doc} DocumentApp + ${docs} Docs + ${drive} Drive), ${ms.toFixed(0)} ms in the fakes, ~${((all * MS_PER_CALL) / 1000).toFixed(0)} s on Google`,
        );
      }
      const documents = fakes.state.documents.list().length;
      if (documents !== 1) over.push(`${template} ${items} items: ${documents} documents`);
      lines.push(`  ${template} ${String(items).padStart(3)} items: ${runs.join('; ')}`);
    }
    // Flat: the 300-item plan costs at most a few calls more than the 30-item one (section IV
    // names at most six leads), never in proportion to the items.
    const [small = 0, , large = 0] = counts;
    if (large - small > 10) over.push(`${template}: ${small} → ${large} calls, not flat`);
  }
  lines.push(`  ${over.length ? `OVER TARGET: ${over.join('; ')}` : 'ok'}`);
  if (over.length) throw new Error(lines.join('\n'));
  return lines.join('\n');
}
