/**
 * Phrases real plans write (issue 12, point 3), read by the shared readers (period, owners):
 * leading words before a time, owners written as roles with qualifiers, titles beside names,
 * spelling variants, and partners outside the school.
 */
import { describe, expect, it } from '@jest/globals';
import { parsePeriod } from '../../../src/core/parse/period';
import {
  isOutsidePartner,
  resolveOwners,
  resolveOwnerToken,
  roleCodeOf,
  splitOwners,
} from '../../../src/core/plan/owners';
import type { Person } from '../../../src/core/plan/model';

const year = { startYear: 2024, endYear: 2025 };

describe('periods with leading words', () => {
  it.each([
    ['Cuối tháng 5/2025', '2025-05-31'],
    ['Đến tháng 5/2025', '2025-05-31'],
    ['Trước ngày 30/9/2024', '2024-09-30'],
    ['Hàng năm', '2025-05-31'],
    ['Năm học 2024-2025 và các năm học tiếp theo', '2025-05-31'],
  ])('already reads %s (ends %s)', (text, end) => {
    expect(parsePeriod(text, year)).toMatchObject({ recognized: true, end });
  });

  it.each([
    ['Ngay từ tháng 9/2024', '2024-09-01', '2025-05-31', true],
    ['Vào tháng 10/2024', '2024-10-01', '2024-10-31', false],
    ['Vào tháng 10', '2024-10-01', '2024-10-31', false],
    ['Ngay trong tháng 9/2024', '2024-09-01', '2024-09-30', false],
    ['Đầu tháng 9/2024', '2024-09-01', '2024-09-10', false],
    ['Giữa tháng 10/2024', '2024-10-11', '2024-10-20', false],
    ['Đầu tháng 9', '2024-09-01', '2024-09-10', false],
    ['hè năm 2025', '2025-06-01', '2025-08-31', false],
    ['Hè 2025', '2025-06-01', '2025-08-31', false],
    ['đến năm 2025', null, '2025-12-31', false],
    ['trước ngày 30/9', null, '2024-09-30', false],
    ['trước ngày 15/3', null, '2025-03-15', false],
    ['mỗi tháng', '2024-09-01', '2025-05-31', true],
    ['hằng năm', '2024-09-01', '2025-05-31', true],
    ['các năm học tiếp theo', '2024-09-01', '2025-05-31', true],
    ['từ tháng 9/2024 và thời gian tới', '2024-09-01', '2025-05-31', true],
    ['định kỳ đầu năm học', '2024-09-01', '2025-05-31', true],
    ['Đầu năm học', '2024-09-01', '2024-09-30', false],
    ['Đầu năm học 2025-2026', '2025-09-01', '2025-09-30', false],
    ['Tháng 9 hằng năm', '2024-09-01', '2024-09-30', true],
    ['Tháng 12/2024; tháng 5/2025', '2024-12-01', '2025-05-31', false],
    ['Giai đoạn 2025-2030', '2025-09-01', '2030-05-31', false],
    ['Tháng 9/2024\nTháng 12/2024', '2024-09-01', '2024-12-31', false],
    ['Từ tháng 9/2024\nđến tháng 5/2025', '2024-09-01', '2025-05-31', false],
  ] as const)('reads %s as %s – %s (vague: %s)', (text, start, end, vague) => {
    const p = parsePeriod(text, year);
    expect(p).toMatchObject({ recognized: true, end, vague });
    if (start) expect(p.start).toBe(start);
    else expect(p.start).toBeNull();
  });

  it('reads `Ngay trong năm học 2024-2025` as that school year', () => {
    const p = parsePeriod('Ngay trong năm học 2024-2025', year);
    expect(p.recognized).toBe(true);
    expect(p.end).toBe(parsePeriod('Năm học 2024-2025', year).end);
  });

  it('still refuses words that are no time', () => {
    expect(parsePeriod('Vào lúc thích hợp', year).recognized).toBe(false);
    expect(parsePeriod('hè phố', year).recognized).toBe(false);
  });
});

