/**
 * Runs build/Code.js the way Apps Script does: one classic script in a fresh global scope that
 * holds only the fake services (no require, process, setTimeout, URL, TextEncoder…), then calls
 * its top-level functions by name.
 *
 * The context's Date is patched so that
 * - `Date.now()`, `new Date()` and `Date()` follow the fakes' clock (`setNow`, `nowMs`,
 *   createFakes({ now }), state.clock), and
 * - local-time methods (getHours, getDate, setHours, new Date(y, m, d), toString, Date.parse of
 *   strings without a zone, toLocale*String) use the SCRIPT time zone
 *   (fakes.state.session.scriptTimeZone, 'Asia/Ho_Chi_Minh'), as in Apps Script, whatever the
 *   time zone of the machine running the tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { FakeEnvironment } from '../fakes';
import { scriptRunCopy } from '../fakes/script-run';
import { offsetMinutes } from '../fakes/time';

export interface LoadBundleOptions {
  /** Fixes the clock before the script runs (same as setNow). */
  nowMs?: number;
  /** Script source to run instead of build/Code.js (still run as "Code.js"). */
  code?: string;
  /** Another file to run instead of build/Code.js (absolute, or relative to the repo root). */
  file?: string;
}

export interface LoadedBundle {
  /** Calls a top-level function; arguments are copied into the script's realm; result raw. */
  call<T = unknown>(fn: string, ...args: unknown[]): T;
  /**
   * As google.script.run calls it: arguments and result copied as Apps Script copies them
   * (test/fakes/script-run.ts: a Date or a function in either fails); result as plain data.
   */
  callJson<T = unknown>(fn: string, ...args: unknown[]): T;
  context: vm.Context;
  /** Names of the top-level functions the script declared, sorted. */
  globalFunctions(): string[];
  /** Fixes the clock (ms since epoch); null goes back to the real clock. */
  setNow(ms: number | null): void;
}

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const BUNDLE_PATH = path.join(REPO_ROOT, 'build', 'Code.js');

/** Runs inside the context; returns the patched Date. Keep it ES2020 and self-contained. */
const DATE_PRELUDE = String.raw`(function (getNow, offsetAt, zoneName, zoneLabel) {
  'use strict';
  const RealDate = globalThis.Date; // not plain Date: the function Date below is hoisted
  const P = RealDate.prototype;
  const getTime = P.getTime;
  const setTime = P.setTime;
  const MIN = 60000;
  const isDate = (v) => Object.prototype.toString.call(v) === '[object Date]';
  const shifted = (t) => new RealDate(t + offsetAt(t) * MIN);
  const fromWall = (wall) => {
    if (Number.isNaN(wall)) return NaN;
    const first = wall - offsetAt(wall) * MIN;
    return wall - offsetAt(first) * MIN;
  };
  const fromLocal = (y, mo, d, h, mi, s, ms) => fromWall(RealDate.UTC(y, mo, d, h, mi, s, ms));
  const parse = (text) => {
    const str = String(text).trim();
    const parsed = RealDate.parse(str);
    if (Number.isNaN(parsed)) return NaN;
    // ISO date-only forms are UTC; strings with an explicit zone are unambiguous.
    if (/^([+-]\d{6}|\d{4})(-\d{2}(-\d{2})?)?$/.test(str)) return parsed;
    if (/(\d|\s)(Z|[+-]\d{2}:?\d{2})$/i.test(str) || /\b(GMT|UTC|UT)\b/i.test(str)) return parsed;
    // V8 read it as machine-local wall time: reinterpret that wall time in the script zone.
    const local = new RealDate(parsed);
    return fromLocal(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(),
      local.getMinutes(), local.getSeconds(), local.getMilliseconds());
  };
  const toNumber = (v) => {
    if (isDate(v)) return getTime.call(v);
    const p = v !== null && typeof v === 'object' ? v.valueOf() : v;
    return typeof p === 'string' ? parse(p) : Number(p);
  };

  function Date(...args) {
    if (!new.target) return String(Reflect.construct(RealDate, [getNow()], Date));
    let ms;
    if (args.length === 0) ms = getNow();
    else if (args.length === 1) ms = toNumber(args[0]);
    else {
      const n = args.map(Number);
      ms = fromLocal(n[0], n[1], args.length > 2 ? n[2] : 1, n[3] || 0, n[4] || 0, n[5] || 0,
        n[6] || 0);
    }
    return Reflect.construct(RealDate, [ms], new.target);
  }

  const Z = Object.create(P);
  const fields = ['FullYear', 'Month', 'Date', 'Day', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'];
  for (const f of fields) {
    const get = P['getUTC' + f];
    Object.defineProperty(Z, 'get' + f, { configurable: true, writable: true, value: {
      ['get' + f]() {
        const t = getTime.call(this);
        return Number.isNaN(t) ? NaN : get.call(shifted(t));
      } }['get' + f] });
    if (f === 'Day') continue;
    const set = P['setUTC' + f];
    Object.defineProperty(Z, 'set' + f, { configurable: true, writable: true, value: {
      ['set' + f](...a) {
        let t = getTime.call(this);
        if (Number.isNaN(t)) {
          if (f !== 'FullYear') return NaN;
          t = fromLocal(1970, 0, 1, 0, 0, 0, 0);
        }
        const s = shifted(t);
        set.apply(s, a);
        return setTime.call(this, fromWall(getTime.call(s)));
      } }['set' + f] });
  }
  const two = (n) => String(n).padStart(2, '0');
  const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const methods = {
    getYear() { return this.getFullYear() - 1900; },
    getTimezoneOffset() {
      const t = getTime.call(this);
      return Number.isNaN(t) ? NaN : -offsetAt(t);
    },
    toDateString() {
      const t = getTime.call(this);
      if (Number.isNaN(t)) return 'Invalid Date';
      const s = shifted(t);
      return DAYS[s.getUTCDay()] + ' ' + MONTHS[s.getUTCMonth()] + ' ' + two(s.getUTCDate()) + ' ' +
        String(s.getUTCFullYear()).padStart(4, '0');
    },
    toTimeString() {
      const t = getTime.call(this);
      if (Number.isNaN(t)) return 'Invalid Date';
      const s = shifted(t);
      const off = offsetAt(t);
      const abs = Math.abs(off);
      return two(s.getUTCHours()) + ':' + two(s.getUTCMinutes()) + ':' + two(s.getUTCSeconds()) +
        ' GMT' + (off < 0 ? '-' : '+') + two(Math.floor(abs / 60)) + two(abs % 60) +
        ' (' + zoneLabel + ')';
    },
    toString() {
      const t = getTime.call(this);
      return Number.isNaN(t) ? 'Invalid Date' : this.toDateString() + ' ' + this.toTimeString();
    },
    toLocaleString(locales, options) {
      return P.toLocaleString.call(this, locales, Object.assign({ timeZone: zoneName }, options));
    },
    toLocaleDateString(locales, options) {
      return P.toLocaleDateString.call(this, locales, Object.assign({ timeZone: zoneName }, options));
    },
    toLocaleTimeString(locales, options) {
      return P.toLocaleTimeString.call(this, locales, Object.assign({ timeZone: zoneName }, options));
    },
  };
  for (const [name, fn] of Object.entries(methods)) {
    Object.defineProperty(Z, name, { configurable: true, writable: true, value: fn });
  }
  Object.defineProperty(Z, 'constructor', { configurable: true, writable: true, value: Date });
  Date.prototype = Z;
  Object.defineProperty(Date, 'length', { value: 7 });
  Date.now = () => getNow();
  Date.parse = (text) => parse(text);
  Date.UTC = RealDate.UTC;
  globalThis.Date = Date;
  return Date;
})`;

