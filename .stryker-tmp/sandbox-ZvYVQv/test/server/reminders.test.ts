/**
 * Weekly reminders through the built bundle, in the strict fakes, with a settable clock:
 * enabling and disabling the trigger, the trigger's run with no UI and no active spreadsheet,
 * one digest per person per week, the quota, the log sheet and the check's report of failures.
 */
// @ts-nocheck

import { describe, expect, it } from '@jest/globals';
import { createFakes, type FakeEnvironment, type FakeOptions } from '../fakes';
import { loadBundle, type LoadedBundle } from '../helpers/load-bundle';
import {
  EXPECTED,
  MONDAY,
  PEOPLE,
  planRows,
  vnTime,
  WEEK,
  workbook,
  XSS,
} from '../fixtures/reminders';
import type { Grid } from '../fixtures/samples';

const DAY = 86400000;
const LOG = 'Nhật ký nhắc hạn';
type Counts = { sent: number; skipped: number; deferred: number };
type Issue = { sheet: string; row: number | null; message: string };

function setup(options: FakeOptions & { sheets?: Record<string, Grid> } = {}) {
  const { sheets, ...rest } = options;
  const fakes = createFakes({
    spreadsheet: { sheets: sheets ?? workbook() },
    now: MONDAY,
    ...rest,
  });
  const app = loadBundle(fakes);
  return { fakes, app, state: fakes.state };
}

/** Turns reminders on from the menu, then fires the weekly trigger as Apps Script would. */
function enableThenFire(fakes: FakeEnvironment, app: LoadedBundle): Counts {
  app.callJson('enableWeeklyReminders');
  return fire(fakes, app);
}

/** The trigger's context: no UI, no active spreadsheet, AuthMode.FULL. */
function fire(fakes: FakeEnvironment, app: LoadedBundle, handler = 'sendWeeklyReminders'): Counts {
  const uid = fakes.state.triggers.find((t) => t.handler === handler)?.uniqueId;
  return app.callJson<Counts>(handler, fakes.events.clock(uid));
}

const recipients = (fakes: FakeEnvironment) => fakes.state.mail.sent.map((m) => m.to);
const weekly = (fakes: FakeEnvironment) =>
  fakes.state.triggers.filter((t) => t.handler === 'sendWeeklyReminders');
const logRows = (fakes: FakeEnvironment) => fakes.state.sheet(LOG).values().slice(1);
const logOf = (fakes: FakeEnvironment, result: string) =>
  logRows(fakes).filter((r) => r[5] === result);
