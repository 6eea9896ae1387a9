// @ts-nocheck
import { describe, expect, it } from '@jest/globals';
import vm from 'node:vm';
import { parsePeriod, type ParsedPeriod } from '../../../src/core/parse/period';
import type { SchoolYear } from '../../../src/core/parse/dates';

const Y2025: SchoolYear = { startYear: 2025, endYear: 2026 };
const Y2023: SchoolYear = { startYear: 2023, endYear: 2024 };

function range(start: string | null, end: string | null, vague = false): ParsedPeriod {
  return { start, end, vague, recognized: true };
}
const NOT_RECOGNIZED: ParsedPeriod = { start: null, end: null, vague: false, recognized: false };

describe('parsePeriod: the forms schools write (plan 2025-2026)', () => {
  it.each<[string, ParsedPeriod]>([
    // month to month
    ['9/2025 – 5/2026', range('2025-09-01', '2026-05-31')],
    ['09/2025 - 05/2026', range('2025-09-01', '2026-05-31')],
    ['9/2025—5/2026', range('2025-09-01', '2026-05-31')],
    ['Tháng 9/2025 - tháng 5/2026', range('2025-09-01', '2026-05-31')],
    ['Từ tháng 9/2025 đến tháng 5/2026', range('2025-09-01', '2026-05-31')],
    ['từ 9/2025 tới 2/2026', range('2025-09-01', '2026-02-28')],
    ['-6/2026-5/2027', range('2026-06-01', '2027-05-31')],
    ['+ 6/2026 - 5/2027', range('2026-06-01', '2027-05-31')],
    ['• 9/2025 – 5/2026;', range('2025-09-01', '2026-05-31')],
    // moments of the school year, weeks
    ['Đầu năm học', range('2025-09-01', '2025-09-30')],
    ['Giữa năm học', range('2026-01-01', '2026-01-31')],
    ['Cuối năm học', range('2026-05-01', '2026-05-31')],
    ['Cuối năm', range('2026-05-01', '2026-05-31')],
    ['Từ tháng 9/2025 đến hết năm học', range('2025-09-01', '2026-05-31')],
    ['Tuần 1 tháng 9', range('2025-09-01', '2025-09-07')],
    ['Tuần 5 tháng 2/2026', NOT_RECOGNIZED],
    ['Tuần 2 tháng 10/2025', range('2025-10-08', '2025-10-14')],
    // months within one year
    ['9 - 12/2025', range('2025-09-01', '2025-12-31')],
    ['Tháng 9-10/2025', range('2025-09-01', '2025-10-31')],
    ['Tháng 9, 10/2025', range('2025-09-01', '2025-10-31')],
    ['Tháng 9, 10, 11/2025', range('2025-09-01', '2025-11-30')],
    ['Tháng 11-2/2026', range('2025-11-01', '2026-02-28')],
    ['Tháng 12 - 1/2024', range('2023-12-01', '2024-01-31')],
    // one month
    ['10/2025', range('2025-10-01', '2025-10-31')],
    ['Tháng 10/2024', range('2024-10-01', '2024-10-31')],
    ['tháng 10 năm 2024', range('2024-10-01', '2024-10-31')],
    ['T10/2024', range('2024-10-01', '2024-10-31')],
    ['Tháng 3/ 2024', range('2024-03-01', '2024-03-31')],
    ['Tháng 2/2024', range('2024-02-01', '2024-02-29')],
    ['Tháng 10', range('2025-10-01', '2025-10-31')],
    ['Tháng 12', range('2025-12-01', '2025-12-31')],
    ['Tháng 3', range('2026-03-01', '2026-03-31')],
    ['Tháng 7', range('2026-07-01', '2026-07-31')],
    ['Tháng 9 - tháng 10', range('2025-09-01', '2025-10-31')],
    // full dates
    ['15/10/2025', range('2025-10-15', '2025-10-15')],
    ['Trước 30/9/2025', range(null, '2025-09-30')],
    ['Trước ngày 30/9/2025', range(null, '2025-09-30')],
    ['Hoàn thành trước 30/9/2025', range(null, '2025-09-30')],
    ['Chậm nhất ngày 15/01/2026', range(null, '2026-01-15')],
    ['Đến tháng 12/2025', range(null, '2025-12-31')],
    ['Trước tháng 10/2025', range(null, '2025-09-30')],
    ['Từ 01/9/2025 đến 31/5/2026', range('2025-09-01', '2026-05-31')],
    ['Từ ngày 01/9/2025 đến ngày 31/5/2026', range('2025-09-01', '2026-05-31')],
    ['01/9/2025 - 15/01/2026', range('2025-09-01', '2026-01-15')],
    // a school year with its years
    ['Năm học 2024-2025', range('2024-09-01', '2025-05-31')],
    ['Trong năm học 2024-2025', range('2024-09-01', '2025-05-31')],
    ['2024-2025', range('2024-09-01', '2025-05-31')],
    ['Năm học 2025 – 2026', range('2025-09-01', '2026-05-31')],
    ['Năm học 2024-2026', range('2024-09-01', '2026-05-31')],
    ['Cả năm học 2025-2026', range('2025-09-01', '2026-05-31')],
    // the plan's year, no clear end
    ['Cả năm', range('2025-09-01', '2026-05-31', true)],
    ['Cả năm học', range('2025-09-01', '2026-05-31', true)],
    ['Trong năm học', range('2025-09-01', '2026-05-31', true)],
    ['Năm học', range('2025-09-01', '2026-05-31', true)],
    // open end
    ['Năm học 2023-2024 và những năm tiếp theo', range('2023-09-01', '2026-05-31', true)],
    ['Năm học 2024-2025 và các năm tiếp theo', range('2024-09-01', '2026-05-31', true)],
    ['Năm học 2024-2025 và các năm học tiếp theo', range('2024-09-01', '2026-05-31', true)],
    ['Trong năm học 2023-2024 và các năm tiếp theo.', range('2023-09-01', '2026-05-31', true)],
    ['Từ năm học 2024-2025', range('2024-09-01', '2026-05-31', true)],
    ['Từ năm học 2024-2025 trở đi', range('2024-09-01', '2026-05-31', true)],
    ['Từ năm 2024', range('2024-01-01', '2026-05-31', true)],
    ['Từ tháng 10/2025', range('2025-10-01', '2026-05-31', true)],
    // open end starting after the plan's year: it ends with its own year
    ['Từ năm học 2027-2028', range('2027-09-01', '2028-05-31', true)],
    // semesters
    ['Học kỳ I', range('2025-09-01', '2026-01-15')],
    ['Học kì 1', range('2025-09-01', '2026-01-15')],
    ['HK1', range('2025-09-01', '2026-01-15')],
    ['HKI', range('2025-09-01', '2026-01-15')],
    ['HK I', range('2025-09-01', '2026-01-15')],
    ['Cuối học kỳ I', range('2025-09-01', '2026-01-15')],
    ['Học kỳ II', range('2026-01-16', '2026-05-31')],
    ['Học kì 2', range('2026-01-16', '2026-05-31')],
    ['HK2', range('2026-01-16', '2026-05-31')],
    ['HKII', range('2026-01-16', '2026-05-31')],
    ['Học kỳ I năm học 2024-2025', range('2024-09-01', '2025-01-15')],
    // recurring work
    ['Theo đợt', range('2025-09-01', '2026-05-31', true)],
    ['Hằng tháng', range('2025-09-01', '2026-05-31', true)],
    ['Hàng tháng', range('2025-09-01', '2026-05-31', true)],
    ['Hằng tuần', range('2025-09-01', '2026-05-31', true)],
    ['Hàng tuần', range('2025-09-01', '2026-05-31', true)],
    ['Thường xuyên', range('2025-09-01', '2026-05-31', true)],
    ['Định kỳ', range('2025-09-01', '2026-05-31', true)],
    ['Định kì', range('2025-09-01', '2026-05-31', true)],
    ['Hằng năm', range('2025-09-01', '2026-05-31', true)],
    ['Hàng năm', range('2025-09-01', '2026-05-31', true)],
    ['Theo kế hoạch', range('2025-09-01', '2026-05-31', true)],
    ['Thường xuyên, liên tục', range('2025-09-01', '2026-05-31', true)],
    ['Theo kế hoạch của Phòng GD&ĐT', range('2025-09-01', '2026-05-31', true)],
    ['Hằng tháng từ 9/2025 đến 12/2025', range('2025-09-01', '2025-12-31')],
    // quarters and years
    ['Quý I/2026', range('2026-01-01', '2026-03-31')],
    ['Quý 1 năm 2026', range('2026-01-01', '2026-03-31')],
    ['Quý IV/2025', range('2025-10-01', '2025-12-31')],
    ['Quý 2/2026', range('2026-04-01', '2026-06-30')],
    ['Năm 2026', range('2026-01-01', '2026-12-31')],
    ['2026', range('2026-01-01', '2026-12-31')],
  ])('%p', (text, expected) => {
    expect(parsePeriod(text, Y2025)).toEqual(expected);
  });
});

