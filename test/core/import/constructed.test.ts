/**
 * Plans constructed the ways real schools write them (test/fixtures/constructed-plans.ts),
 * read from the Docs API resource as documents.get returns it.
 */
import { describe, expect, it } from '@jest/globals';
import { docTreeFromDocsApi } from '../../../src/core/import/from-docs-api';
import { readPlanDoc } from '../../../src/core/import/read-doc';
import { fromProse } from '../../../src/core/import/prose';
import { readCriterion } from '../../../src/core/import/criteria';
import { allCriteria, builtInCatalogs } from '../../../src/core/plan/catalog/catalog';
import { fieldAccuracy } from '../../fixtures/doc-expected';
import { CONSTRUCTED, YEARLY_TASKS } from '../../fixtures/constructed-plans';
import { apiDoc } from '../../fixtures/api-doc';

describe.each(CONSTRUCTED.map((c) => [c.name, c] as const))('%s', (_, plan) => {
  const result = readPlanDoc(docTreeFromDocsApi(plan.doc));

  it('puts every field in the right column', () => {
    const acc = fieldAccuracy(plan.expected, result.items, plan.fields);
    console.log(plan.name, `${acc.right}/${acc.present}`, acc.wrong.join('\n'));
    expect(result.items).toHaveLength(plan.expected.length);
    expect(acc.wrong).toEqual([]);
  });
});

it('a yearly task plan is refused with a message, nothing imported', () => {
  const result = readPlanDoc(docTreeFromDocsApi(YEARLY_TASKS));
  expect(result.items).toEqual([]);
  expect(result.issues.map((i) => i.message)).toEqual([
    expect.stringMatching(/không phải kế hoạch cải tiến/),
  ]);
});

it('a title merged across the plan table’s top gives the school year', () => {
  const titled = CONSTRUCTED.find((c) => c.name.includes('titled'));
  expect(titled && readPlanDoc(docTreeFromDocsApi(titled.doc)).info['Năm học']).toBe('2024-2025');
});

it('a standard merged across the top of its own table heads that table’s rows', () => {
  const header = ['TT', 'Nội dung cần cải tiến', 'Biện pháp thực hiện', 'Người thực hiện'];
  const standardTable = (title: string, weakness: string) => ({
    rows: [[title, '', '', ''], header, ['1', weakness, 'Khắc phục', 'HT']],
    merges: [[0, 0, 1, 4]] as [number, number, number, number][],
  });
  const result = readPlanDoc(
    docTreeFromDocsApi(
      apiDoc(
        'KH',
        'KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC',
        standardTable('TIÊU CHUẨN 1: TỔ CHỨC VÀ QUẢN LÝ NHÀ TRƯỜNG', 'a'),
        standardTable('Tiêu chuẩn 2. Cán bộ quản lý, giáo viên', 'b'),
      ),
    ),
  );
  expect(result.items.map((i) => [i.standard, i.weakness])).toEqual([
    ['1', 'a'],
    ['2', 'b'],
  ]);
});

describe('prose as schools write it', () => {
  const want = new Set(['period', 'lead', 'budget', 'fundingSource'] as const);
  const year = { startYear: 2024, endYear: 2025 };
  it.each([
    [
      'Mua sắm thiết bị, dự kiến kinh phí khoảng 30.000.000đ (nguồn ngân sách).',
      { budget: '30.000.000đ', fundingSource: 'ngân sách' },
    ],
    ['Mua sắm thiết bị, kinh phí 30.000.000 VNĐ.', { budget: '30.000.000 VNĐ' }],
    [
      'Hiệu trưởng chỉ đạo, Phó hiệu trưởng trực tiếp phụ trách; thực hiện trong học kỳ I.',
      { lead: 'Phó hiệu trưởng', period: 'học kỳ I' },
    ],
    [
      'Phân công: Tổ trưởng chuyên môn; Thời gian: Cả năm học; Kinh phí: 5 triệu đồng (xã hội hóa).',
      {
        lead: 'Tổ trưởng chuyên môn',
        period: 'Cả năm học',
        budget: '5 triệu đồng',
        fundingSource: 'xã hội hóa',
      },
    ],
    // `30 trẻ` is children, not 30 triệu.
    ['Tổ chức cho 30 trẻ tham gia hội thi.', {}],
  ])('%s', (text, fields) => {
    expect(fromProse(text, want, year)).toEqual(fields);
  });
});