const rowsIn = (html: string | null) =>
  [...(html ?? '').matchAll(/range=A(\d+)"/g)].map((m) => Number(m[1]));

describe('enableWeeklyReminders / disableWeeklyReminders', () => {
  it('installs one weekly trigger, by default on Monday at 7 in Asia/Ho_Chi_Minh, and says when it runs', () => {
    const { fakes, app, state } = setup({ now: vnTime(2026, 11, 30, 9) });
    const result = app.callJson<{ enabled: boolean; nextRun: string }>('enableWeeklyReminders');
    expect(weekly(fakes)).toHaveLength(1);
    expect(weekly(fakes)[0]?.clock).toMatchObject({
      weekDay: 'MONDAY',
      atHour: 7,
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    expect(result).toMatchObject({ enabled: true, day: 1, hour: 7, nextRun: '07/12/2026 07:00' });
    const alert = state.ui.alerts.at(-1);
    expect(alert?.title).toBe('Nhắc hạn hằng tuần');
    expect(alert?.prompt).toContain('Thứ Hai, khoảng 7 giờ');
    expect(alert?.prompt).toContain('07/12/2026 07:00');
  });

  it('follows Ngày gửi nhắc hạn and Giờ gửi nhắc hạn of Thông tin chung', () => {
    const sheets = workbook({
      info: [
        ['Ngày gửi nhắc hạn', 'Thứ Tư'],
        ['Giờ gửi nhắc hạn', 16],
      ],
    });
    const { fakes, app } = setup({ sheets, now: vnTime(2026, 11, 30, 9) });
    expect(app.callJson('enableWeeklyReminders')).toMatchObject({
      day: 3,
      hour: 16,
      nextRun: '02/12/2026 16:00',
    });
    expect(weekly(fakes)[0]?.clock).toMatchObject({ weekDay: 'WEDNESDAY', atHour: 16 });
  });

  it('leaves exactly one trigger however often it is enabled, with the new settings', () => {
    const { fakes, app, state } = setup();
    app.callJson('enableWeeklyReminders');
    app.callJson('enableWeeklyReminders');
    expect(weekly(fakes)).toHaveLength(1);
    state.sheet('Thông tin chung').setValues([['Giờ gửi nhắc hạn', 6]], 'A5');
    app.callJson('enableWeeklyReminders');
    expect(weekly(fakes)).toHaveLength(1);
    expect(weekly(fakes)[0]?.clock?.atHour).toBe(6);
    expect(state.script.deleted).toHaveLength(2);
  });

  it('leaves a trigger of another spreadsheet alone (an add-on serves several)', () => {
    const { fakes, app, state } = setup({
      properties: { user: { 'ctcl.remind.other': 'another-sheet' } },
    });
    state.script.addon = false;
    state.script.addTrigger({
      uniqueId: 'other',
      handler: 'sendWeeklyReminders',
      eventType: 'CLOCK',
    });
    app.callJson('enableWeeklyReminders');
    expect(weekly(fakes).map((t) => t.uniqueId)).toContain('other');
    expect(weekly(fakes)).toHaveLength(2);
    app.callJson('disableWeeklyReminders');
    expect(weekly(fakes).map((t) => t.uniqueId)).toEqual(['other']);
  });

  it('disable removes it, confirms, and a second disable says there was nothing to turn off', () => {
    const { app, state } = setup();
    app.callJson('enableWeeklyReminders');
    expect(app.callJson('disableWeeklyReminders')).toEqual({ enabled: false, removed: 1 });
    expect(state.triggers).toHaveLength(0);
    expect(state.ui.alerts.at(-1)?.prompt).toMatch(/Đã tắt nhắc hạn/);
    expect(app.callJson('disableWeeklyReminders')).toEqual({ enabled: false, removed: 0 });
    expect(state.ui.alerts.at(-1)?.prompt).toMatch(/chưa được bật/);
  });

  it('are menu items', () => {
    const { fakes, app } = setup();
    app.call('onOpen', fakes.events.open('LIMITED'));
    const items =
      fakes.state.ui.menus[0]?.items.map((i) => ('functionName' in i ? i.functionName : '')) ?? [];
    expect(items).toEqual(
      expect.arrayContaining([
        'enableWeeklyReminders',
        'disableWeeklyReminders',
        'sendWeeklyReminders',
      ]),
    );
  });
});

describe('sendWeeklyReminders in the weekly trigger', () => {
  it('sends one digest per person with their rows, with no UI and no active spreadsheet', () => {
    const { fakes, app } = setup();
    expect(enableThenFire(fakes, app)).toEqual({ sent: 4, skipped: 2, deferred: 0 });
    expect(fakes.state.activeSpreadsheet).toBe(false);
    expect(recipients(fakes).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const mail of fakes.state.mail.sent) {
      const expected = EXPECTED[mail.to];
      expect(rowsIn(mail.htmlBody)).toEqual([
        ...(expected?.lead ?? []),
        ...(expected?.partner ?? []),
      ]);
      expect(mail.subject).toMatch(/^Nhắc hạn CTCL: /);
      expect(mail.body).toContain('Kính gửi thầy/cô');
      expect(mail.body).toMatch(/Hạn \d\d\/\d\d\/\d{4}/);
      expect(mail.htmlBody).toContain(
        'https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/edit#gid=',
      );
    }
  });

  it('never sends Hoàn thành items, and reaches HT and both PHT through BGH, the principal once', () => {
    const { fakes, app } = setup();
    enableThenFire(fakes, app);
    const all = fakes.state.mail.sent.map((m) => `${m.htmlBody}\n${m.body}`).join('\n');
    expect(all).not.toContain('Việc đã xong');
    expect(recipients(fakes).filter((to) => to === PEOPLE.an)).toHaveLength(1);
    for (const to of [PEOPLE.an, PEOPLE.binh, PEOPLE.hanh]) {
      const mail = fakes.state.mail.sent.find((m) => m.to === to);
      expect(mail?.body).toContain('Rà soát chiến lược');
    }
  });

  it('shows HTML typed in a weakness as text', () => {
    const { fakes, app } = setup();
    enableThenFire(fakes, app);
    const mail = fakes.state.mail.sent.find((m) => m.to === PEOPLE.an);
    expect(mail?.htmlBody).not.toContain('<img');
    expect(mail?.htmlBody).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(mail?.body).toContain(XSS);
  });

  it('logs every send, and skips opted-out people, invalid addresses and rows reaching nobody', () => {
    const { fakes, app } = setup();
    enableThenFire(fakes, app);
    const sent = logOf(fakes, 'Đã gửi');
    expect(sent.map((r) => r[3]).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(
      sent.every((r) => r[1] === WEEK && Object.prototype.toString.call(r[0]) === '[object Date]'),
    ).toBe(true);
    expect(sent.find((r) => r[3] === PEOPLE.binh)?.[4]).toBe(
      '1.1 (dòng 2); 1.3 (dòng 7); 2.1 (dòng 3); 3.2 (dòng 4)',
    );
    const skipped = logOf(fakes, 'Bỏ qua');
    expect(skipped.map((r) => r[2])).toEqual(
      expect.arrayContaining(['Lê Thị Cúc', 'Phạm Văn Dũng']),
    );
    expect(skipped.find((r) => r[2] === 'Phạm Văn Dũng')?.[6]).toMatch(/email/);
    expect(skipped.some((r) => /dòng 9\b/.test(String(r[6])))).toBe(true);
    expect(recipients(fakes)).not.toContain(PEOPLE.cuc);
  });

  it('sends nothing new when run again the same week, by hand or by a duplicated trigger', () => {
    const { fakes, app } = setup();
    enableThenFire(fakes, app);
    const logged = logRows(fakes).length;
    fakes.state.clock.advance(2 * DAY);
    expect(fire(fakes, app).sent).toBe(0);
    fakes.state.activeSpreadsheet = true;
    fakes.state.ui.enabled = true;
    expect(app.callJson<Counts>('sendWeeklyReminders').sent).toBe(0);
    expect(fakes.state.mail.sent).toHaveLength(4);
    // Skip rows are written once a week, not once a run.
    expect(logRows(fakes)).toHaveLength(logged);
    expect(fakes.state.ui.alerts.at(-1)?.prompt).toMatch(/^Đã gửi 0 thư/);
  });

  it('mails again the next week for what is still late or due', () => {
    const { fakes, app } = setup();
    enableThenFire(fakes, app);
    // Row 3 is finished during the week; row 7 passes its deadline.
    fakes.state.sheet('Kế hoạch').setValues([['Hoàn thành']], 'H3');
    fakes.state.clock.advance(7 * DAY);
    expect(fire(fakes, app)).toEqual({ sent: 4, skipped: 2, deferred: 0 });
    const second = fakes.state.mail.sent.slice(4);
    const binh = second.find((m) => m.to === PEOPLE.binh);
    expect(rowsIn(binh?.htmlBody ?? '')).toEqual([2, 7, 4]);
    expect(binh?.htmlBody).toContain('Quá hạn 17 ngày');
    expect(binh?.htmlBody).toContain('Quá hạn 6 ngày');
    expect(logOf(fakes, 'Đã gửi').filter((r) => r[1] === '2026-W50')).toHaveLength(4);
  });

  it('with a quota of 2 for 4 people: sends 2 now (overdue first), 2 on the next run, none twice', () => {
    const { fakes, app } = setup({ mailQuota: 2 });
    expect(enableThenFire(fakes, app)).toEqual({ sent: 2, skipped: 2, deferred: 2 });
    const first = recipients(fakes);
    expect(first).not.toContain(PEOPLE.em); // the only one with nothing overdue
    expect(logOf(fakes, 'Hoãn').map((r) => r[3])).toContain(PEOPLE.em);
    // One retry is scheduled for tomorrow; the weekly trigger stays alone.
    const retries = fakes.state.triggers.filter((t) => t.handler === 'sendDeferredReminders');
    expect(retries).toHaveLength(1);
    expect(new Date(retries[0]?.clock?.at ?? 0).toISOString()).toBe(
      new Date(vnTime(2026, 12, 1, 7)).toISOString(),
    );
    expect(weekly(fakes)).toHaveLength(1);
    // The check reports who is still waiting.
    fakes.state.activeSpreadsheet = true;
    const check = app.callJson<{ warnings: Issue[] }>('checkPlan');
    expect(check.warnings.filter((w) => w.sheet === LOG)).toHaveLength(2);
    // Next day: the quota is back, the retry fires and removes itself.
    fakes.state.mail.quota = 100;
    fakes.state.clock.set(vnTime(2026, 12, 1, 7));
    expect(fire(fakes, app, 'sendDeferredReminders')).toEqual({ sent: 2, skipped: 2, deferred: 0 });
    expect(recipients(fakes).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(fakes.state.triggers.filter((t) => t.handler === 'sendDeferredReminders')).toHaveLength(
      0,
    );
    expect(weekly(fakes)).toHaveLength(1);
    expect(fire(fakes, app).sent).toBe(0);
    fakes.state.activeSpreadsheet = true;
    const after = app.callJson<{ warnings: Issue[] }>('checkPlan');
    expect(after.warnings.filter((w) => w.sheet === LOG)).toEqual([]);
  });

  it('as an add-on (one time trigger per document): enabling makes room, a run without room defers', () => {
    const { fakes, app, state } = setup({ mailQuota: 2 });
    expect(state.script.addon).toBe(true);
    // Sent by hand before reminders were turned on: the retry takes the document's time trigger.
    expect(app.callJson('sendWeeklyReminders')).toEqual({ sent: 2, skipped: 2, deferred: 2 });
    expect(state.triggers.map((t) => t.handler)).toEqual(['sendDeferredReminders']);
    app.callJson('enableWeeklyReminders');
    expect(state.triggers.map((t) => t.handler)).toEqual(['sendWeeklyReminders']);
    // Now the weekly trigger holds it: a short run by hand says the rest waits for the next run.
    state.mail.quota = 1;
    expect(app.callJson('sendWeeklyReminders')).toMatchObject({ sent: 1, deferred: 1 });
    expect(state.triggers.map((t) => t.handler)).toEqual(['sendWeeklyReminders']);
    expect(state.ui.alerts.at(-1)?.prompt).toMatch(/hoãn 1 người \(gửi ở lần chạy sau\)/);
    state.mail.quota = 100;
    expect(fire(fakes, app)).toMatchObject({ sent: 1, deferred: 0 });
    expect(new Set(recipients(fakes)).size).toBe(4);
    expect(recipients(fakes)).toHaveLength(4);
  });

  it('resumes a run cut off half-way without sending anyone twice', () => {
    // The log of a run that died after two sends.
    const log: Grid = [
      ['Thời gian', 'Tuần', 'Người nhận', 'Email', 'Các mục', 'Kết quả', 'Chi tiết'],
      [new Date(MONDAY), WEEK, 'Nguyễn Thị An', PEOPLE.an, '', 'Đã gửi', ''],
      [new Date(MONDAY), WEEK, 'Trần Văn Bình', PEOPLE.binh, '', 'Đã gửi', ''],
    ];
    const { fakes, app } = setup({ sheets: workbook({ log }) });
    expect(enableThenFire(fakes, app).sent).toBe(2);
    expect(recipients(fakes).sort()).toEqual([PEOPLE.em, PEOPLE.hanh].sort());
  });

  it('does nothing while another run holds the lock', () => {
    const { fakes, app } = setup();
    app.callJson('enableWeeklyReminders');
    fakes.state.locks.document.holdByOther();
    expect(fire(fakes, app)).toEqual({ sent: 0, skipped: 0, deferred: 0 });
    expect(fakes.state.mail.sent).toHaveLength(0);
    fakes.state.locks.document.release();
    expect(fire(fakes, app).sent).toBe(4);
    expect(fakes.state.locks.document.heldBy()).toBe('nobody');
  });

  it('never throws on bad rows: skips and logs them, sends the rest', () => {
    const plan = [
      ...planRows(),
      ['X1', '#REF!', 42, new Date(MONDAY), 12345, null, '31/02/2026', 'abc'],
      ['X2', '9.9', '=1+1', '#N/A', 'BGH', '', '#VALUE!', ''],
    ];
    const { fakes, app } = setup({ sheets: workbook({ plan }) });
    expect(enableThenFire(fakes, app).sent).toBe(4);
    expect(logOf(fakes, 'Bỏ qua').some((r) => /dòng 9, 10, 11\b/.test(String(r[6])))).toBe(true);
  });

  it('works in a bound script’s trigger too (active spreadsheet, no UI), and creates the log sheet', () => {
    const { fakes, app } = setup({ ui: false });
    expect(fakes.state.spreadsheet.hasSheet(LOG)).toBe(false);
    expect(app.callJson<Counts>('sendWeeklyReminders')).toEqual({
      sent: 4,
      skipped: 2,
      deferred: 0,
    });
    expect(fakes.state.sheet(LOG).values()[0]).toEqual([
      'Thời gian',
      'Tuần',
      'Người nhận',
      'Email',
      'Các mục',
      'Kết quả',
      'Chi tiết',
    ]);
  });

  it('writes under the log’s headers when a user has reordered its columns', () => {
    const log: Grid = [
      [
        'Kết quả',
        'Email',
        'Ghi chú riêng',
        'Tuần',
        'Người nhận',
        'Thời gian',
        'Các mục',
        'Chi tiết',
      ],
    ];
    const { fakes, app } = setup({ sheets: workbook({ log }) });
    enableThenFire(fakes, app);
    const rows = logRows(fakes).filter((r) => r[0] === 'Đã gửi');
    expect(rows.map((r) => r[1]).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(rows.every((r) => r[2] === '' && r[3] === WEEK)).toBe(true);
    fakes.state.clock.advance(DAY);
    expect(fire(fakes, app).sent).toBe(0);
  });

  it('returns zeros without throwing when the trigger cannot find its spreadsheet', () => {
    const { fakes, app } = setup({ activeSpreadsheet: false, ui: false });
    expect(app.callJson('sendWeeklyReminders', fakes.events.clock('unknown'))).toEqual({
      sent: 0,
      skipped: 0,
      deferred: 0,
    });
    expect(fakes.state.logs.console.some((l) => l.level === 'error')).toBe(true);
  });

  it('logs a run that fails, and the next check reports it', () => {
    const { fakes, app } = setup();
    app.callJson('enableWeeklyReminders');
    fakes.state.authMode = 'LIMITED'; // MailApp refuses: the whole run fails
    expect(app.callJson('sendWeeklyReminders')).toEqual({ sent: 0, skipped: 0, deferred: 0 });
    const errors = logOf(fakes, 'Lỗi');
    expect(errors).toHaveLength(1);
    expect(String(errors[0]?.[6])).toMatch(/^Lượt gửi nhắc hạn bị dừng/);
    fakes.state.authMode = 'FULL';
    const check = app.callJson<{ warnings: Issue[] }>('checkPlan');
    const issue = check.warnings.find((w) => w.sheet === LOG);
    expect(issue?.message).toMatch(/chưa gửi được/);
  });
});
