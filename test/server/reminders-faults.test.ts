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

  it('runs every week for three school years (past the first 1,000 rows), each person once a week', () => {
    const { fakes, app } = setup({ addon: false });
    app.callJson('enableWeeklyReminders');
    const uid = byHandler(fakes, 'sendWeeklyReminders')[0]?.uniqueId ?? '';
    for (let week = 0; week < 170; week++) {
      fakes.state.clock.set(MONDAY + week * 7 * DAY);
      expect(fire(fakes, app, uid, true).sent).toBe(4);
    }
    expect(fakes.state.mail.sent).toHaveLength(170 * 4);
    expect(logValues(fakes).length).toBeGreaterThan(1000);
    // Only the current week's sent record is kept in the document properties.
    expect(Object.keys(docProps(fakes)).filter((k) => k.startsWith('reminderSent.'))).toHaveLength(
      1,
    );
  });
});
