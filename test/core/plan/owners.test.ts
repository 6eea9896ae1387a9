import { describe, expect, it } from '@jest/globals';
import {
  ROLE_CODES,
  isValidEmail,
  parseRoles,
  resolveOwnerToken,
  resolveOwners,
  roleCodeOf,
  rolesFromPosition,
  splitOwners,
} from '../../../src/core/plan/owners';
import type { Person } from '../../../src/core/plan/model';

function person(row: number, name: string, position: string, roles: string[]): Person {
  return { row, name, position, roles, email: `p${row}@truong.edu.vn`, remind: true };
}

// Rows of the `Nhân sự` sheet. Lan, Hằng, Nga and Thu have no `Vai trò`: roles come from `Chức vụ`.
const ROSTER: readonly Person[] = [
  person(2, 'Nguyễn Thị Hiến', 'Hiệu trưởng', ['HT']),
  person(3, 'Trần Thị Lan', 'Phó hiệu trưởng', []),
  person(4, 'Lê Thị Mai', 'Tổ trưởng chuyên môn', ['TTCM', 'GV']),
  person(5, 'Phạm Thị Hoa', 'Tổ phó chuyên môn', ['TPCM', 'GV']),
  person(6, 'Vũ Văn Tuấn', 'Giáo viên', ['GV']),
  person(7, 'Đỗ Thị Hằng', 'Kế toán', []),
  person(8, 'Hoàng Thị Nga', 'Nhân viên y tế', []),
  person(9, 'Bùi Thị Bình', 'Giáo viên', ['CTCĐ', 'GV']),
  person(10, 'Ngô Thị Thu', 'Nhân viên nấu ăn', []),
];

const BOARD = [2, 3];
const TEACHERS = [4, 5, 6, 9];
const STAFF = [7, 8, 10];

/** token → rows of the people it reaches. */
function reach(text: unknown, roster: readonly Person[] = ROSTER): [string, number[]][] {
  return resolveOwners(text, roster).map((r) => [r.token, r.people.map((p) => p.row)]);
}

describe('ROLE_CODES', () => {
  it('lists the canonical codes', () => {
    expect(ROLE_CODES).toEqual([
      'HT',
      'PHT',
      'BGH',
      'TTCM',
      'TPCM',
      'GV',
      'NV',
      'KT',
      'VT',
      'YT',
      'CTCĐ',
      'BTĐ',
      'TPT',
    ]);
  });

  it.each(ROLE_CODES.map((c) => [c]))('%s is its own code, in any case', (code) => {
    expect(roleCodeOf(code)).toBe(code);
    expect(roleCodeOf(code.toLowerCase())).toBe(code);
  });
});

describe('splitOwners', () => {
  it.each<[unknown, string[]]>([
    ['BGH', ['BGH']],
    ['PHT, Tổ CM', ['PHT', 'Tổ CM']],
    ['HT; PHT', ['HT', 'PHT']],
    ['HT/PHT', ['HT', 'PHT']],
    ['HT\nPHT\r\nGV', ['HT', 'PHT', 'GV']],
    ['HT - PHT', ['HT', 'PHT']],
    ['HT-PHT', ['HT', 'PHT']],
    ['HT và PHT', ['HT', 'PHT']],
    ['HT VÀ PHT', ['HT', 'PHT']],
    ['HT và PHT'.normalize('NFD'), ['HT', 'PHT']],
    ['Lê Thị Vàng', ['Lê Thị Vàng']],
    ['Hoàng Văn Vân', ['Hoàng Văn Vân']],
    ['Tổ CM.', ['Tổ CM']],
    ['GV;', ['GV']],
    ['HT,, ,PHT', ['HT', 'PHT']],
    ['GV, gv, GV', ['GV']],
    ['  Nguyễn  Thị   Hiến ', ['Nguyễn Thị Hiến']],
    ['Đ/c Lan, đ/c Mai', ['Đ/c Lan', 'đ/c Mai']],
    ['lan-nguyen@truong.edu.vn', ['lan-nguyen@truong.edu.vn']],
    ['HT, thu-ha.le@mn-lh.edu.vn; PHT', ['HT', 'thu-ha.le@mn-lh.edu.vn', 'PHT']],
    ['CBQL GV', ['CBQL', 'GV']],
    ['HT PHT', ['HT', 'PHT']],
    ['Cô Lan GV', ['Cô Lan GV']],
    ['- BGH\n- Tổ CM', ['BGH', 'Tổ CM']],
    ['', []],
    [null, []],
    [undefined, []],
  ])('%p', (text, tokens) => {
    expect(splitOwners(text)).toEqual(tokens);
  });
});