describe('parsePeriod: spelling variants', () => {
  it.each<[string, string]>([
    ['upper case', 'TỪ THÁNG 9/2025 ĐẾN THÁNG 5/2026'],
    ['NFD', 'Từ tháng 9/2025 đến tháng 5/2026'.normalize('NFD')],
    ['no accents', 'Tu thang 9/2025 den thang 5/2026'],
    ['en dash', 'Tháng 9/2025 – tháng 5/2026'],
    ['em dash', 'Tháng 9/2025 — tháng 5/2026'],
    ['minus sign', 'Tháng 9/2025 − tháng 5/2026'],
    ['trailing dot', '9/2025 - 5/2026.'],
    ['trailing semicolon', '9/2025 - 5/2026;'],
    ['leading dash', '- 9/2025 - 5/2026'],
    ['leading plus', '+9/2025-5/2026'],
    ['bullet', '* 9/2025 - 5/2026'],
    ['line break and non-breaking space', 'Từ tháng 9/2025\nđến\u00a0tháng 5/2026'],
  ])('%s', (_label, text) => {
    expect(parsePeriod(text, Y2025)).toEqual(range('2025-09-01', '2026-05-31'));
  });

  it.each<[string, ParsedPeriod]>([
    ['CẢ NĂM', range('2025-09-01', '2026-05-31', true)],
    ['Cả năm'.normalize('NFD'), range('2025-09-01', '2026-05-31', true)],
    ['học kỳ ii', range('2026-01-16', '2026-05-31')],
    ['Học kỳ I'.normalize('NFD'), range('2025-09-01', '2026-01-15')],
  ])('%p', (text, expected) => {
    expect(parsePeriod(text, Y2025)).toEqual(expected);
  });
});

