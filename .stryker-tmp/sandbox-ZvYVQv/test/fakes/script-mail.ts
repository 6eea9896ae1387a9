/** ScriptApp (the WeekDay enum and time-driven triggers) and MailApp. */
// @ts-nocheck

import {
  FakeEnum,
  FakeObject,
  Runtime,
  asApi,
  badArgs,
  checkArgs,
  fail,
  isDate,
  isInteger,
  isPlainObject,
} from './strict';
import { offsetMinutes } from './time';

type Trigger = GoogleAppsScript.Script.Trigger;
type TriggerBuilder = GoogleAppsScript.Script.TriggerBuilder;
type ClockTriggerBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;

const FAMILY = 'Script';

const WEEKDAYS = 'SUNDAY MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY'.split(' ');
/** The add-on installs time-driven triggers only. */
export type EventTypeName = 'CLOCK';

export interface ClockSpec {
  /** A ScriptApp.WeekDay name: 'MONDAY'… */
  weekDay?: string;
  atHour?: number;
  timeZone?: string;
  /** at(date): ms since epoch. */
  at?: number;
}

export interface TriggerRecord {
  uniqueId: string;
  handler: string;
  eventType: EventTypeName;
  /** The document an add-on created it in (the active spreadsheet), null without one. */
  documentId: string | null;
  clock?: ClockSpec;
}

export interface ScriptState {
  /** Installed triggers of the (single) fake user, oldest first. Mutable. */
  readonly triggers: TriggerRecord[];
  /** Triggers deleted through ScriptApp.deleteTrigger, in order. */
  readonly deleted: TriggerRecord[];
  /** Enforce the add-on trigger limit (one per event type per document). */
  addon: boolean;
  /** Adds an existing trigger (e.g. one installed by an earlier run); returns its record. */
  addTrigger(
    trigger: Partial<TriggerRecord> & Pick<TriggerRecord, 'handler' | 'eventType'>,
  ): TriggerRecord;
}

// 20 triggers per user per script: https://developers.google.com/apps-script/guides/services/quotas#current_limitations
const PROJECT_TRIGGER_LIMIT = 20;

export interface ScriptWorld {
  rt: Runtime;
  script: ScriptState;
  /** The id of the active spreadsheet, or null (e.g. in a time-driven trigger). */
  activeDocumentId(): string | null;
  nextTriggerId(): string;
}

export function createScriptState(addon: boolean, nextId: () => string): ScriptState {
  const triggers: TriggerRecord[] = [];
  return {
    triggers,
    deleted: [],
    addon,
    addTrigger(t) {
      const record: TriggerRecord = {
        uniqueId: t.uniqueId ?? nextId(),
        handler: t.handler,
        eventType: t.eventType,
        documentId: t.documentId ?? null,
        ...(t.clock ? { clock: { ...t.clock } } : {}),
      };
      triggers.push(record);
      return record;
    },
  };
}

export class FakeScriptApp
  extends FakeObject
  implements
    Pick<GoogleAppsScript.Script.ScriptApp, 'newTrigger' | 'getProjectTriggers' | 'deleteTrigger'>
{
  readonly WeekDay: FakeEnum;

  constructor(private readonly world: ScriptWorld) {
    super(world.rt, 'ScriptApp', FAMILY);
    this.WeekDay = new FakeEnum(world.rt, 'ScriptApp.WeekDay', FAMILY, WEEKDAYS);
  }

  newTrigger(functionName: string): TriggerBuilder {
    checkArgs('ScriptApp.newTrigger', [functionName], typeof functionName === 'string');
    if (!/^[A-Za-z_$][\w$]*$/.test(functionName)) {
      fail(`Fake Apps Script: "${functionName}" is not a function name`);
    }
    return asApi(new FakeTriggerBuilder(this.world, functionName));
  }

  // The triggers of this project for the current user: https://developers.google.com/apps-script/reference/script/script-app#getprojecttriggers
  getProjectTriggers(): Trigger[] {
    return this.world.script.triggers.map((t) => asApi<Trigger>(new FakeTrigger(this._rt, t)));
  }

  deleteTrigger(trigger: Trigger): void {
    const t = trigger as unknown;
    checkArgs('ScriptApp.deleteTrigger', [trigger], t instanceof FakeTrigger);
    const id = (t as FakeTrigger)._record.uniqueId;
    const list = this.world.script.triggers;
    const i = list.findIndex((r) => r.uniqueId === id);
    if (i < 0) fail(`Fake Apps Script: trigger ${id} does not exist (deleted twice?)`);
    this.world.script.deleted.push(...list.splice(i, 1));
  }
}

