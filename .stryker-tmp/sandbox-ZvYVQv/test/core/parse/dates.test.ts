// @ts-nocheck
import { describe, expect, it } from '@jest/globals';
import vm from 'node:vm';
import {
  VN_OFFSET_MS,
  addDays,
  dateToIso,
  daysBetween,
  formatDmy,
  isDateValue,
  isValidYmd,
  isoDate,
  isoToDate,
  lastDayOfMonth,
  parseDateCell,
  parseSchoolYear,
  schoolYearRange,
  todayIso,
  ymd,
} from '../../../src/core/parse/dates';

describe('isoDate / ymd / formatDmy', () => {
  it.each([
    [2025, 9, 1, '2025-09-01'],
    [2026, 12, 31, '2026-12-31'],
    [1900, 1, 1, '1900-01-01'],
  ])('isoDate(%i, %i, %i) = %s and back', (y, m, d, iso) => {
    expect(isoDate(y, m, d)).toBe(iso);
    expect(ymd(iso)).toEqual({ y, m, d });
  });

  it.each([
    ['2026-05-31', '31/05/2026'],
    ['2025-09-01', '01/09/2025'],
    [null, ''],
  ])('formatDmy(%p) = %p', (iso, text) => {
    expect(formatDmy(iso)).toBe(text);
  });
});

describe('isValidYmd / lastDayOfMonth', () => {
  it.each([
    [2024, 2, 29, true],
    [2025, 2, 29, false],
    [2100, 2, 29, false],
    [2000, 2, 29, true],
    [2026, 4, 31, false],
    [2026, 5, 31, true],
    [2026, 13, 1, false],
    [2026, 0, 1, false],
    [2026, 1, 0, false],
    [1899, 12, 31, false],
    [2200, 12, 31, true],
    [2201, 1, 1, false],
    [2026, 1.5, 1, false],
  ])('%i-%i-%i valid: %p', (y, m, d, ok) => {
    expect(isValidYmd(y, m, d)).toBe(ok);
  });

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('lastDayOfMonth(%i, %i) = %i', (y, m, d) => {
    expect(lastDayOfMonth(y, m)).toBe(d);
  });
});

describe('Vietnam civil dates (UTC+7, whatever the host zone)', () => {
  it('has the fixed offset', () => {
    expect(VN_OFFSET_MS).toBe(25200000);
  });

  it.each([
    // Sheets hands a date cell over as midnight in Asia/Ho_Chi_Minh.
    ['2025-09-30T17:00:00.000Z', '2025-10-01'],
    ['2025-10-01T16:59:59.999Z', '2025-10-01'],
    ['2025-10-01T17:00:00.000Z', '2025-10-02'],
    ['2025-12-31T18:30:00.000Z', '2026-01-01'],
  ])('dateToIso(%s) = %s', (instant, iso) => {
    expect(dateToIso(new Date(instant))).toBe(iso);
  });

  it('reads a Date from another realm', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2025, 8, 30, 17))') as Date;
    expect(dateToIso(foreign)).toBe('2025-10-01');
  });

  it.each([
    ['2025-10-01', '2025-09-30T17:00:00.000Z'],
    ['2026-01-01', '2025-12-31T17:00:00.000Z'],
  ])('isoToDate(%s) is midnight in Vietnam', (iso, instant) => {
    expect(isoToDate(iso).toISOString()).toBe(instant);
    expect(dateToIso(isoToDate(iso))).toBe(iso);
  });

  it.each([
    [Date.UTC(2025, 9, 1, 16, 59), '2025-10-01'],
    [Date.UTC(2025, 9, 1, 17, 0), '2025-10-02'],
  ])('todayIso(%i) = %s', (now, iso) => {
    expect(todayIso(now)).toBe(iso);
  });

  it('todayIso() defaults to now', () => {
    expect(todayIso()).toBe(todayIso(Date.now()));
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('addDays / daysBetween', () => {
  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-09-01', 14, '2025-09-15'],
    ['2025-09-01', 0, '2025-09-01'],
  ])('addDays(%s, %i) = %s', (from, n, to) => {
    expect(addDays(from, n)).toBe(to);
    expect(daysBetween(from, to)).toBe(n);
  });

  it('counts a school year', () => {
    expect(daysBetween('2025-09-01', '2026-05-31')).toBe(272);
    expect(daysBetween('2026-05-31', '2025-09-01')).toBe(-272);
  });
});

describe('isDateValue', () => {
  it.each([
    ['a Date', new Date(2025, 0, 1), true],
    ['a Date of another realm', vm.runInNewContext('new Date(0)'), true],
    ['an Invalid Date', new Date('nope'), false],
    ['an Invalid Date of another realm', vm.runInNewContext('new Date(NaN)'), false],
    ['a fake with the Date tag', { [Symbol.toStringTag]: 'Date', getTime: () => 0 }, false],
    ['a date string', '2025-01-01', false],
    ['a number', 45000, false],
    ['null', null, false],
  ])('%s -> %p', (_label, v, ok) => {
    expect(isDateValue(v)).toBe(ok);
  });
});

