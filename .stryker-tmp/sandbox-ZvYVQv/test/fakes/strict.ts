/**
 * The machinery every fake service shares: the strict Proxy, the call counter, the realm the
 * code under test runs in, the fake clock and the authorization-mode gate.
 *
 * Conventions for fake classes (see FakeObject):
 * - every method on the class's prototype chain (below FakeObject) is part of the fake Apps
 *   Script API, except names starting with `_` (internal helpers);
 * - own instance properties are internal, except names starting with an upper-case letter
 *   (enums such as `Ui.Button`, `ScriptApp.WeekDay`), which are exposed read-only;
 * - fake methods return RAW fake objects, arrays, Dates and plain objects; the Proxy layer turns
 *   them into strict proxies and values of the script's realm on the way out, unwraps proxies
 *   passed back in, counts the call and converts thrown errors into the script's realm.
 */
// @ts-nocheck


/** The service families counted together (Apps Script's own grouping, roughly). */
export type FamilyName = 'Spreadsheet' | 'Document' | 'Drive' | 'Mail' | 'Script' | (string & {});

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

// https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
const AUTH_RANK: Record<AuthModeName, number> = {
  NONE: 0,
  CUSTOM_FUNCTION: 1,
  LIMITED: 1,
  FULL: 2,
};

/** The intrinsics of the realm the code under test runs in (the vm context, or the test's). */
export interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}

