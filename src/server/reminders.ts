/**
 * Weekly reminders: the only code using ScriptApp and MailApp. Planning and rendering are pure
 * (core/reminders.ts, core/digest.ts); this file reaches the spreadsheet, holds a lock, sends,
 * and records each send right after it — in document properties (users cannot break them), then
 * a `Nhật ký nhắc hạn` row — so that a run cut off half-way resumes without duplicates. A failed
 * run is logged, then rethrown so that Apps Script notifies the trigger's owner.
 *
 * Reaching the spreadsheet from a time trigger: a script bound to the spreadsheet (our
 * deployment) gets it from getActiveSpreadsheet(), under `spreadsheets.currentonly`. An editor
 * add-on's time trigger has no active document: enabling stores the spreadsheet id per trigger
 * in the user's properties and the run opens it by id, which Apps Script only allows with the
 * broader `spreadsheets` scope — deliberately not in our manifest (README, "Weekly reminders").
 */
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
import { guard, alert, currentUser, documentLock, documentProperties } from './platform';
import {
  activeSpreadsheet,
  ensureTable,
  readPlanSheets,
  readSheet,
  appendRows,
  headerRow,
} from './sheets';
import { asCellText } from '../core/plan/cells';
import {
  fitCell,
  KEY,
  readFailure,
  readRetry,
  readTrigger,
  recordSent,
  sentThisWeek,
  staleSentKeys,
  type FailureRecord,
  type RetryRecord,
  type TriggerRecord,
} from '../core/reminders/record';

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
/** An alert titled as every reminder alert. */
const tell = (text: string): void => alert(REMIND.title, text);
const infoOf = (ss: Spreadsheet) => parsePlanInfo(readSheet(ss, SHEET.info)).info;
const triggers = (keep: (t: Trigger) => boolean): Trigger[] =>
  ScriptApp.getProjectTriggers().filter(keep);
const message = (err: unknown): string => String((err as Error)?.message ?? err);

