/**
 * exportPlanToDoc on the built bundle, in the fakes, for plans of 30 and 300 items, with the
 * standard template and with `Mẫu văn bản = TT57`: service calls of ALL the services a Doc
 * needs (DocumentApp, the Docs advanced service, Drive), each one a round trip on Google —
 * flat in items and ≤ 130 in all — time in the fakes, and the re-export into the same Doc.
 */
import { createFakes } from '../fakes';
import { generatePlan } from '../fixtures/generate';
import { loadBundle } from '../helpers/load-bundle';
import { same, target, timing } from './targets';
import { makeTemplate } from '../helpers/doc-template';

/** Assumed cost of one call on Google (ms), for the estimate printed. */
const MS_PER_CALL = 150;
const LIMIT = 130;
const name = (t: string): string => (t.startsWith('fake') ? 'own template' : t);

export async function benchExport(): Promise<string> {
  const lines = [
    `exportPlanToDoc (DocumentApp + Docs + Drive calls, flat in items; ~${MS_PER_CALL} ms per call on Google)`,
  ];
  // The school's own template (test/helpers/doc-template.ts): the first Doc of the fakes.
  for (const template of ['NĐ30', 'TT57', 'fake-doc-id-1']) {
    const counts: number[] = [];
    for (const items of [30, 300]) {
      const { sheets } = generatePlan(items);
      (sheets['Thông tin chung'] as unknown[][]).push(['Mẫu văn bản', template]);
      const fakes = createFakes({ spreadsheet: { sheets }, ui: false });
      // Its band row merged, as schools do: the export merges each repeated band (2 Docs calls).
      if (template.startsWith('fake')) makeTemplate(fakes, undefined, { mergeBand: true });
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
        runs.push(
          `${target(`${name(template)} ${items} items ${label}: calls`, all, LIMIT)} ` +
            `(${doc} DocumentApp + ${docs} Docs + ${drive} Drive), ${timing('in the fakes', ms)}, ` +
            `~${((all * MS_PER_CALL) / 1000).toFixed(0)} s on Google`,
        );
      }
      const documents = fakes.state.documents.list().length - Number(template.startsWith('fake'));
      lines.push(
        `  ${runs.join('\n  ')}\n  ${same(`${name(template)} ${items} items: documents`, documents, 1)}`,
      );
    }
    // Flat: the 300-item plan costs at most a few calls more than the 30-item one (section IV
    // names at most six leads), never in proportion to the items.
    const [small = 0, , large = 0] = counts;
    lines.push(
      `  ${target(`${name(template)}: calls added from 30 to 300 items`, large - small, 10)}`,
    );
  }
  return lines.join('\n');
}