/** Counts every call made through a strict proxy, as 'Service.method'. */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  private readonly families = new Map<string, FamilyName>();

  /** Remembers which family a service belongs to (done by FakeObject's constructor). */
  registerService(service: string, family: FamilyName): void {
    this.families.set(service, family);
  }

  record(service: string, method: string): void {
    const key = `${service}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Calls of one 'Service.method' (0 when never called). */
  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** { 'Service.method': count }, keys sorted. */
  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const key of [...this.counts.keys()].sort()) out[key] = this.counts.get(key) ?? 0;
    return out;
  }

  /** { Service: count }, keys sorted. */
  byService(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [key, n] of this.counts) {
      const service = key.slice(0, key.lastIndexOf('.'));
      out[service] = (out[service] ?? 0) + n;
    }
    return sortKeys(out);
  }

  /** Total calls to one family: 'Spreadsheet', 'Document', 'Drive', 'Mail' or 'Script'. */
  family(name: FamilyName): number {
    let sum = 0;
    for (const [key, n] of this.counts) if (this.familyOfKey(key) === name) sum += n;
    return sum;
  }

  reset(): void {
    this.counts.clear();
  }

  private familyOfKey(key: string): FamilyName {
    return this.families.get(key.slice(0, key.lastIndexOf('.'))) ?? 'Script';
  }
}

function sortKeys(obj: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(obj).sort()) out[key] = obj[key] ?? 0;
  return out;
}

/** An error raised by the fakes; crosses into the script's realm as a plain Error. */
export function fail(message: string): never {
  throw new Error(message);
}

/** Date test that works across realms (a Date made inside the vm context is not `instanceof Date`). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || isDate(value)) {
    return false;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null; // some realm's Object.prototype
}

/** Properties tools probe on any object (promises, JSON, jest, node inspect); never an error. */
const PROBES = new Set(
  'then toJSON inspect asymmetricMatch $$typeof nodeType nodeName tagName _isMockFunction'.split(
    ' ',
  ),
);

const apiCache = new WeakMap<object, ReadonlySet<string>>();

/** The API method names of a fake class: prototype methods below FakeObject, minus `_x`. */
function apiMethods(target: FakeObject): ReadonlySet<string> {
  const proto = Object.getPrototypeOf(target) as object;
  const cached = apiCache.get(proto);
  if (cached) return cached;
  const names = new Set<string>();
  for (
    let p: object | null = proto;
    p && p !== FakeObject.prototype;
    p = Object.getPrototypeOf(p)
  ) {
    for (const name of Object.getOwnPropertyNames(p)) {
      if (name === 'constructor' || name.startsWith('_')) continue;
      const desc = Object.getOwnPropertyDescriptor(p, name);
      if (desc && typeof desc.value === 'function') names.add(name);
    }
  }
  apiCache.set(proto, names);
  return names;
}

function isExposedData(target: FakeObject, prop: string): boolean {
  return /^[A-Z]/.test(prop) && Object.prototype.hasOwnProperty.call(target, prop);
}

/** The state shared by all fakes of one environment. */
export class Runtime {
  readonly calls = new CallCounter();
  realm: Realm = { Array, Date, Object, Error };
  /** Fixed clock in ms since epoch; null = the real clock. */
  fixedNow: number | null = null;
  authMode: AuthModeName = 'FULL';
  private readonly authRules = new Map<string, AuthModeName>();
  private readonly proxies = new WeakMap<FakeObject, object>();
  private readonly targets = new WeakMap<object, FakeObject>();
  private readonly methodCache = new WeakMap<FakeObject, Map<string, unknown>>();

  now(): number {
    return this.fixedNow ?? Date.now();
  }

  /**
   * Declares the minimum authorization mode for a service ('MailApp') or one method
   * ('SpreadsheetApp.openById'); the method rule wins over the service rule. Unlisted: NONE.
   */
  requireAuth(serviceOrMethod: string, minimum: AuthModeName): void {
    this.authRules.set(serviceOrMethod, minimum);
  }

  private readonly refusals = new Map<string, string>();

  /**
   * Makes every call of `Service.method` throw `message`, as a platform that refuses it would
   * (a feature switched off, a quota hit): for testing that the code copes.
   */
  refuse(serviceMethod: string, message: string): void {
    this.refusals.set(serviceMethod, message);
  }

  private checkAuth(service: string, method: string): void {
    const key = `${service}.${method}`;
    const refusal = this.refusals.get(key);
    if (refusal !== undefined) throw new this.realm.Error(refusal);
    const needed = this.authRules.get(key) ?? this.authRules.get(service);
    if (needed && AUTH_RANK[this.authMode] < AUTH_RANK[needed]) {
      fail(
        `You do not have permission to call ${key} in AuthMode.${this.authMode} ` +
          `(fake Apps Script: it needs AuthMode.${needed}).`,
      );
    }
  }

  /** The strict proxy for a fake object (one proxy per object). */
  wrap<T = unknown>(target: FakeObject): T {
    let proxy = this.proxies.get(target);
    if (!proxy) {
      proxy = new Proxy(target, this.handler());
      this.proxies.set(target, proxy);
      this.targets.set(proxy, target);
    }
    return proxy as T;
  }

  /** The fake object behind a proxy (or the value itself). */
  unwrap(value: unknown): unknown {
    if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
      return this.targets.get(value) ?? value;
    }
    return value;
  }

  /** A value leaving the fakes: proxies for fake objects, the script realm's arrays/Dates/objects. */
  export(value: unknown): unknown {
    if (value instanceof FakeObject) return this.wrap(value);
    if (Array.isArray(value)) {
      const out = new this.realm.Array<unknown>();
      for (const item of value) out.push(this.export(item));
      return out;
    }
    if (isDate(value)) return new this.realm.Date(value.getTime());
    if (isPlainObject(value)) {
      const out = new this.realm.Object() as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) out[k] = this.export(v);
      return out;
    }
    return value;
  }

  /** An error leaving the fakes, as an Error of the script's realm (so `instanceof Error` holds). */
  exportError(error: unknown): unknown {
    if (error instanceof this.realm.Error) return error;
    const message =
      error && typeof error === 'object' && 'message' in error
        ? String((error as { message: unknown }).message)
        : String(error);
    return new this.realm.Error(message);
  }

  private method(target: FakeObject, prop: string, fn: (...args: unknown[]) => unknown): unknown {
    let cache = this.methodCache.get(target);
    if (!cache) {
      cache = new Map();
      this.methodCache.set(target, cache);
    }
    let wrapped = cache.get(prop);
    if (!wrapped) {
      const service = target._service;
      // An arrow in a computed key keeps the method's name (for stack traces).
      wrapped = {
        [prop]: (...args: unknown[]): unknown => {
          this.calls.record(service, prop);
          let result: unknown;
          try {
            this.checkAuth(service, prop);
            result = fn.apply(
              target,
              args.map((a) => this.unwrap(a)),
            );
          } catch (error) {
            throw this.exportError(error);
          }
          return this.export(result);
        },
      }[prop];
      cache.set(prop, wrapped);
    }
    return wrapped;
  }

  private handler(): ProxyHandler<FakeObject> {
    const describe = (target: FakeObject, prop: string | symbol) =>
      `${target._service}.${String(prop)}`;
    const refuse = (what: string, target: FakeObject, prop: string | symbol): never => {
      throw this.exportError(
        new Error(`Fake Apps Script: cannot ${what} ${describe(target, prop)}`),
      );
    };
    return {
      get: (target, prop) => {
        if (typeof prop === 'symbol') return Reflect.get(target, prop);
        if (apiMethods(target).has(prop)) {
          return this.method(
            target,
            prop,
            Reflect.get(target, prop) as (...a: unknown[]) => unknown,
          );
        }
        if (isExposedData(target, prop)) return this.export(Reflect.get(target, prop));
        if (prop === 'toString') return () => target._service;
        if (prop === 'valueOf' || prop === 'constructor') return Reflect.get(target, prop);
        if (PROBES.has(prop) || prop.startsWith('@@')) return undefined;
        throw this.exportError(new Error(`Not implemented in fake: ${describe(target, prop)}`));
      },
      has: (target, prop) => {
        if (typeof prop === 'symbol') return Reflect.has(target, prop);
        return apiMethods(target).has(prop) || isExposedData(target, prop);
      },
      ownKeys: (target) => {
        return Reflect.ownKeys(target).filter(
          (k) => typeof k === 'string' && isExposedData(target, k),
        );
      },
      getOwnPropertyDescriptor: (target, prop) => {
        if (typeof prop === 'string' && isExposedData(target, prop)) {
          const desc = Reflect.getOwnPropertyDescriptor(target, prop);
          return desc && { ...desc, value: this.export(desc.value) };
        }
        return undefined;
      },
      set: (target, prop) => refuse('assign', target, prop),
      defineProperty: (target, prop) => refuse('define', target, prop),
      deleteProperty: (target, prop) => refuse('delete', target, prop),
    };
  }
}

/**
 * Base of every fake Apps Script object. `_service` is the name used in call keys and error
 * messages ('Sheet', 'Range', 'SpreadsheetApp'…); `_family` the family it is counted in.
 */
export abstract class FakeObject {
  constructor(
    readonly _rt: Runtime,
    readonly _service: string,
    readonly _family: FamilyName,
  ) {
    _rt.calls.registerService(_service, _family);
  }
}

/** An Apps Script enum: each member is its own name as a string ('MONDAY', 'OK'…). */
export class FakeEnum extends FakeObject {
  constructor(rt: Runtime, service: string, family: FamilyName, names: readonly string[]) {
    super(rt, service, family);
    for (const name of names) {
      Object.defineProperty(this, name, { value: name, enumerable: true, configurable: true });
    }
  }
}

/** Cast a raw fake to the Apps Script type a method signature promises (the proxy does the rest). */
export function asApi<T>(fake: FakeObject): T {
  return fake as unknown as T;
}

/** Cast an enum member name to the (numeric, in @types) enum type. */
export function enumValue<T>(name: string): T {
  return name as unknown as T;
}

/** Apps Script's "The parameters (String,number) don't match the method signature for X." */
export function badArgs(method: string, args: readonly unknown[]): never {
  const typeOf = (a: unknown): string => {
    if (a === null || a === undefined) return 'null';
    if (Array.isArray(a)) return 'Object[]';
    if (typeof a === 'string') return 'String';
    if (typeof a !== 'object') return typeof a;
    return isDate(a) ? 'Date' : 'Object';
  };
  const types = args.map(typeOf);
  return fail(
    `The parameters (${types.join(',')}) don't match the method signature for ${method}.`,
  );
}

/** Throws badArgs(method, args) unless `ok`. */
export function checkArgs(method: string, args: readonly unknown[], ok: boolean): void {
  if (!ok) badArgs(method, args);
}

export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}
