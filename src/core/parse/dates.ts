/**
 * Civil dates in Asia/Ho_Chi_Minh (fixed UTC+7, no DST) as `yyyy-mm-dd` strings.
 * Pure: runs in Node, the browser and Apps Script V8. Date objects may come from
 * another realm (Sheets values), so they are never checked with `instanceof`, and
 * local-time getters are never used (the host time zone is not Vietnam's).
 */
import { asciiKey, DASHES } from './text';

/** A civil date in Asia/Ho_Chi_Minh, `yyyy-mm-dd`. */
export type IsoDate = string;

export interface SchoolYear {
  /** 2024 for `2024-2025`. */
  startYear: number;
  /** 2025 for `2024-2025`; later for a multi-year plan (`2024-2026`). */
  endYear: number;
}

export const VN_OFFSET_MS = 7 * 3600 * 1000;
const DAY_MS = 86400000;
/** Sheets day 0 (1899-12-30) in days since the Unix epoch. */
const SHEETS_EPOCH_DAYS = -25569;

export function isoDate(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1900 &&
    y <= 2200 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= lastDayOfMonth(y, m)
  );
}

export function ymd(iso: IsoDate): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y ?? NaN, m: m ?? NaN, d: d ?? NaN };
}

export function formatDmy(iso: IsoDate | null): string {
  if (!iso) return '';
  const { y, m, d } = ymd(iso);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/** UTC milliseconds of midnight UTC of the civil day: day arithmetic without time zones. */
function utcMs(iso: IsoDate): number {
  const { y, m, d } = ymd(iso);
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): IsoDate {
  const t = new Date(ms);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function dateToIso(d: Date): IsoDate {
  return fromUtcMs(Date.prototype.getTime.call(d) + VN_OFFSET_MS);
}

export function isoToDate(iso: IsoDate): Date {
  return new Date(utcMs(iso) - VN_OFFSET_MS);
}

export function todayIso(nowMs: number = Date.now()): IsoDate {
  return fromUtcMs(nowMs + VN_OFFSET_MS);
}

export function addDays(iso: IsoDate, n: number): IsoDate {
  return fromUtcMs(utcMs(iso) + n * DAY_MS);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

export function isDateValue(v: unknown): v is Date {
  if (Object.prototype.toString.call(v) !== '[object Date]') return false;
  try {
    // getTime.call is a brand check: it throws for objects that only fake the tag.
    return !Number.isNaN(Date.prototype.getTime.call(v));
  } catch {
    return false;
  }
}

type DateParse =
  { ok: true; date: IsoDate | null } | { ok: false; reason: 'impossible' | 'unreadable' };

const UNREADABLE: DateParse = { ok: false, reason: 'unreadable' };
const IMPOSSIBLE: DateParse = { ok: false, reason: 'impossible' };

/** A date typed or stored in a cell. Day first always (Vietnamese), never m/d. */
export function parseDateCell(v: unknown): DateParse {
  if (v === null || v === undefined) return { ok: true, date: null };
  if (Object.prototype.toString.call(v) === '[object Date]') {
    return isDateValue(v) ? { ok: true, date: dateToIso(v) } : UNREADABLE;
  }
  if (typeof v === 'number') return serialToIso(v);
  if (typeof v !== 'string') return UNREADABLE;
  const s = asciiKey(v)
    .replace(/^ngay\s*/, '')
    .replace(/\s*([/.-])\s*/g, '$1')
    .replace(/\.$/, '');
  if (s === '') return { ok: true, date: null };
  let m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(s);
  if (m) return checked(fullYear(m[4]), Number(m[3]), Number(m[1]));
  m = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[3]), Number(m[4]));
  m = /^(\d{1,2}) ?thang ?(\d{1,2}),? ?nam ?(\d{4})$/.exec(s);
  if (m) return checked(Number(m[3]), Number(m[2]), Number(m[1]));
  return UNREADABLE;
}

function fullYear(text: string | undefined): number {
  const y = Number(text);
  return text !== undefined && text.length === 2 ? 2000 + y : y;
}

function checked(y: number, m: number, d: number): DateParse {
  return isValidYmd(y, m, d) ? { ok: true, date: isoDate(y, m, d) } : IMPOSSIBLE;
}

function serialToIso(n: number): DateParse {
  if (!Number.isFinite(n)) return UNREADABLE;
  const iso = fromUtcMs((Math.floor(n) + SHEETS_EPOCH_DAYS) * DAY_MS);
  const { y } = ymd(iso);
  return y >= 1900 && y <= 2200 ? { ok: true, date: iso } : UNREADABLE;
}

/** `2024-2025`, `Năm học 2024 – 2025`, `2024-25`, `2024/2025`, multi-year `2024-2026`. */
export function parseSchoolYear(v: unknown): SchoolYear | null {
  if (typeof v !== 'string') return null;
  const s = asciiKey(v)
    .replace(DASHES, '-')
    .replace(/[.;]+$/, '');
  const m = /^(?:(?:nam hoc|nam|nh)\s*:?\s*)?(\d{4})\s*[-/]\s*(\d{4}|\d{2})$/.exec(s);
  if (!m) return null;
  const startYear = Number(m[1]);
  let endYear = Number(m[2]);
  if (m[2]?.length === 2) {
    endYear += startYear - (startYear % 100);
    if (endYear <= startYear) endYear += 100;
  }
  if (startYear < 1900 || endYear <= startYear || endYear - startYear > 5) return null;
  return { startYear, endYear };
}

/** A school year runs from 1 September to 31 May. */
export function schoolYearRange(sy: SchoolYear): { start: IsoDate; end: IsoDate } {
  return { start: isoDate(sy.startYear, 9, 1), end: isoDate(sy.endYear, 5, 31) };
}
