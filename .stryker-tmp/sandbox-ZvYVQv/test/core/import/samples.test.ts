/**
 * The real plans of shared/samples/, as Docs with their own layout, read by the import:
 * field-level accuracy against what a person would type from them (test/fixtures/doc-expected).
 */
// @ts-nocheck

import { describe, expect, it } from '@jest/globals';
import { ITEM_FIELDS, readPlanDoc } from '../../../src/core/import/read-doc';
import {
  EXPECTED_001,
  EXPECTED_002,
  EXPECTED_INFO_001,
  EXPECTED_INFO_002,
  fieldAccuracy,
} from '../../fixtures/doc-expected';
import { doc001, doc002, doc004, doc004WithMonthTable } from '../../fixtures/doc-trees';

const FIELDS = ['standard', ...ITEM_FIELDS];

describe.each([
  ['001', doc001, EXPECTED_001, EXPECTED_INFO_001],
  ['002', doc002, EXPECTED_002, EXPECTED_INFO_002],
])('sample %s', (name, build, expected, info) => {
  const result = readPlanDoc(build());

  it('puts at least 95% of the fields in the right column', () => {
    const acc = fieldAccuracy(expected, result.items, FIELDS);
    console.log(
      `sample ${name}: ${acc.right}/${acc.present} fields right (${((100 * acc.right) / acc.present).toFixed(1)}%)` +
        (acc.wrong.length ? `\n  ${acc.wrong.join('\n  ')}` : ''),
    );
    expect(result.items).toHaveLength(expected.length);
    expect(acc.right / acc.present).toBeGreaterThanOrEqual(0.95);
  });

  it('reads the header and closing block into Thông tin chung values', () => {
    expect(result.info).toMatchObject(info);
  });

  it('keeps the document order and names where each row came from', () => {
    const sources = result.items.map((i) => i.source.table * 1000 + i.source.row);
    expect(sources).toEqual([...sources].sort((a, b) => a - b));
  });
});

describe('sample 001 (no criterion column)', () => {
  const result = readPlanDoc(doc001());

  it('counts rows per standard and reports every row whose criterion is not written', () => {
    expect(result.stats.rowsPerStandard).toEqual({ 1: 2, 2: 2, 3: 4, 4: 2, 5: 2 });
    const criterionIssues = result.issues.filter((i) => i.field === 'criterion');
    expect(criterionIssues).toHaveLength(12);
    expect(criterionIssues[0]?.message).toMatch(/^Bảng 2, dòng 2: .*Tiêu chuẩn 1/);
  });

  it('suggests a criterion only where one catalog name stands out, and says so', () => {
    const guessed = result.items.filter((i) => i.criterion);
    expect(guessed.length).toBe(result.stats.criteriaGuessed);
    for (const item of guessed) expect(item.criterion.split('.')[0]).toBe(item.standard);
    // `Thiết bị, đồ chơi thiếu và xuống cấp` → TT19 3.5 `Thiết bị, đồ dùng, đồ chơi`.
    expect(result.items[6]?.criterion).toBe('3.5');
  });

  it('lists the columns it recognised', () => {
    expect(result.stats.columns.recognised.map((c) => c.field)).toEqual([
      'weakness',
      'actions',
      'period',
      'lead',
      'evidence',
    ]);
    expect(result.stats.tables.filter((t) => t.plan)).toHaveLength(5);
  });
});

describe('sample 002 (one long table)', () => {
  const result = readPlanDoc(doc002());

  it('skips the MỨC and standard rows and reports nothing to fix', () => {
    expect(result.items.map((i) => i.criterion)).toEqual(['3.1', '3.2', '3.3', '3.4', '5.3']);
    expect(result.issues).toEqual([]);
  });
});

describe('sample 004 (a yearly task plan)', () => {
  it.each([
    ['as written', doc004],
    ['with its monthly focus as a table', doc004WithMonthTable],
  ])('is not an improvement plan (%s): one message, nothing imported', (_, build) => {
    const result = readPlanDoc(build());
    expect(result.items).toEqual([]);
    expect(result.info).toEqual({});
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.message).toMatch(
      /Thực hiện nhiệm vụ năm học 2023 - 2024.*không phải kế hoạch cải tiến chất lượng/,
    );
  });
});

describe('owners checked against Nhân sự', () => {
  it('lists, once each, the owners that match nobody in the roster', () => {
    const roster = [
      {
        row: 2,
        name: 'Nguyễn Thị Hiến',
        position: 'Hiệu trưởng',
        roles: ['HT'],
        email: 'h@x.vn',
        remind: true,
      },
      {
        row: 3,
        name: 'Lê Thị Mai',
        position: 'Giáo viên',
        roles: ['GV'],
        email: 'm@x.vn',
        remind: true,
      },
    ];
    const result = readPlanDoc(doc001(), { roster });
    // BGH reaches the principal; nobody holds PHT or Tổ CM.
    expect(result.stats.ownersUnmatched).toEqual(['PHT', 'Tổ CM']);
  });
});