export class FakeTriggerBuilder extends FakeObject implements Pick<TriggerBuilder, 'timeBased'> {
  constructor(
    private readonly world: ScriptWorld,
    private readonly handler: string,
  ) {
    super(world.rt, 'TriggerBuilder', FAMILY);
  }

  timeBased(): ClockTriggerBuilder {
    return asApi(new FakeClockTriggerBuilder(this.world, this.handler));
  }
}

export class FakeClockTriggerBuilder
  extends FakeObject
  implements Pick<ClockTriggerBuilder, 'onWeekDay' | 'atHour' | 'inTimezone' | 'at' | 'create'>
{
  private readonly spec: ClockSpec = {};

  constructor(
    private readonly world: ScriptWorld,
    private readonly handler: string,
  ) {
    super(world.rt, 'ClockTriggerBuilder', FAMILY);
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): ClockTriggerBuilder {
    const name = String(day);
    const ok = typeof day === 'string' && WEEKDAYS.includes(name);
    checkArgs('ClockTriggerBuilder.onWeekDay', [day], ok);
    this.spec.weekDay = name;
    return asApi(this);
  }

  atHour(hour: number): ClockTriggerBuilder {
    if (!isInteger(hour)) return badArgs('ClockTriggerBuilder.atHour', [hour]);
    if (hour < 0 || hour > 23) fail('The value you passed to atHour was invalid. Use 0 to 23.');
    this.spec.atHour = hour;
    return asApi(this);
  }

  inTimezone(timezone: string): ClockTriggerBuilder {
    checkArgs('ClockTriggerBuilder.inTimezone', [timezone], typeof timezone === 'string');
    offsetMinutes(timezone, 0); // throws on an unknown zone
    this.spec.timeZone = timezone;
    return asApi(this);
  }

  at(date: GoogleAppsScript.Base.Date): ClockTriggerBuilder {
    checkArgs('ClockTriggerBuilder.at', [date], isDate(date) && !Number.isNaN(date.getTime()));
    this.spec.at = date.getTime();
    return asApi(this);
  }

  // atHour only applies to daily, weekly or monthly triggers: https://developers.google.com/apps-script/reference/script/clock-trigger-builder#athourhour
  create(): Trigger {
    const s = this.spec;
    const weekly = s.weekDay !== undefined;
    if (weekly === (s.at !== undefined)) {
      fail('Fake Apps Script: a time-based trigger needs one schedule (onWeekDay or at)');
    }
    if (s.atHour !== undefined && !weekly) {
      fail('Fake Apps Script: atHour only applies to daily, weekly or monthly triggers');
    }
    return install(this.world, { handler: this.handler, eventType: 'CLOCK', clock: { ...s } });
  }
}

