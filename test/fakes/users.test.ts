/** Several users: each trigger is its creator's, runs as its creator, with that person's mail quota. */
import { describe, expect, test } from '@jest/globals';
import { createFakes } from '.';

const A = 'a@school.edu.vn';
const B = 'b@school.edu.vn';

function weekly(fakes: ReturnType<typeof createFakes>): string {
  const { ScriptApp } = fakes.globals;
  return ScriptApp.newTrigger('f')
    .timeBased()
    .onWeekDay(ScriptApp.WeekDay.MONDAY)
    .atHour(7)
    .create()
    .getUniqueId();
}

describe('several users', () => {
  test('getProjectTriggers shows only the caller’s triggers; another’s cannot be deleted', () => {
    const fakes = createFakes({ user: A, addon: false });
    const mine = weekly(fakes);
    fakes.state.actAs(B);
    const { ScriptApp } = fakes.globals;
    expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
    const theirs = weekly(fakes);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([theirs]);
    expect(fakes.state.triggers.map((t) => [t.uniqueId, t.owner])).toEqual([
      [mine, A],
      [theirs, B],
    ]);
  });

  test('the add-on limit of one time trigger per document counts each user apart', () => {
    const fakes = createFakes({ user: A });
    weekly(fakes);
    expect(() => weekly(fakes)).toThrow('too many time-based triggers');
    fakes.state.actAs(B);
    expect(() => weekly(fakes)).not.toThrow();
  });

  test('a fired trigger runs as its creator, with the creator’s mail quota', () => {
    const fakes = createFakes({ user: A, addon: false, mailQuota: 5 });
    const uid = weekly(fakes);
    fakes.state.actAs(B);
    fakes.state.mail.quota = 1;
    fakes.events.fire(uid);
    const { Session, MailApp } = fakes.globals;
    expect(Session.getEffectiveUser().getEmail()).toBe(A);
    expect(MailApp.getRemainingDailyQuota()).toBe(5);
    MailApp.sendEmail({ to: 'x@y.vn', subject: 's', body: 'b' });
    expect(fakes.state.mail.sent[0]?.from).toBe(A);
    expect(fakes.state.mail.quotas.get(A)).toBe(4);
    expect(fakes.state.mail.quotas.get(B)).toBe(1);
    expect(fakes.state.activeSpreadsheet).toBe(false);
    fakes.events.fire(uid, { bound: true });
    expect(fakes.state.activeSpreadsheet).toBe(true);
  });

  test('the quota runs out mid-run with the documented error; injected faults throw, nothing sent', () => {
    const fakes = createFakes({ mailQuota: 1 });
    const { MailApp } = fakes.globals;
    fakes.state.mail.fault = (to) => (to === 'x@y.vn' ? 'Service unavailable: Gmail' : null);
    expect(() => MailApp.sendEmail({ to: 'x@y.vn', subject: 's', body: 'b' })).toThrow(
      'Service unavailable',
    );
    MailApp.sendEmail({ to: 'z@y.vn', subject: 's', body: 'b' });
    expect(() => MailApp.sendEmail({ to: 'w@y.vn', subject: 's', body: 'b' })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(fakes.state.mail.sent.map((m) => m.to)).toEqual(['z@y.vn']);
  });

  test('a user’s quota comes back 24 hours after the first send', () => {
    const fakes = createFakes({ mailQuota: 2, now: '2026-11-30T00:00:00Z' });
    const { MailApp } = fakes.globals;
    MailApp.sendEmail({ to: 'x@y.vn', subject: 's', body: 'b' });
    fakes.state.clock.advance(23 * 3600e3);
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    fakes.state.clock.advance(3600e3);
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
  });

  test('a trigger creation can be made to fail once', () => {
    const fakes = createFakes({ addon: false });
    fakes.state.script.failNextCreate = 'Server error';
    expect(() => weekly(fakes)).toThrow('Server error');
    expect(() => weekly(fakes)).not.toThrow();
  });
});