describe('roleCodeOf', () => {
  it.each<[string, string | null]>([
    ['HT', 'HT'],
    ['Hiệu trưởng', 'HT'],
    ['hieu truong', 'HT'],
    ['HIỆU TRƯỞNG'.normalize('NFD'), 'HT'],
    ['Hiệu trưởng nhà trường', 'HT'],
    ['PHT', 'PHT'],
    ['Phó hiệu trưởng', 'PHT'],
    ['Phó Hiệu Trưởng', 'PHT'],
    ['P.HT', 'PHT'],
    ['P. HT', 'PHT'],
    ['Các phó hiệu trưởng', 'PHT'],
    ['BGH', 'BGH'],
    ['Ban giám hiệu', 'BGH'],
    ['Ban Giám Hiệu nhà trường', 'BGH'],
    ['CBQL', 'BGH'],
    ['Cán bộ quản lý', 'BGH'],
    ['Cán bộ quản lí', 'BGH'],
    ['TTCM', 'TTCM'],
    ['Tổ CM', 'TTCM'],
    ['tổ cm', 'TTCM'],
    ['Tổ chuyên môn', 'TTCM'],
    ['Tổ trưởng chuyên môn', 'TTCM'],
    ['Tổ trưởng CM', 'TTCM'],
    ['Các tổ CM', 'TTCM'],
    ['Các tổ chuyên môn', 'TTCM'],
    ['TPCM', 'TPCM'],
    ['Tổ phó chuyên môn', 'TPCM'],
    ['GV', 'GV'],
    ['Giáo viên', 'GV'],
    ['giao vien', 'GV'],
    ['GVCN', 'GV'],
    ['giáo viên chủ nhiệm', 'GV'],
    ['Toàn thể giáo viên', 'GV'],
    ['NV', 'NV'],
    ['Nhân viên', 'NV'],
    ['KT', 'KT'],
    ['Kế toán', 'KT'],
    ['YT', 'YT'],
    ['Nhân viên y tế', 'YT'],
    ['y tế', 'YT'],
    ['y sỹ', 'YT'],
    ['y sĩ', 'YT'],
    ['y sỹ trường học', 'YT'],
    ['CTCĐ', 'CTCĐ'],
    ['CTCD', 'CTCĐ'],
    ['Chủ tịch công đoàn', 'CTCĐ'],
    ['Công đoàn', 'CTCĐ'],
    ['BTĐ', 'BTĐ'],
    ['Bí thư đoàn', 'BTĐ'],
    ['Bí thư chi đoàn', 'BTĐ'],
    ['Đoàn thanh niên', 'BTĐ'],
    ['TPT', 'TPT'],
    ['Tổng phụ trách', 'TPT'],
    ['Tổng phụ trách Đội', 'TPT'],
    ['VT', 'VT'],
    ['Văn thư', 'VT'],
    // not roles
    ['cha mẹ trẻ', null],
    ['nhân viên nhà bếp', null],
    ['phụ trách cơ sở vật chất', null],
    ['Nguyễn Thị Hiến', null],
    ['Hiệu', null],
    ['trường', null],
    ['constructor', null],
    ['__proto__', null],
    ['', null],
  ])('%p -> %p', (token, code) => {
    expect(roleCodeOf(token)).toBe(code);
  });
});

describe('parseRoles', () => {
  it.each<[unknown, string[]]>([
    ['HT, BGH', ['HT', 'BGH']],
    ['Tổ CM; GV', ['TTCM', 'GV']],
    ['ht', ['HT']],
    ['Phó hiệu trưởng', ['PHT']],
    ['GV, Giáo viên, gv', ['GV']],
    ['GV, thủ quỹ', ['GV', 'THỦ QUỸ']],
    ['HT PHT', ['HT', 'PHT']],
    ['', []],
    [null, []],
  ])('%p -> %p', (text, roles) => {
    expect(parseRoles(text)).toEqual(roles);
  });
});

