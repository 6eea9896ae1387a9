/**
 * `Thời gian thực hiện` as schools write it (`9/2025 – 5/2026`, `Cả năm`, `Học kỳ I`,
 * `Năm học 2023-2024 và những năm tiếp theo`, …) turned into a date range.
 * Matching works on the accent-free lower-case form, so NFC/NFD and missing accents agree.
 */
import {
  addDays,
  dateToIso,
  isDateValue,
  isoDate,
  isValidYmd,
  lastDayOfMonth,
  parseDateCell,
  parseSchoolYear,
  schoolYearRange,
  ymd,
} from './dates';
import { asciiKey, DASHES } from './text';
import type { IsoDate, SchoolYear } from './dates';

export interface ParsedPeriod {
  start: IsoDate | null;
  end: IsoDate | null;
  /** No clear end (`Cả năm`, `Theo đợt`, `… và những năm tiếp theo`): the row is flagged. */
  vague: boolean;
  recognized: boolean;
}

interface Span {
  start: IsoDate;
  end: IsoDate;
}

const UNRECOGNIZED: ParsedPeriod = { start: null, end: null, vague: false, recognized: false };

/** Recurring or whole-year wording: the work spans the plan's year with no deadline of its own. */
const VAGUE_WORDS =
  /^(?:theo dot|theo ke hoach|thuong xuyen|lien tuc|dinh k[yi]|(?:hang|moi) (?:ngay|tuan|thang|quy|nam|k[yi])|theo (?:tuan|thang|quy|hoc k[yi]))\b/;

const OPEN_END =
  /(?:,? va (?:(?:nhung|cac) nam (?:hoc )?(?:tiep theo|sau|ke tiep)|(?:thoi gian|giai doan) (?:toi|tiep theo|sau))| tro di| tro ve sau)$/;

export function parsePeriod(value: unknown, plan: SchoolYear | null): ParsedPeriod {
  if (isDateValue(value)) {
    // Sheets turns a typed `10/2025` into 1 October 2025: day 1 stands for the month.
    const iso = dateToIso(value);
    const { y, m, d } = ymd(iso);
    return found(d === 1 ? month(y, m) : { start: iso, end: iso }, false);
  }
  if (typeof value === 'number') {
    return Number.isInteger(value) ? found(calendarYear(value), false) : UNRECOGNIZED;
  }
  if (value !== null && value !== undefined && typeof value !== 'string') return UNRECOGNIZED;
  // Months on lines of their own (`Tháng 9/2024` / `Tháng 12/2024`): a list, read as its range.
  const s = normalize((value ?? '').replace(/(\d)\s*\n\s*(?=tháng|t\d|\d)/giu, '$1, '));
  if (s === '') return { start: null, end: null, vague: false, recognized: true };
  if (s.length > 120) return UNRECOGNIZED;
  return parseText(s, plan);
}

function found(span: Span | null, vague: boolean): ParsedPeriod {
  return span ? { start: span.start, end: span.end, vague, recognized: true } : UNRECOGNIZED;
}

function normalize(text: string): string {
  return asciiKey(text)
    .replace(DASHES, '-')
    .replace(/[:()]/g, ' ')
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\s*[,;]\s*/g, ', ')
    .replace(/^[\s\-+*•·.]+/, '')
    .replace(/[\s.;,]+$/, '')
    .replace(/\s+/g, ' ');
}

