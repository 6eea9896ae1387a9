/** Ui, HtmlService, properties, locks, session, console, triggers and mail, as the add-on uses them. */
// @ts-nocheck

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { createFakes } from '.';

describe('Ui and HtmlService', () => {
  test('getUi throws where there is no UI', () => {
    const fakes = createFakes({ ui: false });
    expect(() => fakes.globals.SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  test('menus and alerts are recorded', () => {
    const fakes = createFakes();
    const ui = fakes.globals.SpreadsheetApp.getUi();
    ui.createMenu('Kế hoạch CTCL').addItem('Kiểm tra', 'checkPlan').addSeparator().addToUi();
    expect(() => ui.createMenu('M').addItem('x', 'not a name')).toThrow('is not a function name');
    expect(fakes.state.ui.menus).toEqual([
      {
        caption: 'Kế hoạch CTCL',
        items: [
          { type: 'item', caption: 'Kiểm tra', functionName: 'checkPlan' },
          { type: 'separator' },
        ],
      },
    ]);
    expect(ui.alert('Tiêu đề', 'Xong', ui.ButtonSet.OK)).toBe('OK');
    expect(fakes.state.ui.alerts).toEqual([{ title: 'Tiêu đề', prompt: 'Xong', buttons: 'OK' }]);
  });

  test('sidebars and dialogs record their HTML, title and size', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ctcl-html-'));
    writeFileSync(path.join(dir, 'Sidebar.html'), '<p>Xin chào</p>');
    const fakes = createFakes({ htmlDir: dir });
    const { HtmlService, SpreadsheetApp } = fakes.globals;
    const ui = SpreadsheetApp.getUi();
    ui.showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('CTCL').setWidth(300));
    ui.showModalDialog(
      HtmlService.createHtmlOutput('<b>x</b>').setWidth(400).setHeight(300),
      'Hộp',
    );
    expect(fakes.state.ui.dialogs).toEqual([
      { type: 'sidebar', title: 'CTCL', html: '<p>Xin chào</p>', width: 300, height: null },
      { type: 'modal', title: 'Hộp', html: '<b>x</b>', width: 400, height: 300 },
    ]);
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
  });
});

describe('properties, locks, session and console', () => {
  test('properties are stored as strings per store, within the size quota', () => {
    const fakes = createFakes({ properties: { script: { a: '1' } } });
    const { PropertiesService } = fakes.globals;
    const doc = PropertiesService.getDocumentProperties();
    doc.setProperty('week', 12 as unknown as string).setProperty('x', 'y');
    expect(doc.getProperties()).toEqual({ week: '12', x: 'y' });
    expect(doc.getProperty('missing')).toBeNull();
    doc.deleteProperty('week');
    expect(fakes.state.properties.document.has('week')).toBe(false);
    expect(PropertiesService.getScriptProperties().getProperty('a')).toBe('1');
    expect(() => doc.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large');
  });

  test('locks: tryLock fails and waitLock times out while another execution holds the lock', () => {
    const fakes = createFakes();
    const { locks } = fakes.state;
    const lock = fakes.globals.LockService.getScriptLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(locks.script.heldBy()).toBe('script');
    lock.releaseLock();
    expect(locks.script.heldBy()).toBe('nobody');
    locks.document.holdByOther();
    const doc = fakes.globals.LockService.getDocumentLock();
    expect(doc.tryLock(5000)).toBe(false);
    expect(() => doc.waitLock(5000)).toThrow('Lock timeout');
    locks.document.release();
    expect(() => doc.waitLock(5000)).not.toThrow();
    expect(locks.document.acquisitions()).toBe(1);
  });

  test('session users and console lines', () => {
    const fakes = createFakes({ user: 'ht@truong.edu.vn', activeUser: '' });
    const { Session, console: log } = fakes.globals;
    expect(Session.getActiveUser().getEmail()).toBe('');
    expect(Session.getEffectiveUser().getEmail()).toBe('ht@truong.edu.vn');
    log.warn('cảnh báo', { a: 1 });
    log.error(new Error('hỏng'));
    expect(fakes.state.logs.console).toEqual([
      { level: 'warn', message: 'cảnh báo {"a":1}' },
      { level: 'error', message: 'Error: hỏng' },
    ]);
  });
});

describe('ScriptApp triggers', () => {
  test('a weekly trigger is created, listed and deleted', () => {
    const fakes = createFakes();
    const { ScriptApp } = fakes.globals;
    const trigger = ScriptApp.newTrigger('sendReminders')
      .timeBased()
      .onWeekDay(ScriptApp.WeekDay.MONDAY)
      .atHour(7)
      .inTimezone('Asia/Ho_Chi_Minh')
      .create();
    expect(fakes.state.triggers).toEqual([
      {
        uniqueId: trigger.getUniqueId(),
        handler: 'sendReminders',
        eventType: 'CLOCK',
        documentId: 'fake-spreadsheet-id',
        clock: { weekDay: 'MONDAY', atHour: 7, timeZone: 'Asia/Ho_Chi_Minh' },
      },
    ]);
    const [listed] = ScriptApp.getProjectTriggers();
    expect(listed?.getHandlerFunction()).toBe('sendReminders');
    if (!listed) return;
    ScriptApp.deleteTrigger(listed);
    expect(fakes.state.triggers).toEqual([]);
    expect(fakes.state.script.deleted.map((t) => t.handler)).toEqual(['sendReminders']);
    expect(() => ScriptApp.deleteTrigger(listed)).toThrow('does not exist');
  });

  test('an add-on holds one time-based trigger per document; a project at most 20', () => {
    const fakes = createFakes();
    const { ScriptApp } = fakes.globals;
    const once = () =>
      ScriptApp.newTrigger('f')
        .timeBased()
        .at(new Date(Date.UTC(2030, 0, 1)))
        .create();
    once();
    expect(once).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    expect(() => ScriptApp.newTrigger('g').timeBased().atHour(7).create()).toThrow(
      'needs one schedule',
    );
    fakes.state.script.addon = false;
    for (let i = 1; i < 20; i += 1) once();
    expect(once).toThrow('This script has too many triggers.');
  });
});

describe('MailApp', () => {
  test('records mails and uses one quota unit per recipient', () => {
    const fakes = createFakes({ mailQuota: 3, now: 1000 });
    const { MailApp } = fakes.globals;
    MailApp.sendEmail({
      to: 'a@truong.edu.vn, Cô B <b@truong.edu.vn>',
      subject: 'Nhắc hạn',
      body: 'x',
      htmlBody: '<p>x</p>',
      name: 'CTCL',
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    expect(
      fakes.state.mail.sent.map((m) => [m.recipients, m.subject, m.name, m.htmlBody, m.sentAt]),
    ).toEqual([[['a@truong.edu.vn', 'b@truong.edu.vn'], 'Nhắc hạn', 'CTCL', '<p>x</p>', 1000]]);
    expect(() => MailApp.sendEmail({ to: 'c@x.vn, d@x.vn', subject: 's', body: 'b' })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(fakes.state.mail.sent).toHaveLength(1);
  });

  test('refuses invalid addresses and options it does not model', () => {
    const fakes = createFakes();
    const { MailApp } = fakes.globals;
    expect(() => MailApp.sendEmail({ to: 'nguyen van a', subject: 's', body: 'b' })).toThrow(
      'Invalid email: nguyen van a',
    );
    expect(() =>
      MailApp.sendEmail({ to: 'a@b.vn', subject: 's', htmlbody: '<p>' } as never),
    ).toThrow('option "htmlbody" is not modelled');
    expect(() => MailApp.sendEmail('a@b.vn', 's', 'b')).toThrow("don't match the method signature");
    expect(fakes.state.mail.sent).toEqual([]);
  });
});
