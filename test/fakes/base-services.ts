/** PropertiesService, LockService, Session, Logger, console and Utilities. */
import {
  FakeObject,
  Runtime,
  asApi,
  checkArgs,
  fail,
  isDate,
  isInteger,
  isPlainObject,
} from './strict';
import { DEFAULT_TIME_ZONE, formatDate } from './time';

type Properties = GoogleAppsScript.Properties.Properties;
type Lock = GoogleAppsScript.Lock.Lock;
type User = GoogleAppsScript.Base.User;

const FAMILY = 'Script';

// ---------------------------------------------------------------------------------------------
// PropertiesService

/** Apps Script's quotas: 9 kB per value, 500 kB per property store. */
const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export type PropertyStoreName = 'document' | 'script' | 'user';

export class FakePropertiesService
  extends FakeObject
  implements
    Pick<
      GoogleAppsScript.Properties.PropertiesService,
      'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
    >
{
  constructor(
    rt: Runtime,
    private readonly stores: Record<PropertyStoreName, Map<string, string>>,
  ) {
    super(rt, 'PropertiesService', FAMILY);
  }

  getDocumentProperties(): Properties {
    return asApi(new FakeProperties(this._rt, this.stores.document));
  }

  getScriptProperties(): Properties {
    return asApi(new FakeProperties(this._rt, this.stores.script));
  }

  getUserProperties(): Properties {
    return asApi(new FakeProperties(this._rt, this.stores.user));
  }
}

