// @ts-nocheck
import { describe, expect, it } from '@jest/globals';
import {
  allCriteria,
  allowedLevels,
  applyOverrides,
  builtInCatalogs,
  catalogIdOf,
  chooseCatalog,
  compareCodes,
  findCriterion,
  parseCriterionCode,
  parseLevel,
  parseSchoolLevel,
} from '../../../src/core/plan/catalog/catalog';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const reference = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../../../shared/reference/criteria-2018.json'), 'utf8'),
);

describe('built-in catalogs', () => {
  const catalogs = builtInCatalogs();

  it.each([
    ['TT19/2018', 'mn', 5, 25, 6],
    ['TT17/2018', 'th', 5, 27, 5],
    ['TT18/2018', 'thcs', 5, 28, 6],
    ['TT57/2026', 'mn', 4, 15, 0],
    ['TT57/2026', 'thpt', 4, 15, 0],
  ] as const)('%s (%s) has %i standards, %i criteria, %i level-4', (id, level, s, c, m4) => {
    const choice = chooseCatalog(catalogs, id, level);
    if (!choice.ok) throw new Error('not found');
    expect(choice.catalog.standards).toHaveLength(s);
    expect(choice.catalog.standards.flatMap((x) => x.criteria)).toHaveLength(c);
    expect(choice.catalog.level4).toHaveLength(m4);
  });

  it('carries every name of the reference transcription verbatim', () => {
    for (const [key, id] of [
      ['TT19/2018 mam non', 'TT19/2018'],
      ['TT17/2018 tieu hoc', 'TT17/2018'],
      ['TT18/2018 THCS THPT', 'TT18/2018'],
    ]) {
      const catalog = catalogs.find((c) => c.id === id);
      if (!catalog) throw new Error(id);
      for (const s of reference[key as string].standards)
        for (const c of s.criteria)
          expect(findCriterion(catalog, c.code)?.name).toBe(c.name.normalize('NFC'));
    }
  });

  it('marks TT57/2026 provisional and allows only Mức 1–2 there', () => {
    const choice = chooseCatalog(catalogs, 'Thông tư 57/2026/TT-BGDĐT', 'th');
    if (!choice.ok) throw new Error('not found');
    expect(choice.catalog.provisional).toBe(true);
    expect(allowedLevels(choice.catalog)).toEqual(['CD', 'M1', 'M2']);
    const tt17 = chooseCatalog(catalogs, '', 'th');
    if (!tt17.ok) throw new Error('not found');
    expect(allowedLevels(tt17.catalog)).toEqual(['CD', 'M1', 'M2', 'M3', 'M4']);
  });
});

describe('choosing the plan catalog', () => {
  const catalogs = builtInCatalogs();
  it.each([
    ['TT17/2018', null, 'TT17/2018'],
    ['Thông tư 17/2018/TT-BGDĐT', null, 'TT17/2018'],
    ['17/2018', null, 'TT17/2018'],
    ['', 'mn', 'TT19/2018'],
    ['', 'th', 'TT17/2018'],
    ['', 'thcs', 'TT18/2018'],
    ['', 'pt', 'TT18/2018'],
  ] as const)('%j with level %s → %s', (text, level, id) => {
    const choice = chooseCatalog(catalogs, text, level);
    expect(choice.ok && choice.catalog.id).toBe(id);
  });

  it('reports an unknown circular and a missing level', () => {
    expect(chooseCatalog(catalogs, 'TT99/2030', 'th')).toMatchObject({
      ok: false,
      reason: 'unknown-catalog',
    });
    expect(chooseCatalog(catalogs, '', null)).toMatchObject({ ok: false, reason: 'no-level' });
  });

  it.each([
    ['Mầm non', 'mn'],
    ['Tiểu học', 'th'],
    ['Trung học cơ sở', 'thcs'],
    ['THPT', 'thpt'],
    ['Phổ thông có nhiều cấp học', 'pt'],
    ['Tiểu học'.normalize('NFD'), 'th'],
    ['Đại học', null],
  ])('Cấp học %j → %s', (text, code) => {
    expect(parseSchoolLevel(text)).toBe(code);
  });

  it('reads circular ids written any usual way', () => {
    expect(catalogIdOf('TT 18/2018')).toBe('TT18/2018');
    expect(catalogIdOf('Bộ riêng của trường')).toBe('Bộ riêng của trường');
  });
});