describe('parsePeriod: values that are not text', () => {
  it.each<[string, unknown, ParsedPeriod]>([
    ['empty', '', range(null, null)],
    ['blank', '  ', range(null, null)],
    ['null', null, range(null, null)],
    ['undefined', undefined, range(null, null)],
    // Sheets turned a typed `10/2025` into 1 October 2025 (midnight in Vietnam).
    ['a Date on day 1', new Date('2025-09-30T17:00:00Z'), range('2025-10-01', '2025-10-31')],
    ['a Date on another day', new Date('2025-10-14T17:00:00Z'), range('2025-10-15', '2025-10-15')],
    [
      'a Date of another realm',
      vm.runInNewContext('new Date(Date.UTC(2026, 1, 0, 17))'),
      range('2026-02-01', '2026-02-28'),
    ],
    ['an Invalid Date', new Date('nope'), NOT_RECOGNIZED],
    ['a number year', 2026, range('2026-01-01', '2026-12-31')],
    ['a fraction', 2026.5, NOT_RECOGNIZED],
    ['a boolean', true, NOT_RECOGNIZED],
  ])('%s', (_label, value, expected) => {
    expect(parsePeriod(value, Y2025)).toEqual(expected);
  });
});

describe('parsePeriod: without the plan year', () => {
  it.each<[string, ParsedPeriod]>([
    ['Cả năm', NOT_RECOGNIZED],
    ['Năm học', NOT_RECOGNIZED],
    ['Theo đợt', NOT_RECOGNIZED],
    ['Học kỳ I', NOT_RECOGNIZED],
    ['Tháng 10', NOT_RECOGNIZED],
    ['9/2025 – 5/2026', range('2025-09-01', '2026-05-31')],
    ['Năm học 2024-2025', range('2024-09-01', '2025-05-31')],
    ['Học kỳ II năm học 2024-2025', range('2025-01-16', '2025-05-31')],
    ['Năm học 2023-2024 và những năm tiếp theo', range('2023-09-01', '2024-05-31', true)],
    ['Từ năm 2024', range('2024-01-01', '2024-12-31', true)],
    ['Trước 30/9/2025', range(null, '2025-09-30')],
  ])('%p', (text, expected) => {
    expect(parsePeriod(text, null)).toEqual(expected);
  });

  it('takes a month without year from the plan', () => {
    expect(parsePeriod('Tháng 10', Y2023)).toEqual(range('2023-10-01', '2023-10-31'));
    expect(parsePeriod('Tháng 4', Y2023)).toEqual(range('2024-04-01', '2024-04-30'));
  });
});