describe('owners as plans write them', () => {
  const person = (row: number, name: string, roles: string[], position = ''): Person => ({
    row,
    name,
    position,
    roles,
    email: `p${row}@truong.edu.vn`,
    remind: true,
  });
  const roster: Person[] = [
    person(2, 'Trần Văn An', ['HT', 'CTCĐ']),
    person(3, 'Nguyễn Thị Lan', ['PHT']),
    person(4, 'Nguyễn Thị Thúy', ['GV']),
    person(5, 'Lê Văn Bình', ['NV'], 'Bếp trưởng'),
  ];
  const rows = (token: string): number[] =>
    resolveOwnerToken(token, roster).people.map((p) => p.row);

  it('splits whole-staff words written out, each a role', () => {
    expect(splitOwners('cán bộ, giáo viên, nhân viên').map(roleCodeOf)).toEqual([
      'CBGVNV',
      'GV',
      'NV',
    ]);
  });

  it.each([
    ['Phó hiệu trưởng phụ trách chuyên môn', 'PHT'],
    ['PHT phụ trách chuyên môn', 'PHT'],
    ['CBGVNV', 'CBGVNV'],
    ['cán bộ', 'CBGVNV'],
    ['Bí thư chi bộ', 'BTCB'],
    ['Bí thư đoàn', 'BTĐ'],
    ['bếp trưởng', 'NV'],
    ['tổ văn phòng', 'NV'],
    ['văn thư', 'VT'],
    ['quản lí', 'BGH'],
    ['Cán bộ quản lí', 'BGH'],
    ['quản lý', 'BGH'],
    ['Hiệu phó', 'PHT'],
    ['Tổ trưởng tổ CM', 'TTCM'],
    ['Khối trưởng', 'TTCM'],
    ['Tổ nuôi dưỡng', 'NV'],
  ])('reads the role %s as %s', (token, code) => {
    expect(roleCodeOf(token)).toBe(code);
  });

  it('reaches the people a qualified role names', () => {
    expect(rows('Phó hiệu trưởng phụ trách chuyên môn')).toEqual([3]);
  });

  it('finds the person beside a title, in either order', () => {
    expect(rows('PHT Nguyễn Thị Lan')).toEqual([3]);
    expect(rows('Nguyễn Thị Lan PHT')).toEqual([3]);
    expect(splitOwners('Nguyễn Thị Lan - PHT')).toEqual(['Nguyễn Thị Lan', 'PHT']);
    expect(splitOwners('Cô Lan (PHT)')).toEqual(['Cô Lan', 'PHT']);
  });

  it('splits two roles joined by a space when one is written out', () => {
    expect(splitOwners('Hiệu trưởng CTCĐ')).toEqual(['Hiệu trưởng', 'CTCĐ']);
    expect(splitOwners('Hiệu trưởng Trần Văn An')).toEqual(['Hiệu trưởng Trần Văn An']);
  });

  it('reaches everyone with whole-staff words', () => {
    expect(rows('CBGVNV')).toEqual([2, 3, 4, 5]);
    expect(rows('cán bộ')).toEqual([2, 3, 4, 5]);
  });

  it('matches names across accent placement and without diacritics', () => {
    expect(rows('Nguyễn Thị Thuý')).toEqual([4]);
    expect(rows('Nguyen Thi Thuy')).toEqual([4]);
    expect(rows('nguyen thi lan')).toEqual([3]);
    // Loose matching never picks one of several people.
    const twins = [...roster, person(6, 'Nguyễn Thị Thủy', ['GV'])];
    expect(resolveOwnerToken('Nguyen Thi Thuy', twins).people).toEqual([]);
  });

  it('recognises partners outside the school: no e-mail needed, left out of the owners to reach', () => {
    for (const t of [
      'cha mẹ trẻ',
      'phụ huynh',
      'Ban đại diện cha mẹ học sinh',
      'Phụ huynh học sinh',
      'Hội CMHS',
      'BĐD CMHS',
    ])
      expect(isOutsidePartner(t)).toBe(true);
    expect(isOutsidePartner('cha mẹ học sinh nhân viên y tế')).toBe(false);
    expect(
      resolveOwners('GV, cha mẹ trẻ, Ban đại diện cha mẹ học sinh', roster).map((r) => r.token),
    ).toEqual(['GV']);
  });

  it('already matches a name spelled as in the roster', () => {
    expect(rows('Nguyễn Thị Thúy')).toEqual([4]);
  });
});