function zoneLabel(timeZone: string): string {
  if (timeZone === 'Asia/Ho_Chi_Minh' || timeZone === 'Asia/Saigon') return 'Indochina Time';
  return timeZone;
}

/** Runs build/Code.js (or opts.code / opts.file) against `fakes`. */
export function loadBundle(fakes: FakeEnvironment, opts: LoadBundleOptions = {}): LoadedBundle {
  const file = opts.file ? path.resolve(REPO_ROOT, opts.file) : BUNDLE_PATH;
  const code = opts.code ?? readFileSync(file, 'utf8');
  const rt = fakes.runtime;
  if (opts.nowMs !== undefined) rt.fixedNow = opts.nowMs;

  const sandbox: Record<string, unknown> = { ...fakes.globals };
  // Under `npm run mutate` the bundle is built from Stryker's instrumented src: hand its switch
  // (which mutant is active, which ran) into the script's realm, or no mutant would ever run.
  const stryker = (globalThis as { __stryker__?: unknown }).__stryker__;
  if (stryker !== undefined) sandbox.__stryker__ = stryker;
  const reserved = new Set([...Object.keys(sandbox), 'Date']);
  const context = vm.createContext(sandbox, { name: 'Apps Script (fake)' });

  const timeZone = fakes.state.session.scriptTimeZone;
  offsetMinutes(timeZone, 0); // fails early on an unknown zone
  const install = vm.runInContext(DATE_PRELUDE, context, { filename: 'date-prelude.js' }) as (
    getNow: () => number,
    offsetAt: (ms: number) => number,
    zoneName: string,
    label: string,
  ) => DateConstructor;
  const ZonedDate = install(
    () => rt.now(),
    (ms) => offsetMinutes(timeZone, ms),
    timeZone,
    zoneLabel(timeZone),
  );
  const intrinsics = vm.runInContext(
    '({ Array: Array, Object: Object, Error: Error })',
    context,
  ) as {
    Array: ArrayConstructor;
    Object: ObjectConstructor;
    Error: ErrorConstructor;
  };
  rt.realm = { ...intrinsics, Date: ZonedDate };

  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);

  const fn = (name: string): ((...args: unknown[]) => unknown) => {
    const value = sandbox[name];
    if (typeof value !== 'function' || reserved.has(name)) {
      throw new Error(`Code.js has no top-level function ${name}`);
    }
    return value as (...args: unknown[]) => unknown;
  };
  const call = <T>(name: string, ...args: unknown[]): T =>
    fn(name)(...args.map((a) => rt.export(a))) as T;

  return {
    call,
    callJson<T>(name: string, ...args: unknown[]): T {
      const sent = args.map((a, i) => scriptRunCopy(a, `argument ${i + 1} of ${name}`));
      const result = call<unknown>(name, ...sent);
      return scriptRunCopy(result, `the result of ${name}`) as T;
    },
    context,
    globalFunctions: () =>
      Object.keys(sandbox)
        .filter((k) => typeof sandbox[k] === 'function' && !reserved.has(k))
        .sort(),
    setNow(ms) {
      rt.fixedNow = ms;
    },
  };
}