it('a criterion written by its official name only is suggested from the catalog, and said so', () => {
  const catalog = builtInCatalogs().find((c) => c.id.includes('19'));
  const named = catalog && allCriteria(catalog).filter((c) => ['1.1', '3.2'].includes(c.code));
  expect(named).toHaveLength(2);
  const rows = [
    ['Tiêu chí', 'Biện pháp', 'Người thực hiện'],
    ...(named ?? []).map((c) => [c.name, 'Rà soát', 'HT']),
  ];
  const result = readPlanDoc(
    docTreeFromDocsApi(apiDoc('KH', 'KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG', { rows })),
    { catalog },
  );
  expect(result.items.map((i) => i.criterion)).toEqual(['1.1', '3.2']);
  expect(result.issues.filter((i) => i.field === 'criterion')).toHaveLength(2);
});

describe('the self-assessment as plans write it inside the criterion cell', () => {
  it.each([
    ['Tiêu chí 1.1\nTĐG: Đạt mức 1', 'M1'],
    ['Tiêu chí 1.1 (Tự đánh giá: Mức 2)', 'M2'],
    ['Tiêu chí 1.1 - Mức 2', 'M2'],
    ['Tiêu chí 1.1: Phương hướng, chiến lược. Mức đạt: Mức 3', 'M3'],
    ['Tiêu chí 1.1\n(Chưa đạt)', 'CD'],
    ['TC 1.1 (M2)', 'M2'],
    ['Tiêu chí 1.1: Phương hướng, chiến lược', null],
  ])('%s → %s, nothing left over', (text, level) => {
    expect(readCriterion(text, { standard: '1', level4: false })).toMatchObject({
      code: '1.1',
      level,
      rest: '',
    });
  });
});

it('`Tiêu chuẩn, tiêu chí` merged over two columns: the standard, then the criterion numbered within it', () => {
  const result = readPlanDoc(
    docTreeFromDocsApi(
      apiDoc('KH', 'KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG', {
        rows: [
          ['TT', 'Tiêu chuẩn, tiêu chí', '', 'Điểm yếu', 'Biện pháp', 'Người thực hiện'],
          ['1', 'Tiêu chuẩn 1: Tổ chức và quản lý', 'Tiêu chí 1.1', 'a', 'b', 'HT'],
          ['2', '', 'Tiêu chí 3', 'c', 'd', 'PHT'],
          ['3', 'Tiêu chuẩn 2', 'Tiêu chí 2.2', 'e', 'f', 'GV'],
        ],
        merges: [
          [0, 1, 1, 2],
          [1, 1, 2, 1],
        ],
      }),
    ),
  );
  expect(result.items.map((i) => [i.standard, i.criterion, i.notes])).toEqual([
    ['1', '1.1', ''],
    ['1', '1.3', ''],
    ['2', '2.2', ''],
  ]);
  expect(result.issues).toEqual([]);
});

it('a plan to remedy the weaknesses an external review found is an improvement plan too', () => {
  const rows = [
    ['TT', 'Tồn tại, hạn chế', 'Biện pháp khắc phục', 'Người thực hiện'],
    ['1', 'Hồ sơ chưa đầy đủ', 'Bổ sung hồ sơ', 'Văn thư'],
  ];
  for (const title of ['Khắc phục tồn tại sau đánh giá ngoài', 'Năm học 2024-2025'])
    expect(
      readPlanDoc(docTreeFromDocsApi(apiDoc('KH', 'KẾ HOẠCH', title, { rows }))).items,
    ).toHaveLength(1);
});

it('a second owners column (`Người phụ trách | Người thực hiện`) holds the partners', () => {
  const rows = [
    ['Tiêu chí', 'Biện pháp', 'Người phụ trách', 'Người thực hiện'],
    ['1.1', 'Rà soát', 'Phó hiệu trưởng', 'Tổ trưởng, giáo viên'],
  ];
  const [item] = readPlanDoc(
    docTreeFromDocsApi(apiDoc('KH', 'KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG', { rows })),
  ).items;
  expect(item).toMatchObject({
    lead: 'Phó hiệu trưởng',
    partners: 'Tổ trưởng, giáo viên',
    notes: '',
  });
});