export class FakeProperties
  extends FakeObject
  implements
    Pick<
      Properties,
      | 'getProperty'
      | 'setProperty'
      | 'getProperties'
      | 'setProperties'
      | 'getKeys'
      | 'deleteProperty'
      | 'deleteAllProperties'
    >
{
  constructor(
    rt: Runtime,
    private readonly store: Map<string, string>,
  ) {
    super(rt, 'Properties', FAMILY);
  }

  private _value(method: string, key: unknown, value: unknown): string {
    checkArgs(
      `Properties.${method}`,
      [key, value],
      typeof key === 'string' &&
        (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'),
    );
    const text = String(value);
    if (bytes(text) > VALUE_LIMIT) fail('Argument too large: value');
    return text;
  }

  private _checkTotal(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > STORE_LIMIT) {
      fail(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
  }

  getProperty(key: string): string | null {
    checkArgs('Properties.getProperty', [key], typeof key === 'string');
    return this.store.get(key) ?? null;
  }

  /** Values must be strings (numbers and booleans are stored as text, as Apps Script does). */
  setProperty(key: string, value: string): Properties {
    const text = this._value('setProperty', key, value);
    const next = new Map(this.store).set(key, text);
    this._checkTotal(next);
    this.store.set(key, text);
    return asApi(this);
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  setProperties(properties: Record<string, string>, deleteAllOthers = false): Properties {
    checkArgs('Properties.setProperties', [properties], isPlainObject(properties));
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store);
    for (const [k, v] of Object.entries(properties))
      next.set(k, this._value('setProperties', k, v));
    this._checkTotal(next);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
    return asApi(this);
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  deleteProperty(key: string): Properties {
    checkArgs('Properties.deleteProperty', [key], typeof key === 'string');
    this.store.delete(key);
    return asApi(this);
  }

  deleteAllProperties(): Properties {
    this.store.clear();
    return asApi(this);
  }
}

// ---------------------------------------------------------------------------------------------
// LockService

export type LockScope = 'document' | 'script' | 'user';

/** One lock per scope, shared by every Lock object of that scope. */
export class LockSlot {
  /** null: free; 'other': another execution (set by the test); else the Lock holding it. */
  holder: FakeLock | 'other' | null = null;
  /** Successful tryLock/waitLock calls. */
  acquisitions = 0;
  /** Failed tryLock/waitLock calls. */
  failures = 0;
}

export interface LockState {
  /** Simulates another execution holding the lock: tryLock → false, waitLock → throws. */
  holdByOther(): void;
  /** Frees the lock whoever holds it. */
  release(): void;
  /** 'nobody', 'other' (see holdByOther) or 'script' (the code under test holds it). */
  heldBy(): 'nobody' | 'other' | 'script';
  acquisitions(): number;
  failures(): number;
}

export function lockState(slot: LockSlot): LockState {
  return {
    holdByOther() {
      slot.holder = 'other';
    },
    release() {
      slot.holder = null;
    },
    heldBy: () => (slot.holder === null ? 'nobody' : slot.holder === 'other' ? 'other' : 'script'),
    acquisitions: () => slot.acquisitions,
    failures: () => slot.failures,
  };
}

export class FakeLockService
  extends FakeObject
  implements
    Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  constructor(
    rt: Runtime,
    private readonly slots: Record<LockScope, LockSlot>,
  ) {
    super(rt, 'LockService', FAMILY);
  }

  getDocumentLock(): Lock {
    return asApi(new FakeLock(this._rt, this.slots.document));
  }

  getScriptLock(): Lock {
    return asApi(new FakeLock(this._rt, this.slots.script));
  }

  getUserLock(): Lock {
    return asApi(new FakeLock(this._rt, this.slots.user));
  }
}

export class FakeLock
  extends FakeObject
  implements Pick<Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>
{
  constructor(
    rt: Runtime,
    private readonly slot: LockSlot,
  ) {
    super(rt, 'Lock', FAMILY);
  }

  private _acquire(method: string, timeoutInMillis: number): boolean {
    checkArgs(
      `Lock.${method}`,
      [timeoutInMillis],
      isInteger(timeoutInMillis) && timeoutInMillis >= 0,
    );
    if (this.slot.holder === null || this.slot.holder === this) {
      this.slot.holder = this;
      this.slot.acquisitions += 1;
      return true;
    }
    this.slot.failures += 1;
    return false;
  }

  /** False at once when another holder is set (the fake does not wait). */
  tryLock(timeoutInMillis: number): boolean {
    return this._acquire('tryLock', timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    if (!this._acquire('waitLock', timeoutInMillis)) {
      fail('Lock timeout: another process was holding the lock for too long.');
    }
  }

  releaseLock(): void {
    if (this.slot.holder === this) this.slot.holder = null;
  }

  hasLock(): boolean {
    return this.slot.holder === this;
  }
}

// ---------------------------------------------------------------------------------------------
// Session

export interface SessionState {
  /** Session.getActiveUser().getEmail(); '' mimics contexts where Google hides it. */
  activeUser: string;
  /** Session.getEffectiveUser().getEmail(). */
  effectiveUser: string;
  locale: string;
  scriptTimeZone: string;
}

export class FakeSession
  extends FakeObject
  implements
    Pick<
      GoogleAppsScript.Base.Session,
      | 'getActiveUser'
      | 'getEffectiveUser'
      | 'getActiveUserLocale'
      | 'getScriptTimeZone'
      | 'getTemporaryActiveUserKey'
    >
{
  constructor(
    rt: Runtime,
    private readonly session: SessionState,
  ) {
    super(rt, 'Session', FAMILY);
  }

  getActiveUser(): User {
    return asApi(new FakeUser(this._rt, this.session.activeUser));
  }

  getEffectiveUser(): User {
    return asApi(new FakeUser(this._rt, this.session.effectiveUser));
  }

  getActiveUserLocale(): string {
    return this.session.locale;
  }

  getScriptTimeZone(): string {
    return this.session.scriptTimeZone;
  }

  getTemporaryActiveUserKey(): string {
    return `fake-temporary-key-${this.session.activeUser || 'anonymous'}`;
  }
}

export class FakeUser extends FakeObject implements Pick<User, 'getEmail'> {
  constructor(
    rt: Runtime,
    private readonly email: string,
  ) {
    super(rt, 'User', FAMILY);
  }

  getEmail(): string {
    return this.email;
  }
}

// ---------------------------------------------------------------------------------------------
// Logger and console

export interface ConsoleLine {
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

export interface LogState {
  /** Lines written by Logger.log (Logger.clear() empties it). */
  readonly logger: string[];
  /** Lines written by console.log/info/warn/error and console.timeEnd. */
  readonly console: ConsoleLine[];
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isDate(value)) return value.toISOString();
  if (
    value instanceof Error ||
    (value && typeof value === 'object' && 'stack' in value && 'message' in value)
  ) {
    const e = value as Error;
    return `${e.name}: ${e.message}`;
  }
  if (value !== null && typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/** printf-style %s %d %i %f %o %O %j substitution, then the remaining values space-separated. */
export function formatLog(args: readonly unknown[]): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(show).join(' ');
  let i = 0;
  const text = first.replace(/%[sdifoOj%]/g, (token) => {
    if (token === '%%') return '%';
    if (i >= rest.length) return token;
    const v = rest[i++];
    if (token === '%d' || token === '%i') return String(Math.trunc(Number(v)));
    if (token === '%f') return String(Number(v));
    return show(v);
  });
  return [text, ...rest.slice(i).map(show)].join(' ');
}

export class FakeLogger
  extends FakeObject
  implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'clear' | 'getLog'>
{
  constructor(
    rt: Runtime,
    private readonly logs: LogState,
  ) {
    super(rt, 'Logger', FAMILY);
  }

  log(...args: unknown[]): GoogleAppsScript.Base.Logger {
    this.logs.logger.push(formatLog(args));
    return asApi(this);
  }

  clear(): void {
    this.logs.logger.length = 0;
  }

  getLog(): string {
    return this.logs.logger.join('\n');
  }
}

export class FakeConsole
  extends FakeObject
  implements Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'>
{
  private readonly timers = new Map<string, number>();

  constructor(
    rt: Runtime,
    private readonly logs: LogState,
  ) {
    super(rt, 'console', FAMILY);
  }

  log(...args: unknown[]): void {
    this.logs.console.push({ level: 'log', message: formatLog(args) });
  }

  info(...args: unknown[]): void {
    this.logs.console.push({ level: 'info', message: formatLog(args) });
  }

  warn(...args: unknown[]): void {
    this.logs.console.push({ level: 'warn', message: formatLog(args) });
  }

  error(...args: unknown[]): void {
    this.logs.console.push({ level: 'error', message: formatLog(args) });
  }

  time(label: string): void {
    this.timers.set(String(label), this._rt.now());
  }

  timeEnd(label: string): void {
    const start = this.timers.get(String(label));
    if (start === undefined) return;
    this.timers.delete(String(label));
    this.logs.console.push({
      level: 'log',
      message: `${String(label)}: ${this._rt.now() - start}ms`,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Utilities

export class FakeUtilities
  extends FakeObject
  implements Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'sleep' | 'getUuid'>
{
  private uuids = 0;
  /** Total milliseconds the script asked to sleep. */
  _slept = 0;

  constructor(rt: Runtime) {
    super(rt, 'Utilities', FAMILY);
  }

  /** Java SimpleDateFormat letters y M d H h m s S a; time zones 'Asia/Ho_Chi_Minh', 'GMT+7'… */
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    checkArgs(
      'Utilities.formatDate',
      [date, timeZone, format],
      isDate(date) && typeof timeZone === 'string' && typeof format === 'string',
    );
    if (Number.isNaN(date.getTime()))
      fail('Fake Apps Script: Utilities.formatDate got an invalid Date');
    return formatDate(date.getTime(), timeZone || DEFAULT_TIME_ZONE, format);
  }

  /** Returns at once; advances the fake clock when one is set (see setNow). */
  sleep(milliseconds: number): void {
    checkArgs(
      'Utilities.sleep',
      [milliseconds],
      typeof milliseconds === 'number' && milliseconds >= 0,
    );
    this._slept += milliseconds;
    if (this._rt.fixedNow !== null) this._rt.fixedNow += milliseconds;
  }

  /** Deterministic: 00000000-0000-4000-8000-000000000001, …0002, … */
  getUuid(): string {
    this.uuids += 1;
    return `00000000-0000-4000-8000-${String(this.uuids).padStart(12, '0')}`;
  }
}

/** Minimum authorization modes of these services. */
export function registerBaseAuth(rt: Runtime): void {
  rt.requireAuth('PropertiesService', 'LIMITED');
  rt.requireAuth('Properties', 'LIMITED');
  rt.requireAuth('LockService', 'LIMITED');
  rt.requireAuth('Lock', 'LIMITED');
  rt.requireAuth('Session.getActiveUser', 'LIMITED');
  rt.requireAuth('Session.getEffectiveUser', 'LIMITED');
}