describe('parseDateCell', () => {
  it.each<[string, unknown, string | null]>([
    ['empty string', '', null],
    ['blank string', '   ', null],
    ['null', null, null],
    ['undefined', undefined, null],
    ['dd/mm/yyyy', '31/05/2026', '2026-05-31'],
    ['d/m/yyyy', '1/9/2025', '2025-09-01'],
    ['dd-mm-yyyy', '15-10-2025', '2025-10-15'],
    ['dd.mm.yyyy', '15.10.2025', '2025-10-15'],
    ['yyyy-mm-dd', '2025-10-15', '2025-10-15'],
    ['2-digit year', '5/9/25', '2025-09-05'],
    ['leading ngày', 'ngày 30/9/2025', '2025-09-30'],
    ['leading Ngày, NFD', 'Ngày 30/9/2025'.normalize('NFD'), '2025-09-30'],
    ['written out', 'ngày 15 tháng 10 năm 2025', '2025-10-15'],
    ['spaces around separators', '15 / 10 / 2025', '2025-10-15'],
    ['day first, never m/d', '03/04/2026', '2026-04-03'],
    ['29 Feb of a leap year', '29/02/2024', '2024-02-29'],
    ['a Sheets serial day', 45931, '2025-10-01'],
    ['a serial with a time', 45931.75, '2025-10-01'],
    ['Sheets day 2', 2, '1900-01-01'],
  ])('%s', (_label, v, date) => {
    expect(parseDateCell(v)).toEqual({ ok: true, date });
  });

  it('reads a Date cell as its civil date in Vietnam', () => {
    expect(parseDateCell(new Date('2025-09-30T17:00:00Z'))).toEqual({
      ok: true,
      date: '2025-10-01',
    });
    const foreign = vm.runInNewContext('new Date(Date.UTC(2026, 4, 30, 17))');
    expect(parseDateCell(foreign)).toEqual({ ok: true, date: '2026-05-31' });
  });

  it.each<[unknown, 'impossible' | 'unreadable']>([
    ['31/02/2026', 'impossible'],
    ['29/02/2025', 'impossible'],
    ['32/01/2026', 'impossible'],
    ['15/13/2025', 'impossible'],
    ['2025-02-30', 'impossible'],
    ['1/1/1800', 'impossible'],
    ['abc', 'unreadable'],
    ['10/2025', 'unreadable'],
    ['15/10-2025', 'unreadable'],
    ['Cả năm', 'unreadable'],
    [true, 'unreadable'],
    [{}, 'unreadable'],
    [Number.NaN, 'unreadable'],
    [-1000000, 'unreadable'],
    [1, 'unreadable'], // 1899-12-31: before the supported range
    [new Date('nope'), 'unreadable'],
  ])('%p -> %s', (v, reason) => {
    expect(parseDateCell(v)).toEqual({ ok: false, reason });
  });
});

describe('parseSchoolYear', () => {
  it.each<[unknown, { startYear: number; endYear: number } | null]>([
    ['2024-2025', { startYear: 2024, endYear: 2025 }],
    ['2024 - 2025', { startYear: 2024, endYear: 2025 }],
    ['2024–2025', { startYear: 2024, endYear: 2025 }],
    ['2024 — 2025', { startYear: 2024, endYear: 2025 }],
    ['Năm học 2024-2025', { startYear: 2024, endYear: 2025 }],
    ['Năm học: 2025 – 2026', { startYear: 2025, endYear: 2026 }],
    ['NĂM HỌC 2025-2026'.normalize('NFD'), { startYear: 2025, endYear: 2026 }],
    ['2024-25', { startYear: 2024, endYear: 2025 }],
    ['2099-00', { startYear: 2099, endYear: 2100 }],
    ['2024/2025', { startYear: 2024, endYear: 2025 }],
    ['2024-2026', { startYear: 2024, endYear: 2026 }],
    ['2024-2029', { startYear: 2024, endYear: 2029 }],
    ['2024-2030', null],
    ['2025-2024', null],
    ['2025-2025', null],
    ['2024', null],
    ['abc', null],
    ['', null],
    [2024, null],
    [null, null],
  ])('%p', (v, sy) => {
    expect(parseSchoolYear(v)).toEqual(sy);
  });

  it('runs from 1 September to 31 May', () => {
    expect(schoolYearRange({ startYear: 2025, endYear: 2026 })).toEqual({
      start: '2025-09-01',
      end: '2026-05-31',
    });
    expect(schoolYearRange({ startYear: 2024, endYear: 2026 })).toEqual({
      start: '2024-09-01',
      end: '2026-05-31',
    });
  });
});
