/**
 * The spreadsheet's own time zone and locale. A date cell is a wall-clock time in the
 * spreadsheet's zone, which may differ from Vietnam's (the core's); these move a cell's Date to
 * the Date with the same wall clock in Vietnam and back, so what a person sees in the cell is
 * the date everything else uses. Pure (Intl only).
 */
import { VN_OFFSET_MS } from './dates';

const VIETNAM = new Set(['Asia/Ho_Chi_Minh', 'Asia/Saigon']);
const formats = new Map<string, Intl.DateTimeFormat | null>();

function format(timeZone: string): Intl.DateTimeFormat | null {
  if (!formats.has(timeZone)) {
    let f: Intl.DateTimeFormat | null = null;
    try {
      f = new Intl.DateTimeFormat('en-US', {
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
      // An unknown zone: dates are left as Vietnam's.
    }
    formats.set(timeZone, f);
  }
  return formats.get(timeZone) ?? null;
}

/** The zone's offset from UTC at instant `ms`, in ms; null when the zone is Vietnam's or unknown. */
function offsetMs(timeZone: string, ms: number): number | null {
  if (VIETNAM.has(timeZone)) return null;
  const f = format(timeZone);
  if (!f) return null;
  const at = Math.floor(ms / 1000) * 1000;
  const part = (parts: Intl.DateTimeFormatPart[], type: string): number =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const p = f.formatToParts(at);
  const wall = Date.UTC(
    part(p, 'year'),
    part(p, 'month') - 1,
    part(p, 'day'),
    part(p, 'hour'),
    part(p, 'minute'),
    part(p, 'second'),
  );
  return wall - at;
}

/** Whether dates of a sheet in `timeZone` need moving at all. */
export function isVietnamZone(timeZone: string): boolean {
  return VIETNAM.has(timeZone) || !format(timeZone);
}

/** A Date read from a sheet in `timeZone` → the Date with the same wall clock in Vietnam. */
export function fromSheetZone(d: Date, timeZone: string): Date {
  const ms = Date.prototype.getTime.call(d);
  const off = offsetMs(timeZone, ms);
  return off === null ? d : new Date(ms + off - VN_OFFSET_MS);
}

/** A Date meant in Vietnam's wall clock → the Date a sheet in `timeZone` shows the same. */
export function toSheetZone(d: Date, timeZone: string): Date {
  const ms = Date.prototype.getTime.call(d);
  const wall = ms + VN_OFFSET_MS;
  const first = offsetMs(timeZone, wall);
  if (first === null) return d;
  return new Date(wall - (offsetMs(timeZone, wall - first) ?? first));
}

/** Whether a spreadsheet locale ('en_US', 'vi_VN', 'en') reads typed dates month first. */
export function readsMonthFirst(locale: string): boolean {
  try {
    const parts = new Intl.DateTimeFormat(locale.replace('_', '-')).formatToParts(0);
    const order = parts.map((p) => p.type);
    return order.indexOf('month') < order.indexOf('day');
  } catch {
    return false;
  }
}