describe('rolesFromPosition', () => {
  it.each<[string, string[]]>([
    ['Hiệu trưởng', ['HT']],
    ['Phó Hiệu trưởng', ['PHT']],
    ['Giáo viên chủ nhiệm lớp 5A', ['GV']],
    ['Tổ trưởng tổ Mẫu giáo lớn', ['TTCM']],
    ['Kế toán kiêm văn thư', ['KT', 'VT']],
    ['Giáo viên, Tổ trưởng CM', ['GV', 'TTCM']],
    ['Nhân viên nấu ăn', ['NV']],
    ['Nhân viên y tế', ['YT']],
    ['Bảo vệ', []],
    ['', []],
  ])('%p -> %p', (position, roles) => {
    expect(rolesFromPosition(position)).toEqual(roles);
  });
});

describe('isValidEmail', () => {
  it.each<[string, boolean]>([
    ['hien@mnlh.edu.vn', true],
    ['lan-nguyen@truong.edu.vn', true],
    ['thu.ha+ctcl@gmail.com', true],
    ['A.B@Example.COM', true],
    ['abc', false],
    ['a@b', false],
    ['a@b.c', false],
    ['@truong.edu.vn', false],
    ['lan@', false],
    ['lan@@truong.vn', false],
    ['lan @truong.vn', false],
    ['.lan@truong.vn', false],
    ['lan..ha@truong.vn', false],
    ['lan@-truong.vn', false],
    ['lan@truong..vn', false],
    ['hiến@truong.vn', false],
    [' hien@truong.vn', false],
    ['', false],
  ])('%p -> %p', (s, ok) => {
    expect(isValidEmail(s)).toBe(ok);
  });
});

describe('resolveOwnerToken', () => {
  it.each<[string, number[]]>([
    // names: case, NFC/NFD, spaces and honorifics do not matter
    ['Nguyễn Thị Hiến', [2]],
    ['nguyễn thị hiến', [2]],
    ['Nguyễn Thị Hiến'.normalize('NFD'), [2]],
    ['Nguyễn  Thị   Hiến', [2]],
    ['Cô Nguyễn Thị Hiến', [2]],
    ['cô Trần Thị Lan', [3]],
    ['Thầy Vũ Văn Tuấn', [6]],
    ['Đ/c Lê Thị Mai', [4]],
    ['đồng chí Phạm Thị Hoa', [5]],
    ['Bà Đỗ Thị Hằng', [7]],
    ['Chị Hoàng Thị Nga', [8]],
    // a part of a name is not a name
    ['Hiến', []],
    ['Nguyen Thi Hien', [2]],
    // roles
    ['HT', [2]],
    ['Hiệu trưởng', [2]],
    ['Thầy hiệu trưởng', [2]],
    ['PHT', [3]],
    ['BGH', BOARD],
    ['CBQL', BOARD],
    ['TTCM', [4, 5]],
    ['Tổ CM', [4, 5]],
    ['TPCM', [5]],
    ['GV', TEACHERS],
    ['NV', STAFF],
    ['KT', [7]],
    ['YT', [8]],
    ['CTCĐ', [9]],
    ['BTĐ', []],
    ['cha mẹ trẻ', []],
  ])('%p -> rows %p', (token, rows) => {
    expect(resolveOwnerToken(token, ROSTER).people.map((p) => p.row)).toEqual(rows);
  });

  it('keeps the token as the user wrote it, cleaned', () => {
    expect(resolveOwnerToken('  Tổ   CM ', ROSTER).token).toBe('Tổ CM');
  });

  it('resolves an address to the people who have it, and reports it', () => {
    expect(resolveOwnerToken('P4@Truong.edu.vn', ROSTER)).toEqual({
      token: 'P4@Truong.edu.vn',
      people: [ROSTER[2]],
      email: 'P4@Truong.edu.vn',
    });
    const outsider = resolveOwnerToken('phong-gd@dienbien.edu.vn', ROSTER);
    expect(outsider.people).toEqual([]);
    expect(outsider.email).toBe('phong-gd@dienbien.edu.vn');
  });

  it('sets no email for a name or a role', () => {
    expect(resolveOwnerToken('HT', ROSTER)).not.toHaveProperty('email');
  });

  it('counts a person with BGH as role for BGH but not for HT', () => {
    const roster = [person(2, 'Lò Văn Minh', 'Thư ký hội đồng', ['BGH'])];
    expect(resolveOwnerToken('BGH', roster).people).toHaveLength(1);
    expect(resolveOwnerToken('HT', roster).people).toHaveLength(0);
  });

  it('uses written roles before the position', () => {
    const roster = [person(2, 'Lò Văn Minh', 'Hiệu trưởng', ['GV'])];
    expect(resolveOwnerToken('HT', roster).people).toHaveLength(0);
    expect(resolveOwnerToken('GV', roster).people).toHaveLength(1);
  });

  it('follows a roster person whose roles change', () => {
    const p = person(2, 'Lò Văn Minh', '', ['GV']);
    expect(resolveOwnerToken('HT', [p]).people).toHaveLength(0);
    p.roles = ['HT'];
    expect(resolveOwnerToken('HT', [p]).people).toEqual([p]);
  });

  it('accepts roles written in words in the roster', () => {
    const roster = [person(2, 'Lò Văn Minh', '', ['Tổ CM'])];
    expect(resolveOwnerToken('TTCM', roster).people).toHaveLength(1);
  });
});