function parseText(text: string, plan: SchoolYear | null): ParsedPeriod {
  const whole = planYear(plan);
  // `Ngay từ …`, `Ngay trong …`, `Vào …`: leading words that do not move the dates.
  const s = text.replace(/^(?:ngay (?=tu |trong )|vao )/, '');
  // `Các năm học tiếp theo` alone: from the plan's year on.
  if (/^(?:trong )?(?:nhung|cac) nam (?:hoc )?(?:tiep theo|sau|ke tiep)$/.test(s))
    return found(whole, true);

  // `Tháng 9 hằng năm`: that moment of every year, this year's first.
  const yearly = / (?:hang|moi) nam(?: hoc)?$/.exec(s);
  if (yearly && s.length > yearly[0].length) {
    const p = parseText(s.slice(0, yearly.index), plan);
    return p.recognized ? { ...p, vague: true } : p;
  }
  const vague = VAGUE_WORDS.exec(s);
  if (vague) {
    const rest = s.slice(vague[0].length).trim();
    if (!/\d/.test(rest)) return found(whole, true);
    return parseText(rest.replace(/^(?:, |va |trong )/, ''), plan);
  }

  // `… và những năm tiếp theo`, `Từ năm học 2024-2025`: a start, the end left open.
  const open = OPEN_END.exec(s);
  const from = /^tu (.+)$/.exec(s);
  if (open || from) {
    const rest = stripFillers(open ? s.slice(0, open.index) : (from?.[1] ?? ''));
    const single = spanOf(rest, plan);
    // `Từ 9/2025 đến 5/2026` is a plain range, not an open end.
    if (from && !open && !single) return found(rangeOf(rest, plan), false);
    const base = single ?? rangeOf(rest, plan);
    if (!base) return UNRECOGNIZED;
    const end = whole && whole.end >= base.start ? whole.end : base.end;
    return found({ start: base.start, end }, true);
  }

  // `Trước 30/9/2025`, `Hoàn thành trước ngày …`, `Chậm nhất …`: only an end.
  const before = /^(?:hoan thanh )?(truoc|cham nhat(?: la)?|han chot|den|toi) (?:ngay )?(.+)$/.exec(
    s,
  );
  if (before) {
    const rest = before[2] ?? '';
    const day = dateOf(rest) ?? dayOf(rest, plan);
    if (day) return { start: null, end: day.end, vague: false, recognized: true };
    const m = monthOf(rest) ?? bareMonthOf(rest, plan) ?? yearOf(rest);
    if (!m) return UNRECOGNIZED;
    // `Trước tháng 10/2025` literally means by the end of September.
    const end = before[1] === 'truoc' ? addDays(m.start, -1) : m.end;
    return { start: null, end, vague: false, recognized: true };
  }

  const point = pointOfYear(s, plan);
  if (point) return found(point, false);
  const stripped = stripFillers(s);
  if (stripped === 'nam' || stripped === 'nam hoc') return found(whole, true);
  return found(spanOf(stripped, plan) ?? rangeOf(stripped, plan), false);
}

/** `Trong năm học …`, `Cả năm …`, `Cuối học kỳ I`: words that do not move the dates. */
function stripFillers(s: string): string {
  return s.replace(/^(?:(?:tu|trong suot|trong|suot|ca|cuoi|giai doan) )+/, '');
}

/** A single expression: a date, a month, a school year, a semester, a quarter, a year. */
function spanOf(s: string, plan: SchoolYear | null): Span | null {
  return (
    dateOf(s) ??
    pointOfYear(s, plan) ??
    partOfMonth(s, plan) ??
    summerOf(s, plan) ??
    weekOf(s, plan) ??
    monthOf(s) ??
    bareMonthOf(s, plan) ??
    schoolYearOf(s) ??
    semesterOf(s, plan) ??
    quarterOf(s) ??
    yearOf(s)
  );
}

/** `A - B`, `A đến B`, `A, B` (months listed): tried at every separator, right part first. */
function rangeOf(s: string, plan: SchoolYear | null): Span | null {
  const sep = /-|, | den (?:ngay )?| toi | va /g;
  // Each separator is tried with the right part parsed recursively: cap the work.
  if ((s.match(sep) ?? []).length > 6) return null;
  for (let m = sep.exec(s); m; m = sep.exec(s)) {
    const left = s.slice(0, m.index).replace(/^tu /, '');
    const right = s.slice(m.index + m[0].length);
    const r = spanOf(right, plan) ?? rangeOf(right, plan);
    if (!r) continue;
    // A bare left month (`9 - 12/2025`) takes its year from the right part, not the plan.
    const l = monthBefore(left, r.start) ?? spanOf(left, plan);
    if (l && l.start <= r.end) return { start: l.start, end: r.end };
  }
  return null;
}

function dateOf(s: string): Span | null {
  const p = parseDateCell(s);
  return p.ok && p.date ? { start: p.date, end: p.date } : null;
}

function monthOf(s: string): Span | null {
  const m = /^(?:thang ?|t ?)?(\d{1,2})(?:\/|\.| nam )(\d{4})$/.exec(s);
  return m ? month(Number(m[2]), Number(m[1])) : null;
}

/** `Tháng 10` with no year: the month as it falls in the plan's first school year. */
function bareMonthOf(s: string, plan: SchoolYear | null): Span | null {
  const m = /^(?:thang ?|t ?)(\d{1,2})$/.exec(s);
  if (!m || !plan) return null;
  const n = Number(m[1]);
  return month(n >= 9 ? plan.startYear : plan.startYear + 1, n);
}

/** The left month of `9 - 12/2025`: in the right part's year, or the year before. */
function monthBefore(s: string, rightStart: IsoDate): Span | null {
  const m = /^(?:thang ?|t ?)?(\d{1,2})$/.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  const r = ymd(rightStart);
  return month(n <= r.m ? r.y : r.y - 1, n);
}

/**
 * `Đầu năm học` (September), `Giữa năm học` (January), `Cuối năm học` / `Hết năm học` (May):
 * moments of the plan's first school year.
 */