/** Applies the project and add-on limits, then records the trigger. */
function install(world: ScriptWorld, t: Omit<TriggerRecord, 'uniqueId' | 'documentId'>): Trigger {
  const { script } = world;
  if (script.triggers.length >= PROJECT_TRIGGER_LIMIT) {
    fail(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  }
  const documentId = world.activeDocumentId();
  // One trigger of each type per user per document: https://developers.google.com/workspace/add-ons/concepts/editor-triggers
  const sameKind = (r: TriggerRecord) => r.eventType === t.eventType && r.documentId === documentId;
  if (script.addon && script.triggers.some(sameKind)) {
    fail(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
  }
  const record: TriggerRecord = { ...t, uniqueId: world.nextTriggerId(), documentId };
  script.triggers.push(record);
  return asApi(new FakeTrigger(world.rt, record));
}

export class FakeTrigger
  extends FakeObject
  implements Pick<Trigger, 'getHandlerFunction' | 'getUniqueId'>
{
  constructor(
    rt: Runtime,
    readonly _record: TriggerRecord,
  ) {
    super(rt, 'Trigger', FAMILY);
  }

  getHandlerFunction(): string {
    return this._record.handler;
  }

  getUniqueId(): string {
    return this._record.uniqueId;
  }
}

// Installing or listing triggers and sending mail need full authorization: https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
export function registerScriptAuth(rt: Runtime): void {
  for (const s of ['ScriptApp', 'TriggerBuilder', 'ClockTriggerBuilder', 'Trigger', 'MailApp']) {
    rt.requireAuth(s, 'FULL');
  }
}

// ---------------------------------------------------------------------------------------------
// MailApp

export interface SentMail {
  to: string;
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  /** Every address in `to`. */
  recipients: string[];
  /** Fake-clock time of sending (ms). */
  sentAt: number;
}

export interface MailState {
  readonly sent: SentMail[];
  /** MailApp.getRemainingDailyQuota(); each recipient of each mail uses one. Settable. */
  quota: number;
}

const MAIL_FAMILY = 'Mail';
// 50 recipients and 200 kB of body per message: https://developers.google.com/apps-script/guides/services/quotas#current_limitations
const RECIPIENT_LIMIT = 50;
const BODY_LIMIT = 200 * 1024;
const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\].]+(\.[^\s@<>(),;:"[\].]+)+$/;
const OPTION_KEYS = new Set(['body', 'htmlBody', 'name', 'subject', 'to']);

/** "a@x.vn, B <b@y.vn>" → ['a@x.vn', 'b@y.vn']; throws 'Invalid email: …' on a bad address. */
function parseAddresses(list: string): string[] {
  const out: string[] = [];
  for (const part of list.split(',')) {
    const entry = part.trim();
    if (entry === '') continue;
    const address = (/^[^<>]*<([^<>]+)>$/.exec(entry)?.[1] ?? entry).trim();
    if (!EMAIL.test(address)) fail(`Invalid email: ${entry}`);
    out.push(address);
  }
  return out;
}

export class FakeMailApp
  extends FakeObject
  implements Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>
{
  constructor(
    rt: Runtime,
    private readonly mail: MailState,
  ) {
    super(rt, 'MailApp', MAIL_FAMILY);
  }

  getRemainingDailyQuota(): number {
    return this.mail.quota;
  }

  /** sendEmail(message) only: the form the add-on uses. */
  // https://developers.google.com/apps-script/reference/mail/mail-app#sendemailmessage
  sendEmail(...args: unknown[]): void {
    const [m] = args;
    if (args.length !== 1 || !isPlainObject(m)) return badArgs('MailApp.sendEmail', args);
    for (const key of Object.keys(m)) {
      if (!OPTION_KEYS.has(key))
        fail(`Fake Apps Script: MailApp.sendEmail option "${key}" is not modelled`);
    }
    const text = (key: string): string | null => {
      const v = m[key];
      if (v === undefined || v === null) return null;
      if (typeof v !== 'string')
        fail(`Fake Apps Script: MailApp.sendEmail "${key}" must be a string`);
      return v;
    };
    const to = text('to') ?? '';
    const recipients = parseAddresses(to);
    if (recipients.length === 0) fail('Failed to send email: no recipient');
    if (recipients.length > RECIPIENT_LIMIT) fail('Limit Exceeded: Email Recipients Per Message.');
    const body = text('body') ?? '';
    const htmlBody = text('htmlBody');
    if (Buffer.byteLength(body) + Buffer.byteLength(htmlBody ?? '') > BODY_LIMIT) {
      fail('Limit Exceeded: Email Body Size.');
    }
    // Each recipient uses one of the day's quota: https://developers.google.com/apps-script/reference/mail/mail-app#getremainingdailyquota
    if (this.mail.quota < recipients.length) {
      fail('Service invoked too many times for one day: email.');
    }
    this.mail.quota -= recipients.length;
    const subject = text('subject') ?? '';
    const sentAt = this._rt.now();
    this.mail.sent.push({ to, subject, body, htmlBody, name: text('name'), recipients, sentAt });
  }
}
