/**
 * Weekly reminders under faults, through the bundle in the fakes: a log at the sheet's edge and
 * years of history, the log sheet broken by users, failing writes and sends, several editors
 * and their triggers, retries within the week, and the 50,000-character cell limit.
 */
import { describe, expect, it } from '@jest/globals';
import { createFakes, type FakeEnvironment, type FakeOptions } from '../fakes';
import { loadBundle, type LoadedBundle } from '../helpers/load-bundle';
import {
  EXPECTED,
  MONDAY,
  PEOPLE,
  planRows,
  vnDate,
  vnTime,
  WEEK,
  workbook,
} from '../fixtures/reminders';
import type { Grid } from '../fixtures/samples';

const DAY = 86400000;
const LOG = 'Nhật ký nhắc hạn';
const HEADER = ['Thời gian', 'Tuần', 'Người nhận', 'Email', 'Các mục', 'Kết quả', 'Chi tiết'];
const EVERYONE = Object.keys(EXPECTED).sort();
const A = 'an.nt@thcs-hoabinh.edu.vn';
const B = 'binh.tv@thcs-hoabinh.edu.vn';
type Counts = { sent: number; skipped: number; deferred: number };

function setup(options: FakeOptions & { sheets?: Record<string, unknown> } = {}) {
  const { sheets, ...rest } = options;
  const fakes = createFakes({
    spreadsheet: { sheets: (sheets ?? workbook()) as Record<string, Grid> },
    now: MONDAY,
    user: A,
    ...rest,
  });
  return { fakes, app: loadBundle(fakes), state: fakes.state };
}

const recipients = (fakes: FakeEnvironment) => fakes.state.mail.sent.map((m) => m.to).sort();
const byHandler = (fakes: FakeEnvironment, handler: string) =>
  fakes.state.triggers.filter((t) => t.handler === handler);
const fire = (fakes: FakeEnvironment, app: LoadedBundle, uid: string, bound = false) =>
  app.callJson<Counts>(
    fakes.state.triggers.find((t) => t.uniqueId === uid)?.handler ?? 'sendWeeklyReminders',
    fakes.events.fire(uid, { bound }),
  );
const logValues = (fakes: FakeEnvironment) => fakes.state.sheet(LOG).values();
const docProps = (fakes: FakeEnvironment) => Object.fromEntries(fakes.state.properties.document);

/** The same spreadsheet after a user edited the log sheet: `log` replaces it (null: deleted). */
function afterEdit(fakes: FakeEnvironment, edit: (log: Grid) => Grid | null, name = LOG) {
  const log = edit(logValues(fakes) as Grid);
  const sheets: Record<string, Grid> = workbook();
  if (log) sheets[name] = log;
  return setup({
    sheets,
    now: MONDAY + 2 * DAY,
    properties: { document: docProps(fakes) },
  });
}

describe('the log sheet grows for as many years as the plan is used', () => {
  it('writes past a log already at its 1,000-row edge, growing it, nothing past the edge', () => {
    const old: Grid = [HEADER];
    for (let i = 1; i < 1000; i++)
      old.push([
        vnDate(2025, 1, 1),
        '2025-W01',
        'Ai đó',
        `x${i}@thcs-hoabinh.edu.vn`,
        '',
        'Đã gửi',
        '',
      ]);
    const { fakes, app } = setup({
      sheets: { ...workbook(), [LOG]: { values: old, maxRows: 1000 } },
    });
    expect(app.callJson<Counts>('sendWeeklyReminders')).toEqual({
      sent: 4,
      skipped: 2,
      deferred: 0,
    });
    const snap = fakes.state.sheet(LOG).snapshot();
    expect(snap.values).toHaveLength(1007);
    expect(snap.maxRows).toBeGreaterThanOrEqual(1007);
    expect(
      snap.values
        .slice(1000)
        .map((r) => r[5])
        .filter((r) => r === 'Đã gửi'),
    ).toHaveLength(4);
  });

  it('runs week after week over years of history (past the first 1,000 rows), each person once a week', () => {
    // Two school years of history already in the log (2024-W36 …), then 15 more weeks.
    const history: Grid = [HEADER];
    for (let i = 0; i < 950; i++)
      history.push([
        vnDate(2024, 9, 2 + Math.floor(i / 9) * 7),
        `h-${Math.floor(i / 9)}`,
        '',
        `x${i}@t.vn`,
        '',
        'Đã gửi',
        '',
      ]);
    const { fakes, app } = setup({ addon: false, sheets: workbook({ log: history }) });
    app.callJson('enableWeeklyReminders');
    const uid = byHandler(fakes, 'sendWeeklyReminders')[0]?.uniqueId ?? '';
    for (let week = 0; week < 15; week++) {
      fakes.state.clock.set(MONDAY + week * 7 * DAY);
      expect(fire(fakes, app, uid, true).sent).toBe(4);
      fakes.state.clock.advance(DAY);
      expect(fire(fakes, app, uid, true).sent).toBe(0);
    }
    expect(fakes.state.mail.sent).toHaveLength(15 * 4);
    expect(logValues(fakes).length).toBeGreaterThan(1000);
    // Only the current week's sent record is kept in the document properties.
    expect(Object.keys(docProps(fakes)).filter((k) => k.startsWith('reminderSent.'))).toHaveLength(
      1,
    );
  });
});

