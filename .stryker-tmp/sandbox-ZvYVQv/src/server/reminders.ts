/**
 * Weekly reminders: the only code using ScriptApp and MailApp. Planning and rendering are pure
 * (core/reminders.ts, core/digest.ts); this file reaches the spreadsheet, holds a lock, sends,
 * and appends one `Nhật ký nhắc hạn` row right after each send, so that a run cut off half-way
 * resumes without duplicates. The trigger handlers never throw.
 *
 * Reaching the spreadsheet from a time trigger: a script bound to the spreadsheet (our
 * deployment) gets it from getActiveSpreadsheet(), under `spreadsheets.currentonly`. An editor
 * add-on's time trigger has no active document: enabling stores the spreadsheet id per trigger
 * in the user's properties and the run opens it by id, which Apps Script only allows with the
 * broader `spreadsheets` scope — deliberately not in our manifest (README, "Weekly reminders").
 */
// @ts-nocheck

import { addDays, isoToDate, todayIso } from '../core/parse/dates';
import { renderDigest } from '../core/reminders/email';
import { REMIND } from '../core/messages';
import { buildPlan } from '../core/plan/read';
import { type Grid } from '../core/plan/model';
import { parsePlanInfo, weekdayLabel } from '../core/plan/info';
import { formatDateTime, nextWeeklyRun, weekKey } from '../core/parse/weeks';
import { itemsText, planDigests, type Digest } from '../core/reminders/digests';
import { logKey, readLog, type LogResult } from '../core/plan/log';
import { LOG_COLUMNS, mapHeaders, SHEET } from '../core/plan/contract';
import { guard, alert, documentLock } from './platform';
import {
  activeSpreadsheet,
  ensureTable,
  readPlanSheets,
  readSheet,
  appendRows,
  headerRow,
} from './sheets';
import { asCellText } from '../core/plan/cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;
type ClockEvent = { triggerUid?: unknown } | undefined;
type Counts = { sent: number; skipped: number; deferred: number };

const WEEKLY = 'sendWeeklyReminders';
/** The one-off retry for people the quota deferred: its own handler, never taken for the weekly one. */
const RETRY = 'sendDeferredReminders';
/** User properties: LINK + trigger uid → spreadsheet id; LINK + 'last' → the last one enabled. */
const LINK = 'ctcl.remind.';
const DAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;

const props = (): GoogleAppsScript.Properties.Properties => PropertiesService.getUserProperties();
const message = (err: unknown): string => String((err as Error)?.message ?? err);

/** This spreadsheet's triggers of these handlers (one linked to another spreadsheet is not ours). */
function ours(id: string, ...handlers: string[]): Trigger[] {
  const links = props().getProperties();
  return ScriptApp.getProjectTriggers().filter(
    (t) =>
      handlers.includes(t.getHandlerFunction()) && (links[LINK + t.getUniqueId()] ?? id) === id,
  );
}

function link(t: Trigger, id: string): void {
  const p = props();
  p.setProperty(LINK + t.getUniqueId(), id);
  p.setProperty(`${LINK}last`, id);
}

function remove(triggers: Trigger[]): number {
  for (const t of triggers) {
    ScriptApp.deleteTrigger(t);
    props().deleteProperty(LINK + t.getUniqueId());
  }
  return triggers.length;
}

/** One weekly trigger at the day and hour of `Thông tin chung`, however often it is called. */
export function enableWeeklyReminders(): {
  enabled: boolean;
  day: number;
  hour: number;
  nextRun: string;
} {
  return guard(() => {
    const ss = activeSpreadsheet();
    const id = ss.getId();
    const { reminderDay: day, reminderHour: hour } = parsePlanInfo(readSheet(ss, SHEET.info)).info;
    remove(ours(id, WEEKLY));
    const create = (): Trigger => {
      const b = ScriptApp.newTrigger(WEEKLY)
        .timeBased()
        .onWeekDay(ScriptApp.WeekDay[DAYS[day - 1] ?? 'MONDAY'])
        .atHour(hour);
      // The manifest's time zone is Vietnam's already; saying it again is belt and braces.
      try {
        b.inTimezone('Asia/Ho_Chi_Minh');
      } catch (err) {
        console.warn(message(err));
      }
      return b.create();
    };
    let trigger: Trigger;
    try {
      trigger = create();
    } catch {
      // An add-on holds one time trigger per document: a pending retry makes room.
      remove(ours(id, RETRY));
      trigger = create();
    }
    link(trigger, id);
    const nextRun = formatDateTime(nextWeeklyRun(Date.now(), day, hour));
    alert(REMIND.title, REMIND.enabled(weekdayLabel(day), hour, nextRun));
    return { enabled: true, day, hour, nextRun };
  });
}

/** Removes the weekly trigger and any pending retry. */
export function disableWeeklyReminders(): { enabled: boolean; removed: number } {
  return guard(() => {
    const removed = remove(ours(activeSpreadsheet().getId(), WEEKLY, RETRY));
    alert(REMIND.title, REMIND.disabled(removed));
    return { enabled: false, removed };
  });
}

/** The weekly trigger's handler and the menu's "send now": `{ sent, skipped, deferred }`. */
export function sendWeeklyReminders(e?: ClockEvent): Counts {
  return run(e, false);
}

/** The retry's handler: removes itself, then runs as the weekly one does. */
export function sendDeferredReminders(e?: ClockEvent): Counts {
  return run(e, true);
}

