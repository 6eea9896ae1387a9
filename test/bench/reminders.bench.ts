/**
 * A weekly reminder run on the built bundle, in the fakes, for 30 and 300 items and 30 people:
 * e-mails sent against the people with something due (counted here from the typed plan, apart
 * from the planner), and Spreadsheet calls, which should not grow with the items.
 */
import { buildPlan } from '../../src/core/plan/read';
import { addDays, todayIso } from '../../src/core/parse/dates';
import { isValidEmail, resolveOwners } from '../../src/core/plan/owners';
import { createFakes } from '../fakes';
import { generatePlan } from '../fixtures/generate';
import { vnTime } from '../fixtures/reminders';
import { loadBundle } from '../helpers/load-bundle';
import { dataCalls } from './calls';
import { same, timing } from './targets';

const PEOPLE = 30;
/** Monday 18/05/2026, 07:00 in Vietnam: the end of the generated plans' school year. */
const NOW = vnTime(2026, 5, 18, 7);

/** Addresses that should get a digest: opted in, valid, owning an open item due within 14 days. */
function peopleWithSomethingDue(sheets: Record<string, unknown[][]>): Set<string> {
  const { plan } = buildPlan({
    info: sheets['Thông tin chung'] ?? null,
    plan: sheets['Kế hoạch'] ?? null,
    roster: sheets['Nhân sự'] ?? null,
    catalog: null,
  });
  const limit = addDays(todayIso(NOW), plan.info.reminderLeadDays);
  const due = new Set<string>();
  for (const item of plan.items) {
    if (item.status === 'xong' || !item.deadline || item.deadline > limit) continue;
    for (const r of [
      ...resolveOwners(item.lead, plan.roster),
      ...resolveOwners(item.partners, plan.roster),
    ])
      for (const p of r.people)
        if (p.remind && isValidEmail(p.email)) due.add(p.email.toLowerCase());
  }
  return due;
}

export async function benchReminders(): Promise<string> {
  const lines = [
    `sendWeeklyReminders, ${PEOPLE} people (e-mails: people with something due, each once)`,
  ];
  for (const items of [30, 300]) {
    const { sheets } = generatePlan(items, PEOPLE);
    const expected = peopleWithSomethingDue(sheets);
    const fakes = createFakes({ spreadsheet: { sheets }, now: NOW, ui: false, mailQuota: 1500 });
    const app = loadBundle(fakes);
    fakes.calls.reset();
    const t0 = performance.now();
    const counts = app.callJson<{ sent: number; skipped: number; deferred: number }>(
      'sendWeeklyReminders',
    );
    const ms = performance.now() - t0;
    const sent = fakes.state.mail.sent.map((m) => m.to.toLowerCase());
    const exact =
      sent.length === expected.size &&
      new Set(sent).size === sent.length &&
      sent.every((s) => expected.has(s));
    const all = fakes.calls.family('Spreadsheet');
    const data = dataCalls(fakes.calls.byMethod());
    const mailCalls = fakes.calls.family('Mail');
    lines.push(
      `  ${String(items).padStart(3)} items: ${sent.length} e-mails for ${expected.size} people with something due; ` +
        `${same(`${items} items: e-mails as expected, each once`, String(exact), 'true')}; ` +
        `${data} Spreadsheet data calls (${all} in all; ${data - sent.length} besides one log row per e-mail), ${mailCalls} MailApp calls, ` +
        `${counts.skipped} skipped, ${counts.deferred} deferred, ${timing('in the fakes', ms)}`,
    );
    fakes.calls.reset();
    app.callJson('sendWeeklyReminders');
    lines.push(
      `       again the same week: ${fakes.state.mail.sent.length - sent.length} more e-mails, ${dataCalls(fakes.calls.byMethod())} Spreadsheet data calls`,
    );
  }
  return lines.join('\n');
}
