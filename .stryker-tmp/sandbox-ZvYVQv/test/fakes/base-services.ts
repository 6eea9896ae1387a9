/** PropertiesService, LockService, Session and console. */
// @ts-nocheck

import { FakeObject, Runtime, asApi, checkArgs, fail, isInteger } from './strict';

type Properties = GoogleAppsScript.Properties.Properties;
type Lock = GoogleAppsScript.Lock.Lock;
type User = GoogleAppsScript.Base.User;

const FAMILY = 'Script';

// ---------------------------------------------------------------------------------------------
// PropertiesService

// 9 kB per value, 500 kB per store: https://developers.google.com/apps-script/guides/services/quotas#current_limitations
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
  implements Pick<Properties, 'getProperty' | 'setProperty' | 'getProperties' | 'deleteProperty'>
{
  constructor(
    rt: Runtime,
    private readonly store: Map<string, string>,
  ) {
    super(rt, 'Properties', FAMILY);
  }

  getProperty(key: string): string | null {
    checkArgs('Properties.getProperty', [key], typeof key === 'string');
    return this.store.get(key) ?? null;
  }

  // Values are stored as strings: https://developers.google.com/apps-script/reference/properties/properties#setpropertykey,-value
  setProperty(key: string, value: string): Properties {
    const ok =
      typeof key === 'string' &&
      (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean');
    checkArgs('Properties.setProperty', [key, value], ok);
    const text = String(value);
    if (bytes(text) > VALUE_LIMIT) fail('Argument too large: value');
    let total = bytes(key) + bytes(text);
    for (const [k, v] of this.store) if (k !== key) total += bytes(k) + bytes(v);
    if (total > STORE_LIMIT) {
      fail(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this.store.set(key, text);
    return asApi(this);
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  deleteProperty(key: string): Properties {
    checkArgs('Properties.deleteProperty', [key], typeof key === 'string');
    this.store.delete(key);
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
}

export interface LockState {
  /** Simulates another execution holding the lock: tryLock → false, waitLock → throws. */
  holdByOther(): void;
  /** Frees the lock whoever holds it. */
  release(): void;
  /** 'nobody', 'other' (see holdByOther) or 'script' (the code under test holds it). */
  heldBy(): 'nobody' | 'other' | 'script';
  acquisitions(): number;
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
  };
}

export class FakeLockService
  extends FakeObject
  implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock'>
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
}

export class FakeLock
  extends FakeObject
  implements Pick<Lock, 'tryLock' | 'waitLock' | 'releaseLock'>
{
  constructor(
    rt: Runtime,
    private readonly slot: LockSlot,
  ) {
    super(rt, 'Lock', FAMILY);
  }

  private _acquire(method: string, timeoutInMillis: number): boolean {
    const ok = isInteger(timeoutInMillis) && timeoutInMillis >= 0;
    checkArgs(`Lock.${method}`, [timeoutInMillis], ok);
    if (this.slot.holder !== null && this.slot.holder !== this) return false;
    this.slot.holder = this;
    this.slot.acquisitions += 1;
    return true;
  }

  /** False at once when another holder is set (the fake does not wait). */
  // https://developers.google.com/apps-script/reference/lock/lock#trylocktimeoutinmillis
  tryLock(timeoutInMillis: number): boolean {
    return this._acquire('tryLock', timeoutInMillis);
  }

  // Throws when the lock cannot be had in time: https://developers.google.com/apps-script/reference/lock/lock#waitlocktimeoutinmillis
  waitLock(timeoutInMillis: number): void {
    if (!this._acquire('waitLock', timeoutInMillis)) {
      fail('Lock timeout: another process was holding the lock for too long.');
    }
  }

  releaseLock(): void {
    if (this.slot.holder === this) this.slot.holder = null;
  }
}

// ---------------------------------------------------------------------------------------------
// Session

export interface SessionState {
  /** Session.getActiveUser().getEmail(); '' mimics contexts where Google hides it. */
  activeUser: string;
  /** Session.getEffectiveUser().getEmail(). */
  effectiveUser: string;
  /** The script's time zone (the manifest's), which the bundle's local-time Date uses. */
  scriptTimeZone: string;
}

export class FakeSession
  extends FakeObject
  implements Pick<GoogleAppsScript.Base.Session, 'getActiveUser' | 'getEffectiveUser'>
{
  constructor(
    rt: Runtime,
    private readonly session: SessionState,
  ) {
    super(rt, 'Session', FAMILY);
  }

  // Its e-mail may be '' (another domain, or no userinfo.email scope): https://developers.google.com/apps-script/reference/base/session#getactiveuser
  getActiveUser(): User {
    return asApi(new FakeUser(this._rt, this.session.activeUser));
  }

  getEffectiveUser(): User {
    return asApi(new FakeUser(this._rt, this.session.effectiveUser));
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
// console (https://developers.google.com/apps-script/guides/logging)

export interface ConsoleLine {
  level: 'warn' | 'error';
  message: string;
}

export interface LogState {
  /** Lines written by console.warn/error. */
  readonly console: ConsoleLine[];
}

/** As the execution log shows it: text as it is, errors as "Name: message", objects as JSON. */
function show(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  if ('stack' in value && 'message' in value) {
    return `${String((value as Error).name)}: ${String((value as Error).message)}`;
  }
  return JSON.stringify(value);
}

export class FakeConsole extends FakeObject implements Pick<Console, 'warn' | 'error'> {
  constructor(
    rt: Runtime,
    private readonly logs: LogState,
  ) {
    super(rt, 'console', FAMILY);
  }

  private _line(level: ConsoleLine['level'], args: unknown[]): void {
    this.logs.console.push({ level, message: args.map(show).join(' ') });
  }

  warn(...args: unknown[]): void {
    this._line('warn', args);
  }

  error(...args: unknown[]): void {
    this._line('error', args);
  }
}

// Properties and locks work in LIMITED mode, the user's identity needs it too: https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
export function registerBaseAuth(rt: Runtime): void {
  for (const s of ['PropertiesService', 'Properties', 'LockService', 'Lock', 'Session']) {
    rt.requireAuth(s, 'LIMITED');
  }
}