describe('criterion codes', () => {
  it.each([
    ['1.1', '1.1'],
    ['Tiêu chí 1.1', '1.1'],
    ['Tiêu chí 3.1: Diện\ntích, khuôn viên\nvà sân vườn', '3.1'],
    ['TC 2.3', '2.3'],
    ['1.10', '1.10'],
    ['01.02', '1.2'],
    ['M4.2', 'M4.2'],
    ['Mức 4.3', 'M4.3'],
    [1.5, '1.5'],
    ['Tiêu chuẩn 3: Cơ sở vật chất', ''],
    ['MỨC 4', ''],
    ['abc', ''],
    ['1.2.3', ''],
    ['1,1', '1.1'],
    ['Tiêu chí 2,10', '2.10'],
    ['Tiêu chuẩn 1, 2', ''],
    ['Tiêu chí 1', ''],
  ])('%j → %j', (input, code) => {
    expect(parseCriterionCode(input).code).toBe(code);
  });

  it('sorts in catalog order: 1.2 before 1.10, level-4 last', () => {
    expect(['1.10', 'M4.1', '1.2', '2.1', '1.1'].sort(compareCodes)).toEqual([
      '1.1',
      '1.2',
      '1.10',
      '2.1',
      'M4.1',
    ]);
  });
});

describe('self-assessment values', () => {
  it.each([
    ['Chưa đạt', 'CD'],
    ['CĐ', 'CD'],
    ['Không đạt', 'CD'],
    ['Đạt', 'M1'],
    ['Đạt mức 1', 'M1'],
    ['Đạt Mức 2', 'M2'],
    ['Mức 3', 'M3'],
    ['đạt mức 4', 'M4'],
    ['', null],
    ['Chưa đạt mức 1', 'CD'],
    ['Đạt (mức 1)', 'M1'],
    ['Đạt mức II', 'M2'],
    ['Mức III', 'M3'],
    ['Tốt', undefined],
    ['Đạt mức 5', undefined],
    ['Đạt mức VI', undefined],
  ])('%j → %s', (text, level) => {
    expect(parseLevel(text)).toBe(level);
  });
});

describe('school overrides (Danh mục tiêu chí)', () => {
  const base = builtInCatalogs();

  it('renames a built-in criterion without touching the built-in data', () => {
    const out = applyOverrides(
      base,
      [
        {
          row: 2,
          catalog: '',
          standard: '',
          standardName: '',
          criterion: '1.5',
          criterionName: 'Tuyển sinh, tổ chức nhóm trẻ và lớp mẫu giáo',
        },
      ],
      'TT19/2018',
    );
    const tt19 = out.find((c) => c.id === 'TT19/2018');
    expect(tt19 && findCriterion(tt19, '1.5')?.name).toBe(
      'Tuyển sinh, tổ chức nhóm trẻ và lớp mẫu giáo',
    );
    expect(
      findCriterion(
        base.find((c) => c.id === 'TT19/2018')!,
        '1.5',
      )?.name,
    ).toBe('Tổ chức nhóm trẻ và lớp mẫu giáo');
  });

  it('adds a criterion in catalog order and builds a whole new catalog', () => {
    const out = applyOverrides(
      base,
      [
        {
          row: 2,
          catalog: 'TT17/2018',
          standard: '1',
          standardName: '',
          criterion: '1.11',
          criterionName: 'Chuyển đổi số',
        },
        {
          row: 3,
          catalog: 'Bộ tiêu chuẩn tỉnh 2027',
          standard: '1',
          standardName: 'Quản trị',
          criterion: '1.1',
          criterionName: 'Tầm nhìn',
        },
        {
          row: 4,
          catalog: 'Bộ tiêu chuẩn tỉnh 2027',
          standard: '1',
          standardName: '',
          criterion: '1.2',
          criterionName: 'Tổ chức',
        },
      ],
      'TT17/2018',
    );
    const tt17 = out.find((c) => c.id === 'TT17/2018')!;
    expect(tt17.standards[0]?.criteria.map((c) => c.code).slice(-2)).toEqual(['1.10', '1.11']);
    const own = chooseCatalog(out, 'Bộ tiêu chuẩn tỉnh 2027', 'th');
    expect(own.ok && allCriteria(own.catalog).map((c) => `${c.code} ${c.name}`)).toEqual([
      '1.1 Tầm nhìn',
      '1.2 Tổ chức',
    ]);
  });
});