function run(e: ClockEvent, retry: boolean): Counts {
  const counts = { sent: 0, skipped: 0, deferred: 0 };
  let ss: Spreadsheet | null = null;
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  try {
    ss = SpreadsheetApp.getActiveSpreadsheet();
    if (!ss) {
      const links = props().getProperties();
      const id = links[LINK + String(e?.triggerUid)] ?? links[`${LINK}last`];
      if (!id) throw new Error('no spreadsheet id');
      ss = SpreadsheetApp.openById(id);
    }
    if (retry) remove(ours(ss.getId(), RETRY));
    const candidate = documentLock();
    if (!candidate.tryLock(5000)) {
      console.warn(REMIND.busy);
      alert(REMIND.title, REMIND.busy);
      return counts;
    }
    lock = candidate;
    send(ss, counts);
  } catch (err) {
    // Add-on triggers do not mail their owner: failures go to the log sheet (and the check).
    console.error(err);
    try {
      if (ss)
        openLog(
          ss,
          readSheet(ss, SHEET.reminderLog),
        )([['error', '', '', '', REMIND.failed(message(err))]]);
    } catch (again) {
      console.error(again);
    }
  } finally {
    lock?.releaseLock();
  }
  return counts;
}

type LogRow = [LogResult, string, string, string, string];

/** A writer of log rows, each value under its header; creates the sheet or columns when missing. */
function openLog(ss: Spreadsheet, values: Grid | null): (rows: LogRow[]) => void {
  let sheet = ss.getSheetByName(SHEET.reminderLog);
  let header = values?.[0] ?? [];
  if (!sheet || Object.keys(mapHeaders(header, LOG_COLUMNS).index).length < LOG_COLUMNS.length) {
    sheet = ensureTable(ss, SHEET.reminderLog, LOG_COLUMNS, { created: [], addedColumns: [] });
    header = headerRow(sheet);
  }
  const out = sheet;
  const { index } = mapHeaders(header, LOG_COLUMNS);
  const width = header.length;
  const week = weekKey(todayIso());
  return (rows) => {
    const grid = rows.map(([result, who, email, items, detail]) => {
      const row: unknown[] = new Array(width).fill('');
      const cells = {
        time: new Date(),
        week,
        person: who,
        email,
        items,
        result: REMIND.result[result],
        detail,
      };
      for (const [k, v] of Object.entries(cells))
        row[index[k as keyof typeof index] ?? width] = typeof v === 'string' ? asCellText(v) : v;
      return row.slice(0, width);
    });
    appendRows(out, grid, width);
  };
}

function send(ss: Spreadsheet, counts: Counts): void {
  const now = Date.now();
  const today = todayIso(now);
  const week = weekKey(today);
  const values = readPlanSheets(ss, true);
  const { plan } = buildPlan(values);
  const info = plan.info;
  const log = openLog(ss, values.reminderLog ?? null);
  // One read of the log: who got this week's digest, which skips were already written.
  const done = new Set(
    readLog(values.reminderLog)
      .filter((r) => r.week === week)
      .map((r) => (r.result === 'sent' ? r.email : logKey(r.result ?? '', r.email, r.who))),
  );
  const r = planDigests(plan, today, info.reminderLeadDays, done, MailApp.getRemainingDailyQuota());
  log(
    r.skipped
      .filter((s) => !done.has(logKey('skipped', s.email, s.name)))
      .map((s) => ['skipped', s.name, s.email, s.items, s.reason]),
  );
  counts.skipped = r.skipped.filter((s) => s.person).length;
  const ctx = {
    spreadsheetUrl: ss.getUrl(),
    planSheetGid: ss.getSheetByName(SHEET.plan)?.getSheetId() ?? 0,
    schoolName: info.schoolName,
    today,
    leadDays: info.reminderLeadDays,
  };
  const deferred: Digest[] = [];
  for (const d of r.toSend) {
    if (deferred.length) {
      deferred.push(d);
      continue;
    }
    let result: LogRow = ['sent', d.name, d.email, itemsText(d), ''];
    try {
      MailApp.sendEmail({ to: d.email, name: REMIND.title, ...renderDigest(d, ctx) });
      counts.sent++;
    } catch (err) {
      const m = message(err);
      // The quota ran out under us: this one and the rest wait for the next run.
      if (/too many times/i.test(m)) {
        deferred.push(d);
        continue;
      }
      counts.skipped++;
      result = [/invalid email/i.test(m) ? 'skipped' : 'error', d.name, d.email, itemsText(d), m];
    }
    // Right after the send: a run cut off here resumes without sending this digest again.
    log([result]);
  }
  deferred.push(...r.deferred);
  counts.deferred = deferred.length;
  let retryAt = '';
  if (deferred.length) {
    try {
      // At most one retry, tomorrow at the reminder hour (the daily quota has renewed by then).
      const at = Math.max(
        isoToDate(addDays(today, 1)).getTime() + info.reminderHour * 36e5,
        now + 36e5,
      );
      if (!ours(ss.getId(), RETRY).length)
        link(ScriptApp.newTrigger(RETRY).timeBased().at(new Date(at)).create(), ss.getId());
      retryAt = formatDateTime(at);
    } catch (err) {
      // An add-on may hold only one time trigger per document: the next weekly run sends them.
      console.warn(message(err));
    }
    log(deferred.map((d) => ['deferred', d.name, d.email, itemsText(d), REMIND.deferred]));
  }
  alert(REMIND.title, REMIND.report(counts.sent, counts.skipped, counts.deferred, retryAt));
}