describe('resolveOwners: every owner cell of sample 001', () => {
  it.each<[string, [string, number[]][]]>([
    ['BGH', [['BGH', BOARD]]],
    [
      'PHT, Tổ CM',
      [
        ['PHT', [3]],
        ['Tổ CM', [4, 5]],
      ],
    ],
    ['Tổ CM', [['Tổ CM', [4, 5]]]],
    ['GV', [['GV', TEACHERS]]],
  ])('%p', (text, expected) => {
    expect(reach(text)).toEqual(expected);
  });
});

describe('resolveOwners: every owner cell of sample 002, lines joined', () => {
  it.each<[string, [string, number[]][]]>([
    [
      'Cán  bộ quản  lý, giáo  viên, nhân  viên, cha mẹ trẻ.',
      [
        ['Cán bộ quản lý', BOARD],
        ['giáo viên', TEACHERS],
        ['nhân viên', STAFF],
      ],
    ],
    ['Hiệu trưởng', [['Hiệu trưởng', [2]]]],
    [
      'Cán bộ  quản lý, kế  toán',
      [
        ['Cán bộ quản lý', BOARD],
        ['kế toán', [7]],
      ],
    ],
    [
      'Cán  bộ quản  lý, giáo  viên, nhân  viên, phụ  trách cơ  sở  vật chất,  nhân viên  nhà bếp,  y  sỹ trường học',
      [
        ['Cán bộ quản lý', BOARD],
        ['giáo viên', TEACHERS],
        ['nhân viên', STAFF],
        ['phụ trách cơ sở vật chất', []],
        ['nhân viên nhà bếp', []],
        ['y sỹ trường học', [8]],
      ],
    ],
    [
      'CBQL GV,  cha mẹ học  sinh nhân  viên y tế.',
      [
        ['CBQL', BOARD],
        ['GV', TEACHERS],
        ['cha mẹ học sinh nhân viên y tế', []],
      ],
    ],
  ])('%p', (text, expected) => {
    expect(reach(text)).toEqual(expected);
  });
});

describe('resolveOwners: mixed cells', () => {
  it('resolves names, roles and addresses in one cell', () => {
    expect(reach('Cô Nguyễn Thị Hiến và Tổ CM; ke-toan@truong.edu.vn')).toEqual([
      ['Cô Nguyễn Thị Hiến', [2]],
      ['Tổ CM', [4, 5]],
      ['ke-toan@truong.edu.vn', []],
    ]);
  });

  it('reaches nobody with an empty roster', () => {
    expect(reach('BGH, GV', [])).toEqual([
      ['BGH', []],
      ['GV', []],
    ]);
  });

  it('gives nothing for an empty cell', () => {
    expect(resolveOwners('', ROSTER)).toEqual([]);
  });
});