describe('the week’s sent record survives what users do to the log sheet', () => {
  const edits: [string, (log: Grid) => Grid | null, string?][] = [
    ['deleted', () => null],
    ['renamed', (log) => log, 'Nhật ký cũ'],
    ['cleared', () => []],
    ['cleared below its header', (log) => log.slice(0, 1)],
    [
      'its Email and Tuần headers renamed',
      (log) => [
        log[0]?.map((h) => (h === 'Email' ? 'Địa chỉ' : h === 'Tuần' ? 'Tuần lễ' : h)) ?? [],
        ...log.slice(1),
      ],
    ],
    [
      'Đã gửi retyped in lower case',
      (log) => log.map((r) => r.map((c) => (c === 'Đã gửi' ? 'đã gửi' : c))),
    ],
  ];
  it.each(edits)('log sheet %s: nobody is mailed twice', (_, edit, name = LOG) => {
    const first = setup();
    expect(first.app.callJson<Counts>('sendWeeklyReminders').sent).toBe(4);
    const { fakes, app } = afterEdit(first.fakes, edit, name);
    expect(app.callJson<Counts>('sendWeeklyReminders').sent).toBe(0);
    expect(fakes.state.mail.sent).toHaveLength(0);
  });

  it('reads Đã gửi in any case even without the properties record', () => {
    const log: Grid = [
      HEADER,
      ...EVERYONE.map((e) => [new Date(MONDAY), WEEK, '', e, '', 'ĐÃ GỬI', '']),
    ];
    const { fakes, app } = setup({ sheets: workbook({ log }) });
    expect(app.callJson<Counts>('sendWeeklyReminders').sent).toBe(0);
    expect(fakes.state.mail.sent).toHaveLength(0);
  });

  it('keeps the record compact: one property for the week, well under 9 KB', () => {
    const { fakes, app } = setup();
    app.callJson('sendWeeklyReminders');
    const props = docProps(fakes);
    expect(props[`reminderSent.${WEEK}.0`]?.split('\n').sort()).toEqual(EVERYONE);
  });
});

