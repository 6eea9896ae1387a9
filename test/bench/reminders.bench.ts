/**
 * A weekly reminder run on the built bundle, in the fakes, for 30 and 300 items and 30 people.
 * Fails (bench.ts exits non-zero) when the recipients differ from the hand-written list, when
 * Spreadsheet data calls exceed one log row per e-mail plus a small constant, or when a second
 * run the same week sends anything.
 */
import { createFakes } from '../fakes';
import { generatePlan } from '../fixtures/generate';
import { vnTime } from '../fixtures/reminders';
import { loadBundle } from '../helpers/load-bundle';
import { dataCalls } from './calls';
import { same, target, timing } from './targets';

const PEOPLE = 30;
/** Monday 18/05/2026, 07:00 in Vietnam: the end of the generated plans' school year. */
const NOW = vnTime(2026, 5, 18, 7);
/** Reads of the four sheets and the log, its header, the skip rows: beyond one row per e-mail. */
const CONSTANT = 10;

/**
 * By hand, from test/fixtures/generate.ts: everyone is reached by role (HT 1; PHT 2, 3; TTCM,
 * NV, KT the rest, `Tổ CM` = TTCM) and owns an overdue item in both plans — except the teachers
 * (role GV: persons 6, 10, 14, 18, 22, 26, 30), who are reached only when a row names them
 * (rows i % 3 = 0 name person i % 30 + 1: 1, 4, 7 … 28, so 10 and 22).
 */
const NEVER_REACHED = [6, 14, 18, 26, 30];
const EXPECTED = Array.from({ length: PEOPLE }, (_, p) => p + 1)
  .filter((p) => !NEVER_REACHED.includes(p))
  .map((p) => `gv${p}@truong.edu.vn`);

export async function benchReminders(): Promise<string> {
  const lines = [
    `sendWeeklyReminders, ${PEOPLE} people (the ${EXPECTED.length} hand-listed people, each once; Spreadsheet data calls ≤ e-mails + ${CONSTANT}; the same-week re-run sends 0)`,
  ];
  for (const items of [30, 300]) {
    const { sheets } = generatePlan(items, PEOPLE);
    const fakes = createFakes({ spreadsheet: { sheets }, now: NOW, ui: false, mailQuota: 1500 });
    const app = loadBundle(fakes);
    fakes.calls.reset();
    const t0 = performance.now();
    const counts = app.callJson<{ sent: number; skipped: number; deferred: number }>(
      'sendWeeklyReminders',
    );
    const ms = performance.now() - t0;
    const sent = fakes.state.mail.sent.map((m) => m.to.toLowerCase()).sort();
    const exact = JSON.stringify(sent) === JSON.stringify([...EXPECTED].sort());
    const all = fakes.calls.family('Spreadsheet');
    const data = dataCalls(fakes.calls.byMethod());
    const mailCalls = fakes.calls.family('Mail');
    lines.push(
      `  ${String(items).padStart(3)} items: ${sent.length} e-mails for ${EXPECTED.length} people; ` +
        `${same(`${items} items: the hand-listed recipients, each once`, String(exact), 'true')}; ` +
        `${target(`${items} items: Spreadsheet data calls`, data, sent.length + CONSTANT)} ` +
        `(${all} in all; ${data - sent.length} besides one log row per e-mail); ${mailCalls} MailApp calls, ` +
        `${counts.skipped} skipped, ${counts.deferred} deferred, ${timing('in the fakes', ms)}`,
    );
    fakes.calls.reset();
    app.callJson('sendWeeklyReminders');
    const again = fakes.state.mail.sent.length - sent.length;
    const againData = dataCalls(fakes.calls.byMethod());
    lines.push(
      `       again the same week: ${same(`${items} items: e-mails sent again the same week`, again, 0)}; ` +
        target(`${items} items: data calls of the same-week re-run`, againData, CONSTANT),
    );
  }
  return lines.join('\n');
}