/** This spreadsheet's triggers of these handlers, of the running user (only theirs are visible). */
function ours(id: string, ...handlers: string[]): Trigger[] {
  const links = props().getProperties();
  return triggers(
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

function createWeekly(ss: Spreadsheet): Trigger {
  const { reminderDay: day, reminderHour: hour } = infoOf(ss);
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
  const t = b.create();
  link(t, ss.getId());
  return t;
}

const setJson = (key: string, value: unknown): void =>
  void documentProperties().setProperty(key, JSON.stringify(value));

/** Who owns the weekly trigger and the last failure, for the sidebar: '' when nothing to say. */
export function reminderStatus(): { status: string; failure: string } {
  const store = documentProperties().getProperties();
  const t = readTrigger(store);
  const f = readFailure(store);
  return {
    status: t ? REMIND.owner(t.owner, formatDateTime(t.since)) : REMIND.off,
    failure: f ? REMIND.lastFailure(formatDateTime(f.at), f.message) : '',
  };
}

/**
 * One weekly trigger per spreadsheet, whoever turns it on, recorded in document properties.
 * Another editor's trigger cannot be seen or deleted from here: a second editor is told who
 * owns it and how to take it over (off, then on: the old one stands down at its next run).
 */
export function enableWeeklyReminders(): {
  enabled: boolean;
  day: number;
  hour: number;
  nextRun: string;
  owner: string;
} {
  return guard(() => {
    const ss = activeSpreadsheet();
    const id = ss.getId();
    const { reminderDay: day, reminderHour: hour } = infoOf(ss);
    const nextRun = formatDateTime(nextWeeklyRun(Date.now(), day, hour));
    const me = currentUser();
    const store = documentProperties();
    const held = readTrigger(store.getProperties());
    if (held && held.owner !== me) {
      tell(REMIND.ownedByOther(held.owner, formatDateTime(held.since)));
      return { enabled: true, day, hour, nextRun, owner: held.owner };
    }
    remove(ours(id, WEEKLY));
    let trigger: Trigger;
    try {
      trigger = createWeekly(ss);
    } catch {
      // An add-on holds one time trigger per document: a pending retry makes room.
      remove(ours(id, RETRY));
      store.deleteProperty(KEY.retry);
      trigger = createWeekly(ss);
    }
    const record: TriggerRecord = { owner: me, since: Date.now(), uid: trigger.getUniqueId() };
    setJson(KEY.trigger, record);
    store.deleteProperty(KEY.off);
    tell(
      `${REMIND.enabled(weekdayLabel(day), hour, nextRun)}\n${REMIND.owner(me, formatDateTime(record.since))}`,
    );
    return { enabled: true, day, hour, nextRun, owner: me };
  });
}

/** Removes the weekly trigger and any pending retry; another owner's stand down at their next run. */
export function disableWeeklyReminders(): { enabled: boolean; removed: number } {
  return guard(() => {
    const store = documentProperties();
    const held = readTrigger(store.getProperties());
    const removed = remove(ours(activeSpreadsheet().getId(), WEEKLY, RETRY));
    store.deleteProperty(KEY.trigger);
    store.deleteProperty(KEY.retry);
    store.setProperty(KEY.off, String(Date.now()));
    const n = removed || (held ? 1 : 0);
    tell(
      held && held.owner !== currentUser() ? REMIND.disabledOther(held.owner) : REMIND.disabled(n),
    );
    return { enabled: false, removed: n };
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

/**
 * Whether this trigger is the one the document properties name. One that is not (replaced by
 * another editor, turned off, a second retry) deletes itself — it runs as its creator, so it can —
 * and sends nothing. A weekly trigger from before the record adopts it, unless reminders were
 * turned off since.
 */
function current(ss: Spreadsheet, uid: string, retry: boolean): boolean {
  const store = documentProperties();
  const s = store.getProperties();
  const mine = (): Trigger[] => triggers((t) => t.getUniqueId() === uid);
  if (retry) {
    const r = readRetry(s);
    remove(mine());
    if (r?.uid !== uid) return false;
    store.deleteProperty(KEY.retry);
    // The retry that took the weekly trigger's slot gives it back first.
    const t = readTrigger(s);
    if (r.restoreWeekly && t && t.owner === currentUser())
      setJson(KEY.trigger, { ...t, uid: createWeekly(ss).getUniqueId() });
    return true;
  } else {
    const t = readTrigger(s);
    if (t?.uid === uid) return true;
    if (!t && s[KEY.off] === undefined) {
      setJson(KEY.trigger, { owner: currentUser(), since: Date.now(), uid });
      return true;
    }
  }
  remove(mine());
  return false;
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
    const candidate = documentLock();
    if (!candidate.tryLock(5000)) {
      console.warn(REMIND.busy);
      tell(REMIND.busy);
      return counts;
    }
    lock = candidate;
    const uid = e?.triggerUid ? String(e.triggerUid) : '';
    if (uid && !current(ss, uid, retry)) return counts;
    send(ss, counts);
    documentProperties().deleteProperty(KEY.failure);
  } catch (err) {
    // Logged where users look (the log sheet, the sidebar), then rethrown: Apps Script mails
    // the trigger's owner about a run that fails, not about one that catches its error.
    console.error(err);
    try {
      setJson(KEY.failure, { at: Date.now(), message: message(err) } satisfies FailureRecord);
      if (ss)
        openLog(
          ss,
          readSheet(ss, SHEET.reminderLog),
        )([['error', '', '', '', REMIND.failed(message(err))]]);
    } catch (again) {
      console.error(again);
    }
    throw new Error(REMIND.failed(message(err)), { cause: err });
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
        row[index[k as keyof typeof index] ?? width] =
          typeof v === 'string' ? asCellText(fitCell(v)) : v;
      return row.slice(0, width);
    });
    appendRows(out, grid, width);
  };
}

/**
 * Schedules the one retry (across every editor: the document properties say whether one is
 * pending). Where the add-on's one time trigger per document is the weekly one, the retry takes
 * its slot and gives it back when it runs.
 */
function scheduleRetry(ss: Spreadsheet, at: number): string {
  const store = documentProperties();
  const pending = readRetry(store.getProperties());
  if (pending && pending.at > Date.now()) return formatDateTime(pending.at);
  const me = currentUser();
  const create = (): Trigger => {
    const t = ScriptApp.newTrigger(RETRY).timeBased().at(new Date(at)).create();
    link(t, ss.getId());
    return t;
  };
  let restoreWeekly = false;
  let t: Trigger;
  try {
    t = create();
  } catch (first) {
    const weekly = ours(ss.getId(), WEEKLY);
    restoreWeekly = weekly.length > 0 && readTrigger(store.getProperties())?.owner === me;
    // No room beside my weekly trigger: take its slot. Otherwise a transient refusal: once more.
    if (restoreWeekly) remove(weekly);
    else console.warn(message(first));
    t = create();
  }
  setJson(KEY.retry, { owner: me, uid: t.getUniqueId(), at, restoreWeekly } satisfies RetryRecord);
  return formatDateTime(at);
}

function send(ss: Spreadsheet, counts: Counts): void {
  const now = Date.now();
  const today = todayIso(now);
  const week = weekKey(today);
  const values = readPlanSheets(ss, true);
  const { plan } = buildPlan(values);
  const info = plan.info;
  const log = openLog(ss, values.reminderLog ?? null);
  const store = documentProperties();
  const kept = { ...store.getProperties() };
  for (const k of staleSentKeys(kept, week)) {
    store.deleteProperty(k);
    delete kept[k];
  }
  // Who got this week's digest: the log sheet, and the document properties users cannot edit.
  const done = new Set(
    readLog(values.reminderLog)
      .filter((r) => r.week === week)
      .map((r) => (r.result === 'sent' ? r.email : logKey(r.result ?? '', r.email, r.who))),
  );
  for (const email of sentThisWeek(kept, week)) done.add(email);
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
  const failed: LogRow[] = [];
  let logError: unknown = null;
  for (const d of r.toSend) {
    if (deferred.length || logError) {
      deferred.push(d);
      continue;
    }
    try {
      MailApp.sendEmail({ to: d.email, name: REMIND.title, ...renderDigest(d, ctx) });
    } catch (err) {
      const m = message(err);
      // The quota ran out under us: this one and the rest wait for the retry.
      if (/too many times/i.test(m)) deferred.push(d);
      else if (/invalid email/i.test(m)) {
        counts.skipped++;
        log([['skipped', d.name, d.email, itemsText(d), m]]);
      } else failed.push(['deferred', d.name, d.email, itemsText(d), REMIND.transient(m)]);
      continue;
    }
    counts.sent++;
    // Recorded before the next send, first where users cannot break it, then in the log.
    const [key, value] = recordSent(kept, week, d.email);
    store.setProperty(key, value);
    kept[key] = value;
    try {
      log([['sent', d.name, d.email, itemsText(d), '']]);
    } catch (err) {
      logError = err;
    }
  }
  deferred.push(...r.deferred);
  counts.deferred = deferred.length + failed.length;
  let retryAt = '';
  if (counts.deferred || logError) {
    // Tomorrow at the reminder hour when the quota ran out (it renews by then), else in an hour.
    const tomorrow = isoToDate(addDays(today, 1)).getTime() + info.reminderHour * 36e5;
    const at = Math.max(deferred.length ? tomorrow : now, now + 36e5);
    try {
      retryAt = scheduleRetry(ss, at);
    } catch (err) {
      console.warn(message(err));
    }
    if (logError) throw logError as Error;
    log([
      ...deferred.map((d): LogRow => [
        'deferred',
        d.name,
        d.email,
        itemsText(d),
        retryAt ? REMIND.deferred : REMIND.noRetry,
      ]),
      ...failed,
    ]);
  }
  tell(REMIND.report(counts.sent, counts.skipped, counts.deferred, retryAt));
}