describe('parsePeriod: not recognized', () => {
  it.each([
    'abc',
    '13/2025',
    'Tháng 13/2025',
    'Tháng 0/2025',
    '31/02/2026',
    'Trước 31/02/2026',
    'Từ 31/02/2026 đến 31/5/2026',
    '9/2026 - 5/2026',
    'Tháng 13',
    '10',
    'Quý 5/2026',
    'Năm 1800',
    'Học kỳ III',
    'Khi có kinh phí',
    'Trước khi khai giảng',
    '1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1',
  ])('%p', (text) => {
    expect(parsePeriod(text, Y2025)).toEqual(NOT_RECOGNIZED);
  });
});

describe('parsePeriod: every period of sample 001 (plan 2025-2026)', () => {
  it.each<[string, ParsedPeriod]>([
    ['9/2025 – 5/2026', range('2025-09-01', '2026-05-31')],
    ['Cả năm', range('2025-09-01', '2026-05-31', true)],
    ['10/2025', range('2025-10-01', '2025-10-31')],
    ['-6/2026-5/2027', range('2026-06-01', '2027-05-31')],
    ['9/2025 – 3/2026', range('2025-09-01', '2026-03-31')],
    ['Theo đợt', range('2025-09-01', '2026-05-31', true)],
  ])('%p', (text, expected) => {
    expect(parsePeriod(text, Y2025)).toEqual(expected);
  });
});

describe('parsePeriod: every period of sample 002 (plan 2023-2024), lines joined', () => {
  const WHOLE_OPEN = range('2023-09-01', '2024-05-31', true);
  it.each<[string, ParsedPeriod]>([
    ['Năm  học 2023-2024 và  những năm  tiếp theo.', WHOLE_OPEN], // 3.1
    ['Năm học 2023-2024 và những năm tiếp theo', WHOLE_OPEN], // 3.2
    ['Năm học  2023-2024  và những  năm tiếp  theo.', WHOLE_OPEN], // 3.3
    ['Năm  học 2023 - 2024 và  các  năm tiếp theo', WHOLE_OPEN], // 3.4
    ['Trong năm  học 2023- 2024 và các  năm tiếp  theo.', WHOLE_OPEN], // 5.3
    // the same cells as pasted, line breaks kept
    ['Năm  học\n2023-2024\nvà  những\nnăm  tiếp\ntheo.', WHOLE_OPEN],
    ['Trong năm \nhọc 2023-\n2024 và các \nnăm tiếp \ntheo.', WHOLE_OPEN],
  ])('%p', (text, expected) => {
    expect(parsePeriod(text, Y2023)).toEqual(expected);
  });
});
