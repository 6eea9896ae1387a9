/** ScriptApp (enums, installable triggers, authorization info) and MailApp. */
import { FakeSpreadsheet } from './spreadsheet';
import {
  FakeEnum,
  FakeObject,
  Runtime,
  asApi,
  badArgs,
  checkArgs,
  enumValue,
  fail,
  isDate,
  isInteger,
  isPlainObject,
  notImplemented,
} from './strict';
import { offsetMinutes } from './time';

type Trigger = GoogleAppsScript.Script.Trigger;
type TriggerBuilder = GoogleAppsScript.Script.TriggerBuilder;
type ClockTriggerBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;
type SpreadsheetTriggerBuilder = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;

const FAMILY = 'Script';

export const WEEKDAYS = [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
] as const;
export type WeekdayName = (typeof WEEKDAYS)[number];
export type EventTypeName = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';
export type TriggerSourceName = 'CLOCK' | 'SPREADSHEETS';

export interface ClockSpec {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  weekDay?: WeekdayName;
  monthDay?: number;
  atHour?: number;
  nearMinute?: number;
  timeZone?: string;
  /** at(date): ms since epoch. */
  at?: number;
  /** after(ms). */
  after?: number;
}

export interface TriggerRecord {
  uniqueId: string;
  handler: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  /** The spreadsheet id for spreadsheet triggers; null for clock triggers. */
  sourceId: string | null;
  /** The document an add-on created it in (the active spreadsheet), null without one. */
  documentId: string | null;
  clock?: ClockSpec;
  createdAt: number;
}

export interface ScriptState {
  /** Installed triggers of the (single) fake user, oldest first. Mutable. */
  readonly triggers: TriggerRecord[];
  /** Triggers deleted through ScriptApp.deleteTrigger, in order. */
  readonly deleted: TriggerRecord[];
  /** What getAuthorizationInfo(...).getAuthorizationStatus() answers: REQUIRED when true. */
  authorizationRequired: boolean;
  /** Enforce the add-on trigger limits (one per event type per document, at most hourly). */
  addon: boolean;
  /** Adds an existing trigger (e.g. one installed by an earlier run); returns its record. */
  addTrigger(
    trigger: Partial<TriggerRecord> & Pick<TriggerRecord, 'handler' | 'eventType'>,
  ): TriggerRecord;
}

const PROJECT_TRIGGER_LIMIT = 20;

export interface ScriptWorld {
  rt: Runtime;
  script: ScriptState;
  /** The id of the active spreadsheet, or null (e.g. in a time-driven trigger). */
  activeDocumentId(): string | null;
  nextTriggerId(): string;
}

