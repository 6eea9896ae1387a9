/** Time-zone arithmetic for date cells and the bundle's local-time Date. */
// @ts-nocheck

import { fail } from './strict';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();
const BUCKET = 15 * 60000; // offsets only change on quarter hours (modern zones)

/** Offset of `timeZone` from UTC, in minutes, at instant `ms` ('GMT+7', 'UTC', IANA names). */
export function offsetMinutes(timeZone: string, ms: number): number {
  if (/^(GMT|UTC|Z)$/i.test(timeZone)) return 0;
  const fixed = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(timeZone);
  if (fixed) {
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3] ?? 0);
    return fixed[1] === '-' ? -minutes : minutes;
  }
  if (!Number.isFinite(ms)) return 0;
  const key = `${timeZone}|${Math.floor(ms / BUCKET)}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  let format = formatters.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      return fail(`Fake Apps Script: unknown time zone "${timeZone}"`);
    }
    formatters.set(timeZone, format);
  }
  const at = Math.floor(ms / BUCKET) * BUCKET;
  const parts = format.formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  const offset = Math.round((asUtc - at) / 60000);
  offsets.set(key, offset);
  return offset;
}

/** The calendar date of instant `ms` in `timeZone`. */
export function calendarDate(ms: number, timeZone: string) {
  const d = new Date(ms + offsetMinutes(timeZone, ms) * 60000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The instant of a wall-clock time in `timeZone` (no DST in Asia/Ho_Chi_Minh; good enough elsewhere). */
export function instantOf(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = guess - offsetMinutes(timeZone, guess) * 60000;
  return guess - offsetMinutes(timeZone, first) * 60000;
}

/** A calendar date that exists (31/02 does not). */
export function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
