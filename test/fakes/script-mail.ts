/** ScriptApp (the WeekDay enum and time-driven triggers) and MailApp. */
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
type AuthorizationInfo = GoogleAppsScript.Script.AuthorizationInfo;

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
  /** Its creator: it runs as this user and only this user sees it. */
  owner: string;
  clock?: ClockSpec;
}

export interface ScriptState {
  /** Installed triggers of every user, oldest first. Mutable. */
  readonly triggers: TriggerRecord[];
  /** Triggers deleted through ScriptApp.deleteTrigger, in order. */
  readonly deleted: TriggerRecord[];
  /** Enforce the add-on trigger limit (one per event type per document). */
  addon: boolean;
  /** Set: the next newTrigger…create() throws this message (once), as a failing platform would. */
  failNextCreate: string | null;
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
  /** The effective user's e-mail: whose triggers and quota a call sees. */
  user(): string;
}

export function createScriptState(
  addon: boolean,
  nextId: () => string,
  user: () => string,
): ScriptState {
  const triggers: TriggerRecord[] = [];
  return {
    triggers,
    deleted: [],
    addon,
    failNextCreate: null,
    addTrigger(t) {
      const record: TriggerRecord = {
        uniqueId: t.uniqueId ?? nextId(),
        handler: t.handler,
        eventType: t.eventType,
        documentId: t.documentId ?? null,
        owner: t.owner ?? user(),
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
    Pick<
      GoogleAppsScript.Script.ScriptApp,
      'newTrigger' | 'getProjectTriggers' | 'deleteTrigger' | 'getAuthorizationInfo'
    >
{
  readonly WeekDay: FakeEnum;
  readonly AuthMode: FakeEnum;

  constructor(private readonly world: ScriptWorld) {
    super(world.rt, 'ScriptApp', FAMILY);
    this.WeekDay = new FakeEnum(world.rt, 'ScriptApp.WeekDay', FAMILY, WEEKDAYS);
    const modes = ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'];
    this.AuthMode = new FakeEnum(world.rt, 'ScriptApp.AuthMode', FAMILY, modes);
  }

  // The scopes the user granted (the fake grants the manifest's): https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode)
  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode): AuthorizationInfo {
    const ok = (authMode as unknown as string) === 'FULL';
    checkArgs('ScriptApp.getAuthorizationInfo', [authMode], ok);
    return asApi(new FakeAuthorizationInfo(this._rt, [...this._rt.scopes]));
  }

  newTrigger(functionName: string): TriggerBuilder {
    checkArgs('ScriptApp.newTrigger', [functionName], typeof functionName === 'string');
    if (!/^[A-Za-z_$][\w$]*$/.test(functionName)) {
      fail(`Fake Apps Script: "${functionName}" is not a function name`);
    }
    return asApi(new FakeTriggerBuilder(this.world, functionName));
  }

  // Only the current user's triggers of this project; another account's stay invisible:
  // https://developers.google.com/apps-script/reference/script/script-app#getprojecttriggers
  // https://developers.google.com/apps-script/guides/triggers/installable
  getProjectTriggers(): Trigger[] {
    const me = this.world.user();
    return this.world.script.triggers
      .filter((t) => t.owner === me)
      .map((t) => asApi<Trigger>(new FakeTrigger(this._rt, t)));
  }

  deleteTrigger(trigger: Trigger): void {
    const t = trigger as unknown;
    checkArgs('ScriptApp.deleteTrigger', [trigger], t instanceof FakeTrigger);
    const id = (t as FakeTrigger)._record.uniqueId;
    const list = this.world.script.triggers;
    const i = list.findIndex((r) => r.uniqueId === id);
    if (i < 0) fail(`Fake Apps Script: trigger ${id} does not exist (deleted twice?)`);
    // Another user's trigger cannot be reached (inferred: getProjectTriggers never returns it).
    if (list[i]?.owner !== this.world.user())
      fail(`Fake Apps Script: trigger ${id} belongs to another user`);
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
function install(
  world: ScriptWorld,
  t: Omit<TriggerRecord, 'uniqueId' | 'documentId' | 'owner'>,
): Trigger {
  const { script } = world;
  const owner = world.user();
  const failure = script.failNextCreate;
  script.failNextCreate = null;
  if (failure !== null) fail(failure);
  const mine = script.triggers.filter((r) => r.owner === owner);
  if (mine.length >= PROJECT_TRIGGER_LIMIT) {
    fail(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  }
  const documentId = world.activeDocumentId();
  // One trigger of each type per user per document: https://developers.google.com/workspace/add-ons/concepts/editor-triggers
  const sameKind = (r: TriggerRecord) => r.eventType === t.eventType && r.documentId === documentId;
  if (script.addon && mine.some(sameKind)) {
    fail(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
  }
  const record: TriggerRecord = { ...t, uniqueId: world.nextTriggerId(), documentId, owner };
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

export class FakeAuthorizationInfo
  extends FakeObject
  implements Pick<AuthorizationInfo, 'getAuthorizationUrl'>
{
  constructor(
    rt: Runtime,
    private readonly scopes: string[],
  ) {
    super(rt, 'AuthorizationInfo', FAMILY);
  }

  // Not in @types 2.0: https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizedScopes()
  getAuthorizedScopes(): string[] {
    return [...this.scopes];
  }

  // Null when nothing more must be authorized: https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizationUrl()
  getAuthorizationUrl(): string {
    return null as unknown as string;
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
  /** The sending account: the effective user (a trigger's creator). */
  from: string;
}

export interface MailState {
  readonly sent: SentMail[];
  /** The effective user's MailApp.getRemainingDailyQuota(); each recipient uses one. Settable. */
  quota: number;
  /** Every user's quota left, by e-mail (a user not listed starts at the default). */
  readonly quotas: Map<string, number>;
  /**
   * Fault injection: called before each send with the recipient; a string returned is thrown
   * as the send's error (e.g. a transient "Service unavailable"), nothing is sent or counted.
   */
  fault: ((to: string) => string | null) | null;
}

// Quotas are per user and reset 24 hours after the first request:
// https://developers.google.com/apps-script/guides/services/quotas
export function createMailState(user: () => string, initial: number, now: () => number): MailState {
  const quotas = new Map<string, number>();
  const firstUse = new Map<string, number>();
  const left = (): number => {
    const since = firstUse.get(user());
    if (since !== undefined && now() - since >= 86_400_000) {
      firstUse.delete(user());
      quotas.delete(user());
    }
    return quotas.get(user()) ?? initial;
  };
  return {
    sent: [],
    quotas,
    fault: null,
    get quota() {
      return left();
    },
    set quota(n: number) {
      if (!firstUse.has(user())) firstUse.set(user(), now());
      quotas.set(user(), n);
    },
  };
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
    private readonly user: () => string,
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
    // Past the quota the call throws and nothing is sent (message text: third-party reports):
    // https://developers.google.com/apps-script/guides/services/quotas
    if (this.mail.quota < recipients.length) {
      fail('Service invoked too many times for one day: email.');
    }
    const fault = this.mail.fault?.(to) ?? null;
    if (fault !== null) fail(fault);
    this.mail.quota -= recipients.length;
    const subject = text('subject') ?? '';
    const sentAt = this._rt.now();
    const from = this.user();
    this.mail.sent.push({
      to,
      subject,
      body,
      htmlBody,
      name: text('name'),
      recipients,
      sentAt,
      from,
    });
  }
}