export function createScriptState(
  addon: boolean,
  nextId: () => string,
  now: () => number,
): ScriptState {
  const triggers: TriggerRecord[] = [];
  return {
    triggers,
    deleted: [],
    authorizationRequired: false,
    addon,
    addTrigger(t) {
      const record: TriggerRecord = {
        uniqueId: t.uniqueId ?? nextId(),
        handler: t.handler,
        eventType: t.eventType,
        source: t.source ?? (t.eventType === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS'),
        sourceId: t.sourceId ?? null,
        documentId: t.documentId ?? null,
        createdAt: t.createdAt ?? now(),
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
      | 'newTrigger'
      | 'getProjectTriggers'
      | 'getUserTriggers'
      | 'deleteTrigger'
      | 'getScriptId'
      | 'getAuthorizationInfo'
    >
{
  readonly AuthMode: FakeEnum;
  readonly AuthorizationStatus: FakeEnum;
  readonly EventType: FakeEnum;
  readonly TriggerSource: FakeEnum;
  readonly WeekDay: FakeEnum;

  constructor(private readonly world: ScriptWorld) {
    super(world.rt, 'ScriptApp', FAMILY);
    const rt = world.rt;
    this.AuthMode = new FakeEnum(rt, 'ScriptApp.AuthMode', FAMILY, [
      'NONE',
      'CUSTOM_FUNCTION',
      'LIMITED',
      'FULL',
    ]);
    this.AuthorizationStatus = new FakeEnum(rt, 'ScriptApp.AuthorizationStatus', FAMILY, [
      'REQUIRED',
      'NOT_REQUIRED',
    ]);
    this.EventType = new FakeEnum(rt, 'ScriptApp.EventType', FAMILY, [
      'CLOCK',
      'ON_OPEN',
      'ON_EDIT',
      'ON_FORM_SUBMIT',
      'ON_CHANGE',
      'ON_EVENT_UPDATED',
    ]);
    this.TriggerSource = new FakeEnum(rt, 'ScriptApp.TriggerSource', FAMILY, [
      'SPREADSHEETS',
      'CLOCK',
      'FORMS',
      'DOCUMENTS',
      'CALENDAR',
    ]);
    this.WeekDay = new FakeEnum(rt, 'ScriptApp.WeekDay', FAMILY, WEEKDAYS);
  }

  newTrigger(functionName: string): TriggerBuilder {
    checkArgs('ScriptApp.newTrigger', [functionName], typeof functionName === 'string');
    if (!/^[A-Za-z_$][\w$]*$/.test(functionName)) {
      fail(`Fake Apps Script: "${functionName}" is not a function name`);
    }
    return asApi(new FakeTriggerBuilder(this.world, functionName));
  }

  getProjectTriggers(): Trigger[] {
    return this.world.script.triggers.map((t) => asApi<Trigger>(new FakeTrigger(this.world, t)));
  }

  /** Spreadsheets only (the add-on has no Document or Form fakes). */
  getUserTriggers(spreadsheet: unknown): Trigger[] {
    const ss = spreadsheet;
    checkArgs('ScriptApp.getUserTriggers', [spreadsheet], ss instanceof FakeSpreadsheet);
    const id = (ss as FakeSpreadsheet)._model.id;
    return this.world.script.triggers
      .filter((t) => t.documentId === id || t.sourceId === id)
      .map((t) => asApi<Trigger>(new FakeTrigger(this.world, t)));
  }

  deleteTrigger(trigger: Trigger): void {
    const t = trigger as unknown;
    checkArgs('ScriptApp.deleteTrigger', [trigger], t instanceof FakeTrigger);
    const id = (t as FakeTrigger)._record.uniqueId;
    const list = this.world.script.triggers;
    const i = list.findIndex((r) => r.uniqueId === id);
    if (i < 0) fail(`Fake Apps Script: trigger ${id} does not exist (deleted twice?)`);
    const [removed] = list.splice(i, 1);
    if (removed) this.world.script.deleted.push(removed);
  }

  getScriptId(): string {
    return 'fake-script-id';
  }

  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
  ): GoogleAppsScript.Script.AuthorizationInfo {
    checkArgs(
      'ScriptApp.getAuthorizationInfo',
      [authMode],
      ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'].includes(String(authMode)),
    );
    return asApi(new FakeAuthorizationInfo(this.world));
  }
}

export class FakeAuthorizationInfo
  extends FakeObject
  implements
    Pick<
      GoogleAppsScript.Script.AuthorizationInfo,
      'getAuthorizationStatus' | 'getAuthorizationUrl'
    >
{
  constructor(private readonly world: ScriptWorld) {
    super(world.rt, 'AuthorizationInfo', FAMILY);
  }

  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return enumValue(this.world.script.authorizationRequired ? 'REQUIRED' : 'NOT_REQUIRED');
  }

  /** null when no authorization is required, as in Apps Script. */
  getAuthorizationUrl(): string {
    return this.world.script.authorizationRequired
      ? 'https://script.google.com/macros/fake-authorization'
      : (null as unknown as string);
  }
}

/** Applies the project and add-on limits, then records the trigger. */
function install(
  world: ScriptWorld,
  t: Omit<TriggerRecord, 'uniqueId' | 'createdAt' | 'documentId'>,
): Trigger {
  const { script } = world;
  if (script.triggers.length >= PROJECT_TRIGGER_LIMIT) {
    fail(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  }
  const documentId = world.activeDocumentId() ?? t.sourceId;
  if (script.addon) {
    const sameKind = script.triggers.filter(
      (r) => r.eventType === t.eventType && r.documentId === documentId,
    );
    if (sameKind.length > 0) {
      const kind = t.eventType === 'CLOCK' ? 'time-based' : t.eventType.toLowerCase();
      fail(
        `This add-on has created too many ${kind} triggers in this document for this Google user account.`,
      );
    }
  }
  const record: TriggerRecord = {
    ...t,
    uniqueId: world.nextTriggerId(),
    documentId,
    createdAt: world.rt.now(),
  };
  script.triggers.push(record);
  return asApi(new FakeTrigger(world, record));
}

export class FakeTriggerBuilder
  extends FakeObject
  implements Pick<TriggerBuilder, 'timeBased' | 'forSpreadsheet'>
{
  constructor(
    private readonly world: ScriptWorld,
    private readonly handler: string,
  ) {
    super(world.rt, 'TriggerBuilder', FAMILY);
  }

  timeBased(): ClockTriggerBuilder {
    return asApi(new FakeClockTriggerBuilder(this.world, this.handler));
  }

  /** forSpreadsheet(spreadsheet) or forSpreadsheet(spreadsheetId). */
  forSpreadsheet(
    sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string,
  ): SpreadsheetTriggerBuilder {
    const ss = sheet as unknown;
    checkArgs(
      'TriggerBuilder.forSpreadsheet',
      [sheet],
      ss instanceof FakeSpreadsheet || (typeof ss === 'string' && ss !== ''),
    );
    const id = ss instanceof FakeSpreadsheet ? ss._model.id : (ss as string);
    return asApi(new FakeSpreadsheetTriggerBuilder(this.world, this.handler, id));
  }
}

const EVERY_MINUTES = [1, 5, 10, 15, 30];
const EVERY_HOURS = [1, 2, 4, 6, 8, 12];

export class FakeClockTriggerBuilder
  extends FakeObject
  implements
    Pick<
      ClockTriggerBuilder,
      | 'everyMinutes'
      | 'everyHours'
      | 'everyDays'
      | 'everyWeeks'
      | 'onWeekDay'
      | 'onMonthDay'
      | 'atHour'
      | 'nearMinute'
      | 'inTimezone'
      | 'at'
      | 'after'
      | 'create'
    >
{
  private readonly spec: ClockSpec = {};

  constructor(
    private readonly world: ScriptWorld,
    private readonly handler: string,
  ) {
    super(world.rt, 'ClockTriggerBuilder', FAMILY);
  }

  private _int(method: string, n: unknown, ok: (n: number) => boolean, hint: string): number {
    if (!isInteger(n)) return badArgs(`ClockTriggerBuilder.${method}`, [n]);
    if (!ok(n)) fail(`The value you passed to ${method} was invalid. ${hint}`);
    return n;
  }

  everyMinutes(n: number): ClockTriggerBuilder {
    this.spec.everyMinutes = this._int(
      'everyMinutes',
      n,
      (v) => EVERY_MINUTES.includes(v),
      'Only 1, 5, 10, 15 or 30 are accepted.',
    );
    return asApi(this);
  }

  everyHours(n: number): ClockTriggerBuilder {
    this.spec.everyHours = this._int(
      'everyHours',
      n,
      (v) => EVERY_HOURS.includes(v),
      'Only 1, 2, 4, 6, 8 or 12 are accepted.',
    );
    return asApi(this);
  }

  everyDays(n: number): ClockTriggerBuilder {
    this.spec.everyDays = this._int('everyDays', n, (v) => v >= 1, 'It must be at least 1.');
    return asApi(this);
  }

  everyWeeks(n: number): ClockTriggerBuilder {
    this.spec.everyWeeks = this._int('everyWeeks', n, (v) => v >= 1, 'It must be at least 1.');
    return asApi(this);
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): ClockTriggerBuilder {
    const name = String(day);
    checkArgs(
      'ClockTriggerBuilder.onWeekDay',
      [day],
      typeof day === 'string' && (WEEKDAYS as readonly string[]).includes(name),
    );
    this.spec.weekDay = name as WeekdayName;
    return asApi(this);
  }

  onMonthDay(day: number): ClockTriggerBuilder {
    this.spec.monthDay = this._int('onMonthDay', day, (v) => v >= 1 && v <= 31, 'Use 1 to 31.');
    return asApi(this);
  }

  atHour(hour: number): ClockTriggerBuilder {
    this.spec.atHour = this._int('atHour', hour, (v) => v >= 0 && v <= 23, 'Use 0 to 23.');
    return asApi(this);
  }

  nearMinute(minute: number): ClockTriggerBuilder {
    this.spec.nearMinute = this._int(
      'nearMinute',
      minute,
      (v) => v >= 0 && v <= 59,
      'Use 0 to 59.',
    );
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

  after(durationMilliseconds: number): ClockTriggerBuilder {
    this.spec.after = this._int('after', durationMilliseconds, (v) => v >= 0, 'It must be >= 0.');
    return asApi(this);
  }

  create(): Trigger {
    const s = this.spec;
    const kinds = [
      s.everyMinutes !== undefined,
      s.everyHours !== undefined,
      s.everyDays !== undefined,
      s.everyWeeks !== undefined || s.weekDay !== undefined,
      s.monthDay !== undefined,
      s.at !== undefined,
      s.after !== undefined,
    ].filter(Boolean).length;
    if (kinds === 0) {
      fail(
        'Fake Apps Script: a time-based trigger needs a schedule ' +
          '(everyMinutes, everyHours, everyDays, everyWeeks/onWeekDay, onMonthDay, at or after)',
      );
    }
    if (kinds > 1) fail('Fake Apps Script: a time-based trigger has conflicting schedules');
    if (
      (s.atHour !== undefined || s.nearMinute !== undefined) &&
      (s.everyMinutes !== undefined ||
        s.everyHours !== undefined ||
        s.at !== undefined ||
        s.after !== undefined)
    ) {
      fail('Fake Apps Script: atHour/nearMinute only apply to daily, weekly or monthly triggers');
    }
    if (this.world.script.addon && s.everyMinutes !== undefined) {
      fail(
        'Fake Apps Script: an add-on time-based trigger cannot run more often than once an hour',
      );
    }
    return install(this.world, {
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      clock: { ...s },
    });
  }
}

export class FakeSpreadsheetTriggerBuilder
  extends FakeObject
  implements
    Pick<SpreadsheetTriggerBuilder, 'onOpen' | 'onEdit' | 'onChange' | 'onFormSubmit' | 'create'>
{
  private event: EventTypeName | null = null;

  constructor(
    private readonly world: ScriptWorld,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {
    super(world.rt, 'SpreadsheetTriggerBuilder', FAMILY);
  }

  onOpen(): SpreadsheetTriggerBuilder {
    this.event = 'ON_OPEN';
    return asApi(this);
  }

  onEdit(): SpreadsheetTriggerBuilder {
    this.event = 'ON_EDIT';
    return asApi(this);
  }

  onChange(): SpreadsheetTriggerBuilder {
    this.event = 'ON_CHANGE';
    return asApi(this);
  }

  onFormSubmit(): SpreadsheetTriggerBuilder {
    this.event = 'ON_FORM_SUBMIT';
    return asApi(this);
  }

  create(): Trigger {
    if (!this.event)
      fail('Fake Apps Script: choose onOpen/onEdit/onChange/onFormSubmit before create()');
    return install(this.world, {
      handler: this.handler,
      eventType: this.event,
      source: 'SPREADSHEETS',
      sourceId: this.spreadsheetId,
    });
  }
}

export class FakeTrigger
  extends FakeObject
  implements
    Pick<
      Trigger,
      | 'getHandlerFunction'
      | 'getUniqueId'
      | 'getEventType'
      | 'getTriggerSource'
      | 'getTriggerSourceId'
    >
{
  constructor(
    world: ScriptWorld,
    readonly _record: TriggerRecord,
  ) {
    super(world.rt, 'Trigger', FAMILY);
  }

  getHandlerFunction(): string {
    return this._record.handler;
  }

  getUniqueId(): string {
    return this._record.uniqueId;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    return enumValue(this._record.eventType);
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return enumValue(this._record.source);
  }

  /** The spreadsheet id; null for clock triggers (as in Apps Script, despite @types). */
  getTriggerSourceId(): string {
    return this._record.sourceId as string;
  }
}

export function registerScriptAuth(rt: Runtime): void {
  for (const m of ['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger']) {
    rt.requireAuth(`ScriptApp.${m}`, 'FULL');
  }
  for (const s of [
    'TriggerBuilder',
    'ClockTriggerBuilder',
    'SpreadsheetTriggerBuilder',
    'Trigger',
    'MailApp',
  ]) {
    rt.requireAuth(s, 'FULL');
  }
}

// ---------------------------------------------------------------------------------------------
// MailApp

export interface SentMail {
  to: string;
  cc: string | null;
  bcc: string | null;
  replyTo: string | null;
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  noReply: boolean;
  /** Every address in to, cc and bcc. */
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
const RECIPIENT_LIMIT = 50;
const BODY_LIMIT = 200 * 1024;
const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\].]+(\.[^\s@<>(),;:"[\].]+)+$/;
const OPTION_KEYS = new Set([
  'attachments',
  'bcc',
  'body',
  'cc',
  'htmlBody',
  'inlineImages',
  'name',
  'noReply',
  'replyTo',
  'subject',
  'to',
]);

/** "a@x.vn, B <b@y.vn>" → ['a@x.vn', 'b@y.vn']; throws 'Invalid email: …' on a bad address. */
export function parseAddresses(list: string): string[] {
  const out: string[] = [];
  for (const part of list.split(',')) {
    const entry = part.trim();
    if (entry === '') continue;
    const angle = /^[^<>]*<([^<>]+)>$/.exec(entry);
    const address = (angle?.[1] ?? entry).trim();
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

  /**
   * sendEmail(message), sendEmail(to, subject, body), sendEmail(to, subject, body, options),
   * sendEmail(to, replyTo, subject, body).
   */
  sendEmail(...args: unknown[]): void {
    const [a, b, c, d] = args;
    let message: Record<string, unknown>;
    if (args.length === 1 && isPlainObject(a)) {
      message = { ...a };
    } else if (args.length === 3 || (args.length === 4 && isPlainObject(d))) {
      checkArgs(
        'MailApp.sendEmail',
        args,
        typeof a === 'string' && typeof b === 'string' && typeof c === 'string',
      );
      if (isPlainObject(d)) {
        for (const key of ['to', 'subject', 'body']) {
          if (key in d)
            fail(`Fake Apps Script: MailApp.sendEmail option "${key}" is not an option`);
        }
      }
      message = { ...(isPlainObject(d) ? d : {}), to: a, subject: b, body: c };
    } else if (args.length === 4 && typeof d === 'string') {
      checkArgs(
        'MailApp.sendEmail',
        args,
        typeof a === 'string' && typeof b === 'string' && typeof c === 'string',
      );
      message = { to: a, replyTo: b, subject: c, body: d };
    } else {
      return checkArgs('MailApp.sendEmail', args, false);
    }
    this._send(message);
  }

  private _send(m: Record<string, unknown>): void {
    for (const key of Object.keys(m)) {
      if (!OPTION_KEYS.has(key))
        fail(`Fake Apps Script: unknown MailApp.sendEmail option "${key}"`);
    }
    if (m.attachments !== undefined) notImplemented('MailApp.sendEmail attachments');
    if (m.inlineImages !== undefined) notImplemented('MailApp.sendEmail inlineImages');
    const text = (key: string): string | null => {
      const v = m[key];
      if (v === undefined || v === null) return null;
      if (typeof v !== 'string')
        fail(`Fake Apps Script: MailApp.sendEmail "${key}" must be a string`);
      return v;
    };
    const to = text('to') ?? '';
    const cc = text('cc');
    const bcc = text('bcc');
    const replyTo = text('replyTo');
    const recipients = [to, cc ?? '', bcc ?? ''].flatMap(parseAddresses);
    if (replyTo !== null) parseAddresses(replyTo);
    if (parseAddresses(to).length === 0) fail('Failed to send email: no recipient');
    if (recipients.length > RECIPIENT_LIMIT) fail('Limit Exceeded: Email Recipients Per Message.');
    const body = text('body') ?? '';
    const htmlBody = text('htmlBody');
    if (Buffer.byteLength(body) + Buffer.byteLength(htmlBody ?? '') > BODY_LIMIT) {
      fail('Limit Exceeded: Email Body Size.');
    }
    if (m.noReply !== undefined && typeof m.noReply !== 'boolean') {
      fail('Fake Apps Script: MailApp.sendEmail "noReply" must be a boolean');
    }
    if (this.mail.quota < recipients.length) {
      fail('Service invoked too many times for one day: email.');
    }
    this.mail.quota -= recipients.length;
    this.mail.sent.push({
      to,
      cc,
      bcc,
      replyTo,
      subject: text('subject') ?? '',
      body,
      htmlBody,
      name: text('name'),
      noReply: m.noReply === true,
      recipients,
      sentAt: this._rt.now(),
    });
  }
}