function pointOfYear(s: string, plan: SchoolYear | null): Span | null {
  const m = /^(dau|giua|cuoi|het) nam(?: hoc)?(?: (\d{4}-\d{2,4}))?$/.exec(s);
  const sy = m?.[2] ? parseSchoolYear(m[2]) : plan;
  if (!m || !sy) return null;
  const y = sy.startYear;
  if (m[1] === 'dau') return month(y, 9);
  return m[1] === 'giua' ? month(y + 1, 1) : month(y + 1, 5);
}

/** `30/9` without its year: the day as it falls in the plan's first school year. */
function dayOf(s: string, plan: SchoolYear | null): Span | null {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (!m || !plan) return null;
  const mo = Number(m[2]);
  const y = mo >= 9 ? plan.startYear : plan.startYear + 1;
  return isValidYmd(y, mo, Number(m[1])) ? dateOf(`${m[1]}/${mo}/${y}`) : null;
}

/** `Đầu tháng 9/2024` (days 1–10), `Giữa tháng 10` (11–20); the year may come from the plan. */
function partOfMonth(s: string, plan: SchoolYear | null): Span | null {
  const m = /^(dau|giua) (thang .+)$/.exec(s);
  const inMonth = m ? (monthOf(m[2] ?? '') ?? bareMonthOf(m[2] ?? '', plan)) : null;
  if (!m || !inMonth) return null;
  const { y, m: mo } = ymd(inMonth.start);
  const first = m[1] === 'dau' ? 1 : 11;
  return { start: isoDate(y, mo, first), end: isoDate(y, mo, first + 9) };
}

/** `Hè 2025`, `hè năm 2025`, `Hè` (after the plan's year): June to August. */
function summerOf(s: string, plan: SchoolYear | null): Span | null {
  const m = /^he(?: nam)?(?: (\d{4}))?$/.exec(s);
  const y = m?.[1] ? Number(m[1]) : plan ? plan.startYear + 1 : null;
  return m && y ? { start: isoDate(y, 6, 1), end: isoDate(y, 8, 31) } : null;
}

/** `Tuần 2 tháng 9/2025` (year optional): days 8–14 of that month. */
function weekOf(s: string, plan: SchoolYear | null): Span | null {
  const m = /^tuan ?([1-5]) (?:cua )?(.+)$/.exec(s);
  const inMonth = m ? (monthOf(m[2] ?? '') ?? bareMonthOf(m[2] ?? '', plan)) : null;
  if (!m || !inMonth) return null;
  const { y, m: mo } = ymd(inMonth.start);
  const first = (Number(m[1]) - 1) * 7 + 1;
  const last = Math.min(first + 6, lastDayOfMonth(y, mo));
  return first > last ? null : { start: isoDate(y, mo, first), end: isoDate(y, mo, last) };
}

function schoolYearOf(s: string): Span | null {
  const sy = parseSchoolYear(s);
  return sy ? schoolYearRange(sy) : null;
}

/** Semester I ends mid-January in Vietnamese schools. */
function semesterOf(s: string, plan: SchoolYear | null): Span | null {
  const m = /^(?:hoc k[yi]|hk|k[yi]) ?(ii|i|2|1)(?: (?:nam hoc |nam )?(\d{4}-\d{2,4}))?$/.exec(s);
  if (!m) return null;
  const sy = m[2] ? parseSchoolYear(m[2]) : plan;
  if (!sy) return null;
  const y = sy.startYear;
  return m[1] === 'i' || m[1] === '1'
    ? { start: isoDate(y, 9, 1), end: isoDate(y + 1, 1, 15) }
    : { start: isoDate(y + 1, 1, 16), end: isoDate(y + 1, 5, 31) };
}

const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

function quarterOf(s: string): Span | null {
  const m = /^quy ?(iv|iii|ii|i|[1-4])(?:\/|-| nam | )(\d{4})$/.exec(s);
  const q = m ? QUARTERS[m[1] ?? ''] : undefined;
  if (!m || !q) return null;
  const y = Number(m[2]);
  const first = month(y, q * 3 - 2);
  const last = month(y, q * 3);
  return first && last ? { start: first.start, end: last.end } : null;
}

function yearOf(s: string): Span | null {
  const m = /^(?:nam )?(\d{4})$/.exec(s);
  return m ? calendarYear(Number(m[1])) : null;
}

function calendarYear(y: number): Span | null {
  return isValidYmd(y, 1, 1) ? { start: isoDate(y, 1, 1), end: isoDate(y, 12, 31) } : null;
}

function month(y: number, m: number): Span | null {
  if (!isValidYmd(y, m, 1)) return null;
  return { start: isoDate(y, m, 1), end: isoDate(y, m, lastDayOfMonth(y, m)) };
}

function planYear(plan: SchoolYear | null): Span | null {
  return plan ? schoolYearRange(plan) : null;
}