describe('every send is recorded before the next one', () => {
  it('the log row and the properties record of each send exist before the next send', () => {
    const { fakes, app } = setup();
    const seen: [number, number][] = [];
    fakes.state.mail.fault = () => {
      const rows = fakes.state.spreadsheet.hasSheet(LOG) ? logValues(fakes) : [];
      const sentRows = rows.filter((r) => r[5] === 'Đã gửi').length;
      const recorded = (docProps(fakes)[`reminderSent.${WEEK}.0`] ?? '')
        .split('\n')
        .filter(Boolean).length;
      seen.push([sentRows, recorded]);
      return null;
    };
    app.callJson('sendWeeklyReminders');
    expect(seen).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('a log write that fails after a send: the run stops, is retried, and the retry sends the rest once', () => {
    const { fakes, app } = setup({ addon: false });
    let sends = 0;
    fakes.state.mail.fault = () => {
      if (++sends === 3)
        fakes.runtime.refuse(
          'Sheet.appendRow',
          'Service Spreadsheets failed while accessing document',
        );
      return null;
    };
    expect(() => app.callJson('sendWeeklyReminders')).toThrow(
      /^Lượt gửi nhắc hạn bị dừng: Service Spreadsheets failed/,
    );
    expect(fakes.state.mail.sent).toHaveLength(3);
    expect(byHandler(fakes, 'sendDeferredReminders')).toHaveLength(1);
    // The retry, an hour later, on the same spreadsheet (its log and properties as they are).
    const retry = afterEdit(fakes, (log) => log);
    retry.fakes.state.clock.set(MONDAY + 3600e3);
    expect(retry.app.callJson<Counts>('sendWeeklyReminders').sent).toBe(1);
    expect([...recipients(fakes), ...recipients(retry.fakes)].sort()).toEqual(EVERYONE);
  });
});

describe('retries within the week', () => {
  it('a transient send failure is retried within the hour by the one retry trigger', () => {
    const { fakes, app } = setup({ addon: false });
    let failed = false;
    fakes.state.mail.fault = (to) =>
      to === PEOPLE.em && !failed ? ((failed = true), 'Service unavailable: Gmail') : null;
    expect(app.callJson<Counts>('sendWeeklyReminders')).toEqual({
      sent: 3,
      skipped: 2,
      deferred: 1,
    });
    const hoan = logValues(fakes).filter((r) => r[5] === 'Hoãn');
    expect(hoan.map((r) => r[3])).toEqual([PEOPLE.em]);
    expect(String(hoan[0]?.[6])).toMatch(/Service unavailable: Gmail.*thử lại trong tuần/);
    const [retry] = byHandler(fakes, 'sendDeferredReminders');
    expect(retry?.clock?.at).toBe(MONDAY + 3600e3);
    fakes.state.clock.set(MONDAY + 3600e3);
    expect(fire(fakes, app, retry?.uniqueId ?? '', true)).toMatchObject({ sent: 1, deferred: 0 });
    expect(recipients(fakes)).toEqual(EVERYONE);
    expect(fakes.state.triggers).toHaveLength(0);
  });

  it('a quota error in the middle of sending defers that person and the rest to tomorrow', () => {
    const { fakes, app } = setup({ addon: false });
    let n = 0;
    fakes.state.mail.fault = () =>
      ++n >= 3 ? 'Service invoked too many times for one day: email.' : null;
    expect(app.callJson<Counts>('sendWeeklyReminders')).toEqual({
      sent: 2,
      skipped: 2,
      deferred: 2,
    });
    expect(logValues(fakes).filter((r) => r[5] === 'Hoãn')).toHaveLength(2);
    const retries = byHandler(fakes, 'sendDeferredReminders');
    expect(retries.map((t) => t.clock?.at)).toEqual([vnTime(2026, 12, 1, 7)]);
    fakes.state.mail.fault = null;
    fakes.state.clock.set(vnTime(2026, 12, 1, 7));
    expect(fire(fakes, app, retries[0]?.uniqueId ?? '', true).sent).toBe(2);
    expect(recipients(fakes)).toEqual(EVERYONE);
  });

  it('a retry trigger the platform refuses once is asked for again', () => {
    const { fakes, app } = setup({ addon: false, mailQuota: 2 });
    fakes.state.script.failNextCreate =
      'We’re sorry, a server error occurred. Please wait a bit and try again.';
    expect(app.callJson<Counts>('sendWeeklyReminders').deferred).toBe(2);
    expect(byHandler(fakes, 'sendDeferredReminders')).toHaveLength(1);
  });

  it('never more than one retry trigger in a bound script, whoever runs out of quota', () => {
    const { fakes, app } = setup({ addon: false, mailQuota: 1 });
    expect(app.callJson<Counts>('sendWeeklyReminders').deferred).toBe(3);
    expect(app.callJson<Counts>('sendWeeklyReminders').deferred).toBe(3);
    fakes.state.actAs(B);
    fakes.state.mail.quota = 0;
    expect(app.callJson<Counts>('sendWeeklyReminders').deferred).toBe(3);
    expect(byHandler(fakes, 'sendDeferredReminders')).toHaveLength(1);
  });

  it('turning reminders off removes the pending retry too', () => {
    const { fakes, app } = setup({ addon: false, mailQuota: 2 });
    app.callJson('enableWeeklyReminders');
    app.callJson('sendWeeklyReminders');
    expect(byHandler(fakes, 'sendDeferredReminders')).toHaveLength(1);
    app.callJson('disableWeeklyReminders');
    expect(fakes.state.triggers).toEqual([]);
  });
});

describe('one weekly trigger per spreadsheet, whoever turns it on', () => {
  it('records the owner, the time and the trigger in document properties', () => {
    const { fakes, app } = setup();
    app.callJson('enableWeeklyReminders');
    const [t] = byHandler(fakes, 'sendWeeklyReminders');
    expect(JSON.parse(docProps(fakes).reminderTrigger ?? '')).toEqual({
      owner: A,
      since: MONDAY,
      uid: t?.uniqueId,
    });
    expect(fakes.state.ui.alerts.at(-1)?.prompt).toContain(`do ${A} bật từ 30/11/2026 07:00`);
  });

  it('a second editor is told who owns it and how to switch it off; no second trigger', () => {
    const { fakes, app } = setup();
    app.callJson('enableWeeklyReminders');
    fakes.state.actAs(B);
    expect(app.callJson('enableWeeklyReminders')).toMatchObject({ enabled: true, owner: A });
    expect(byHandler(fakes, 'sendWeeklyReminders')).toHaveLength(1);
    const told = fakes.state.ui.alerts.at(-1)?.prompt ?? '';
    expect(told).toContain(`${A} bật từ 30/11/2026 07:00`);
    expect(told).toMatch(/chỉ người đó xoá được lịch/);
    expect(told).toMatch(/“Tắt nhắc hạn hằng tuần” rồi “Bật nhắc hạn hằng tuần”/);
    const load = app.callJson<{ reminders: { status: string } }>('sidebarLoad');
    expect(load.reminders.status).toContain(`do ${A} bật`);
  });

  it('two owners’ triggers in the same week: the replaced one stands down, nobody gets two', () => {
    const { fakes, app } = setup({ addon: false });
    app.callJson('enableWeeklyReminders');
    const [old] = byHandler(fakes, 'sendWeeklyReminders');
    // A has left; B switches off (A's trigger stays: only A could delete it) and on again.
    fakes.state.actAs(B);
    app.callJson('disableWeeklyReminders');
    expect(fakes.state.ui.alerts.at(-1)?.prompt).toMatch(
      new RegExp(`do ${A} bật .*tự xoá ở lần chạy tới`),
    );
    app.callJson('enableWeeklyReminders');
    const triggers = byHandler(fakes, 'sendWeeklyReminders');
    expect(triggers.map((t) => t.owner)).toEqual([A, B]);
    expect(fire(fakes, app, old?.uniqueId ?? '', true)).toEqual({
      sent: 0,
      skipped: 0,
      deferred: 0,
    });
    expect(byHandler(fakes, 'sendWeeklyReminders').map((t) => t.owner)).toEqual([B]);
    const mine = byHandler(fakes, 'sendWeeklyReminders')[0]?.uniqueId ?? '';
    expect(fire(fakes, app, mine, true).sent).toBe(4);
    fakes.state.clock.advance(DAY);
    expect(fire(fakes, app, mine, true).sent).toBe(0);
    expect(recipients(fakes)).toEqual(EVERYONE);
    expect(fakes.state.mail.sent.every((m) => m.from === B)).toBe(true);
  });

  it('two triggers from before the record (one per editor): the first adopts it, the second stands down', () => {
    const { fakes, app } = setup({ addon: false });
    const a = fakes.state.script.addTrigger({
      handler: 'sendWeeklyReminders',
      eventType: 'CLOCK',
      owner: A,
    });
    const b = fakes.state.script.addTrigger({
      handler: 'sendWeeklyReminders',
      eventType: 'CLOCK',
      owner: B,
    });
    expect(fire(fakes, app, a.uniqueId, true).sent).toBe(4);
    fakes.state.clock.advance(3600e3);
    expect(fire(fakes, app, b.uniqueId, true).sent).toBe(0);
    expect(recipients(fakes)).toEqual(EVERYONE);
    expect(fakes.state.triggers.map((t) => t.owner)).toEqual([A]);
  });

  it('a trigger still running after reminders were turned off sends nothing', () => {
    const { fakes, app } = setup({ addon: false });
    app.callJson('enableWeeklyReminders');
    const [t] = byHandler(fakes, 'sendWeeklyReminders');
    fakes.state.actAs(B);
    app.callJson('disableWeeklyReminders');
    expect(fire(fakes, app, t?.uniqueId ?? '', true).sent).toBe(0);
    expect(fakes.state.triggers).toEqual([]);
  });
});

describe('no cell the add-on writes passes 50,000 characters', () => {
  it('clips a huge digest’s items, sent and skipped, with “…và N mục nữa”', () => {
    const rows = planRows().slice(0, 1);
    for (let i = 0; i < 3200; i++)
      rows.push([
        `CT-${i}`,
        '1.1',
        '',
        'Việc',
        'Nguyễn Thị An',
        'Lê Thị Cúc',
        vnDate(2026, 11, 20),
        '',
      ]);
    const { fakes, app } = setup({ sheets: workbook({ plan: rows }) });
    expect(app.callJson<Counts>('sendWeeklyReminders')).toMatchObject({ sent: 1, skipped: 1 });
    const cells = logValues(fakes).flat().map(String);
    expect(Math.max(...cells.map((c) => c.length))).toBeLessThanOrEqual(50000);
    for (const result of ['Đã gửi', 'Bỏ qua']) {
      const items = String(logValues(fakes).find((r) => r[5] === result)?.[4]);
      expect(items.length).toBeGreaterThan(49000);
      expect(items).toMatch(/^1\.1 \(dòng 2\); .* …và \d+ mục nữa$/);
      const kept = items.split('; ').length;
      expect(Number(/(\d+) mục nữa$/.exec(items)?.[1]) + kept).toBe(3200);
    }
  });
});
