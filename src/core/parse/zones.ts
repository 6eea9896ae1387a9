/**
 * The spreadsheet's own time zone and locale. A date cell is a wall-clock time in the
 * spreadsheet's zone, which may differ from Vietnam's (the core's); these move a cell's Date to
 * the Date with the same wall clock in Vietnam and back, so what a person sees in the cell is
 * the date everything else uses. Pure (Intl only).
 */
import { VN_OFFSET_MS } from './dates';

const formats = new Map<string, Intl.DateTimeFormat | null>();

/** The zone's offset from UTC at `ms`, in ms; null for Vietnam's zone or an unknown one. */
function offsetMs(timeZone: string, ms: number): number | null {
  if (/^Asia\/(Ho_Chi_Minh|Saigon)$/.test(timeZone)) return null;
  if (!formats.has(timeZone)) {
    let f: Intl.DateTimeFormat | null = null;
    try {
      f = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      // Unknown: dates stay as Vietnam's.
    }
    formats.set(timeZone, f);
  }
  const name = formats
    .get(timeZone)
    ?.formatToParts(ms)
    .find((p) => p.type === 'timeZoneName');
  if (!name) return null;
  const m = /([+-])(\d\d):(\d\d)/.exec(name.value); // 'GMT-07:00'; 'GMT' alone is UTC
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60000 : 0;
}

/** A Date read from a sheet in `timeZone` → the Date with the same wall clock in Vietnam. */
export function fromSheetZone(d: Date, timeZone: string): Date {
  const ms = Date.prototype.getTime.call(d);
  const off = offsetMs(timeZone, ms);
  return off === null ? d : new Date(ms + off - VN_OFFSET_MS);
}

/** A Date meant in Vietnam's wall clock → the Date a sheet in `timeZone` shows the same. */
export function toSheetZone(d: Date, timeZone: string): Date {
  const wall = Date.prototype.getTime.call(d) + VN_OFFSET_MS;
  const first = offsetMs(timeZone, wall);
  return first === null ? d : new Date(wall - (offsetMs(timeZone, wall - first) ?? first));
}

/** Whether a spreadsheet locale ('en_US', 'vi_VN', 'en') reads typed dates month first. */
export function readsMonthFirst(locale: string): boolean {
  try {
    const order = new Intl.DateTimeFormat(locale.replace('_', '-'))
      .formatToParts(0)
      .map((p) => p.type);
    return order.indexOf('month') < order.indexOf('day');
  } catch {
    return false;
  }
}
