/**
 * Layouts the samples do not show but real plans use (issue 12), built as DocumentApp reports
 * them: merged ranges keep every cell, the head with its span, the others with span 0.
 */
import { describe, expect, it } from '@jest/globals';
import { readPlanDoc } from '../../../src/core/import/read-doc';
import { doc, merge, mergeFullRows, p, table, fullRow } from '../../fixtures/doc-builder';

const TITLE = [p('KẾ HOẠCH'), p('Cải tiến chất lượng giáo dục năm học 2024-2025')];

describe('standards in vertically merged cells, criteria numbered within their standard', () => {
  const t = table([
    ['Tiêu chuẩn', 'Tiêu chí', 'Điểm yếu', 'Biện pháp', 'Người phụ trách', 'Thời gian'],
    [
      'Tiêu chuẩn 2: Cán bộ quản lý, giáo viên',
      'Tiêu chí 1',
      'Hiệu trưởng chưa có chứng chỉ',
      'Đăng ký học lớp bồi dưỡng',
      'HT',
      '10/2024',
    ],
    ['', 'Tiêu chí 3', 'Giáo viên chưa đạt chuẩn', 'Cử đi học nâng chuẩn', 'PHT', 'Học kỳ I'],
    ['', '', '', 'Bồi dưỡng tại chỗ', 'Tổ CM', 'Học kỳ II'],
    fullRow(6, 'MỨC 4'),
    ['', 'Tiêu chí 2', 'Chưa có kế hoạch chiến lược', 'Xây dựng kế hoạch', 'BGH', '5/2025'],
  ]);
  merge(t, 1, 0, 3); // the standard over its three rows
  merge(t, 2, 1, 2); // criterion 3 over its two action rows
  merge(t, 2, 2, 2);
  merge(t, 4, 0, 1, 6);
  const result = readPlanDoc(doc(TITLE, t));

  it('numbers `Tiêu chí 3` under `Tiêu chuẩn 2` as 2.3, and a MỨC 4 block as M4.n', () => {
    expect(result.items.map((i) => i.criterion)).toEqual(['2.1', '2.3', '2.3', 'M4.2']);
    expect(result.items.map((i) => i.standard)).toEqual(['2', '2', '2', 'M4']);
  });

  it('gives each row under a merged cell that cell’s text', () => {
    expect(result.items[2]).toMatchObject({
      weakness: 'Giáo viên chưa đạt chuẩn',
      actions: 'Bồi dưỡng tại chỗ',
    });
    expect(result.issues.filter((i) => i.field === 'criterion')).toEqual([]);
  });

  it('recognises the standard column the contract does not have', () => {
    expect(result.stats.columns.recognised.find((c) => c.header === 'Tiêu chuẩn')?.field).toBe(
      'standard',
    );
    expect(result.stats.rowsPerStandard).toEqual({ 2: 3, M4: 1 });
  });
});

describe('one long table with TT, standard rows inside and a closing total', () => {
  const t = table([
    ['TT', 'Tiêu chuẩn, tiêu chí', 'Biện pháp thực hiện', 'Chủ trì', 'Dự kiến kinh phí'],
    ['I', 'Tiêu chuẩn 1: Tổ chức và quản lý nhà trường', '', '', ''],
    [
      '1',
      'Tiêu chí 1.1: Phương hướng, chiến lược',
      'Rà soát kế hoạch chiến lược',
      'HT',
      '2.000.000',
    ],
    ['II', 'Tiêu chuẩn 3: Cơ sở vật chất', '', '', ''],
    ['2', 'Tiêu chí 3.5', 'Mua sắm đồ chơi ngoài trời', 'KT', '30 triệu đồng'],
    ['', 'Tổng cộng', '', '', '32.000.000'],
  ]);
  merge(t, 1, 1, 1, 4);
  merge(t, 3, 1, 1, 4);
  merge(t, 5, 1, 1, 3);
  const result = readPlanDoc(doc(TITLE, t));

  it('reads the items, skips the standard rows and the total', () => {
    expect(result.items.map((i) => [i.criterion, i.budget])).toEqual([
      ['1.1', '2.000.000'],
      ['3.5', '30 triệu đồng'],
    ]);
  });

  it('ignores the TT column without listing it as unknown', () => {
    expect(result.stats.columns.ignored).toEqual([]);
  });
});

describe('the self-assessment written inside the criterion cell', () => {
  const t = table([
    ['Tiêu chí', 'Điểm yếu', 'Biện pháp'],
    ['Tiêu chí 1.2: Hội đồng trường\nTự đánh giá: Chưa đạt', 'Chưa họp đủ', 'Họp định kỳ'],
    ['Tiêu chí 1.3: Tổ chức Đảng (Đạt mức 2)', 'a', 'b'],
    ['Tiêu chí 1.4: Hiệu trưởng\nĐạt mức 1', 'a', 'b'],
    ['Tiêu chí 1.5 - Chưa đạt', 'a', 'b'],
    ['Tiêu chí 1.6\nKết quả: tốt', 'a', 'b'],
  ]);
  const result = readPlanDoc(doc(TITLE, t));

  it('takes it out as the item’s self-assessment, in the contract’s words', () => {
    expect(result.items.map((i) => [i.criterion, i.selfAssessment])).toEqual([
      ['1.2', 'Chưa đạt'],
      ['1.3', 'Đạt mức 2'],
      ['1.4', 'Đạt mức 1'],
      ['1.5', 'Chưa đạt'],
      ['1.6', ''],
    ]);
  });

  it('reports a labelled result it cannot read, by table and row', () => {
    const issue = result.issues.find((i) => i.field === 'criterion');
    expect(issue).toMatchObject({ row: 6, sheet: 'Bảng 1 trong tài liệu' });
    expect(issue?.message).toMatch(
      /^Bảng 1, dòng 6, cột “Tiêu chí”: .*“Tiêu chí 1\.6 Kết quả: tốt”|Kết quả: tốt/,
    );
  });
});

describe('criteria written in unusual ways', () => {
  const t = table([
    ['Tiêu chí', 'Biện pháp'],
    ['1,4', 'a'],
    ['1,5: Tổ chuyên môn', 'b'],
    ['Tiêu chí 4 (Tiêu chuẩn 2)', 'c'],
    ['Tiêu chí 2 - Tiêu chuẩn 3: Thiết bị', 'd'],
    ['TC 5.1', 'e'],
  ]);
  const result = readPlanDoc(doc(TITLE, t));

  it('reads the decimal comma and a number followed by its standard', () => {
    expect(result.items.map((i) => i.criterion)).toEqual(['1.4', '1.5', '2.4', '3.2', '5.1']);
  });
});

describe('a single narrative column', () => {
  const prose =
    'Từ tháng 9/2024 đến tháng 5/2025, nhà trường tổ chức bồi dưỡng chuyên môn cho giáo viên, Phó hiệu trưởng chủ trì. Kinh phí dự kiến 20 triệu đồng từ nguồn xã hội hóa.';
  const labelled =
    'Rà soát hồ sơ quản lý. Thời gian: Học kỳ I năm học 2024-2025; Người phụ trách: Tổ trưởng chuyên môn; Kinh phí: 5.000.000 đồng';
  const plain = 'Tiếp tục tuyên truyền tới cha mẹ trẻ về chăm sóc sức khỏe.';
  const t = table([
    ['TT', 'Tiêu chí', 'Kế hoạch cải tiến chất lượng'],
    ['1', 'Tiêu chí 1.1', prose],
    ['2', 'Tiêu chí 2.1', labelled],
    ['3', 'Tiêu chí 5.3', plain],
  ]);
  const result = readPlanDoc(doc(TITLE, t));

  it('keeps the prose as the actions', () => {
    expect(result.items.map((i) => i.actions)).toEqual([prose, labelled, plain]);
  });

  it('takes period, lead, budget and funding source where the prose states them', () => {
    expect(result.items[0]).toMatchObject({
      period: 'Từ tháng 9/2024 đến tháng 5/2025',
      lead: 'Phó hiệu trưởng',
      budget: '20 triệu đồng',
      fundingSource: 'xã hội hóa',
    });
    expect(result.items[1]).toMatchObject({
      period: 'Học kỳ I năm học 2024-2025',
      lead: 'Tổ trưởng chuyên môn',
      budget: '5.000.000 đồng',
    });
    expect(result.items[2]).toMatchObject({ period: '', lead: '', budget: '', fundingSource: '' });
  });

  it('says which rows had fields taken from prose', () => {
    expect(result.stats.fromProse).toBe(2);
    expect(result.issues.filter((i) => i.field === 'actions').map((i) => i.row)).toEqual([2, 3]);
  });
});

describe('cells with several paragraphs and bullets', () => {
  const t = table([
    ['Tiêu chí', 'Biện pháp thực hiện', 'Người thực hiện'],
    [
      'Tiêu chí 1.1',
      [
        { text: 'Rà soát hồ sơ', list: 'bullet' },
        { text: 'Bổ sung kế hoạch', list: 'bullet' },
        '+ kế hoạch tháng',
        '+ kế hoạch tuần',
      ],
      'PHT',
    ],
    ['Tiêu chí 1.2', '- Họp tổ - Dự giờ, rút kinh nghiệm', 'Tổ CM'],
    ['Tiêu chí 1.3', '- Phối hợp gia đình - nhà trường - xã hội', 'GV'],
  ]);
  const result = readPlanDoc(doc(TITLE, t));

  it('keeps them as line breaks in one cell, bullet glyphs as `- `', () => {
    expect(result.items.map((i) => i.actions)).toEqual([
      '- Rà soát hồ sơ\n- Bổ sung kế hoạch\n+ kế hoạch tháng\n+ kế hoạch tuần',
      '- Họp tổ\n- Dự giờ, rút kinh nghiệm',
      '- Phối hợp gia đình - nhà trường - xã hội',
    ]);
  });
});

describe('other tables in the document', () => {
  const pupils = table([
    ['TT', 'Khối lớp', 'Số lớp', 'Số trẻ'],
    ['1', 'Nhà trẻ', '2', '55'],
  ]);
  const staff = table([
    ['Tổng số', 'CBQL', 'Giáo viên', 'Nhân viên'],
    ['32', '3', '24', '5'],
  ]);
  const plan = table([
    ['Tiêu chí', 'Biện pháp thực hiện', 'Thời gian'],
    ['Tiêu chí 1.1', 'Rà soát', 'Cả năm'],
  ]);
  const result = readPlanDoc(doc(TITLE, pupils, staff, plan));

  it('are recognised as not the plan and skipped', () => {
    expect(result.stats.tables.map((t) => t.plan)).toEqual([false, false, true]);
    expect(result.items).toHaveLength(1);
    expect(result.items[0]?.source).toEqual({ table: 3, row: 2 });
  });
});

describe('a two-row header over merged cells, and column numbers under it', () => {
  const t = table([
    ['Tiêu chí', 'Biện pháp', 'Thời gian', '', 'Kinh phí', '', 'Ghi chú'],
    ['', '', 'Bắt đầu', 'Hạn hoàn thành', 'Dự kiến kinh phí', 'Nguồn kinh phí', ''],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
    ['1.1', 'Rà soát', '01/09/2024', '30/11/2024', '5 triệu', 'Ngân sách', ''],
  ]);
  merge(t, 0, 0, 2);
  merge(t, 0, 1, 2);
  merge(t, 0, 2, 1, 2);
  merge(t, 0, 4, 1, 2);
  merge(t, 0, 6, 2);
  const result = readPlanDoc(doc(TITLE, t));

  it('takes the lower header where it names a field', () => {
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({
      criterion: '1.1',
      actions: 'Rà soát',
      start: '01/09/2024',
      deadline: '30/11/2024',
      budget: '5 triệu',
      fundingSource: 'Ngân sách',
    });
  });
});

describe('the add-on’s own export, imported back', () => {
  const t = table([
    [
      'TT',
      'Tiêu chuẩn, tiêu chí',
      'Kết quả cần đạt (so với hiện trạng)',
      'Công việc/giải pháp cần thực hiện',
      'Chủ trì và phối hợp thực hiện',
      'Thời gian thực hiện và hoàn thành',
      'Dự kiến kinh phí',
      'Điều kiện hỗ trợ khác',
      'Ghi chú',
    ],
    fullRow(9, 'Tiêu chuẩn 1: Tổ chức và quản lý nhà trường'),
    [
      '1',
      'Tiêu chí 1.1: Phương hướng, chiến lược xây dựng và phát triển nhà trường\nTự đánh giá: Chưa đạt',
      'Hiện trạng: Chưa có kế hoạch chiến lược\nCần đạt: Có kế hoạch 2025-2030',
      'Xây dựng kế hoạch chiến lược',
      'Chủ trì: HT\nPhối hợp: PHT, CTCĐ',
      'Năm học 2024-2025\nHạn: 31/05/2025',
      '5.000.000 đ\nNguồn: Chi thường xuyên',
      'Họp hội đồng\nMinh chứng: [H1-1.1-01]',
      '',
    ],
    fullRow(9, 'Tổng kinh phí dự kiến: 5.000.000 đ'),
  ]);
  mergeFullRows(t, [1, 3]);
  const result = readPlanDoc(doc(TITLE, t));

  it('puts every labelled line back in its own field', () => {
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({
      criterion: '1.1',
      selfAssessment: 'Chưa đạt',
      weakness: 'Chưa có kế hoạch chiến lược',
      target: 'Có kế hoạch 2025-2030',
      lead: 'HT',
      partners: 'PHT, CTCĐ',
      period: 'Năm học 2024-2025',
      deadline: '31/05/2025',
      budget: '5.000.000 đ',
      fundingSource: 'Chi thường xuyên',
      support: 'Họp hội đồng',
      evidence: '[H1-1.1-01]',
    });
  });
});

describe('rows that depend on the rows above', () => {
  it('carries an empty criterion cell from the row above, and says so', () => {
    const t = table([
      ['Tiêu chí', 'Biện pháp'],
      ['Tiêu chí 2.2', 'a'],
      ['', 'b'],
    ]);
    const result = readPlanDoc(doc(TITLE, t));
    expect(result.items.map((i) => i.criterion)).toEqual(['2.2', '2.2']);
    expect(result.stats.criteriaGuessed).toBe(1);
    expect(result.issues.map((i) => i.row)).toEqual([3]);
  });

  it('keeps a budget merged over several rows on the first only', () => {
    const t = table([
      ['Tiêu chí', 'Biện pháp', 'Kinh phí'],
      ['Tiêu chí 3.1', 'a', '100 triệu'],
      ['Tiêu chí 3.2', 'b', ''],
    ]);
    merge(t, 1, 2, 2);
    const result = readPlanDoc(doc(TITLE, t));
    expect(result.items.map((i) => i.budget)).toEqual(['100 triệu', '']);
    expect(result.issues[0]).toMatchObject({ row: 3, field: 'budget' });
  });

  it('reads a criterion row with no work of its own as the heading of the rows below', () => {
    const t = table([
      ['Tiêu chí', 'Biện pháp', 'Thời gian'],
      ['Tiêu chí 4.1: Ban đại diện cha mẹ trẻ\nChưa đạt', '', ''],
      ['', 'Họp ban đại diện', 'Đầu năm học'],
    ]);
    merge(t, 1, 0, 1, 3);
    const result = readPlanDoc(doc(TITLE, t));
    expect(result.items.map((i) => [i.criterion, i.selfAssessment])).toEqual([['4.1', 'Chưa đạt']]);
    expect(result.issues).toEqual([]);
  });

  it('continues a plan table split in two, the second without its header', () => {
    const head = table([
      ['Tiêu chí', 'Biện pháp', 'Thời gian'],
      ['1.1', 'a', '9/2024'],
    ]);
    const tail = table([['1.2', 'b', '10/2024']]);
    const result = readPlanDoc(doc(TITLE, head, p('(tiếp theo)'), tail));
    expect(result.items.map((i) => [i.criterion, i.source.table])).toEqual([
      ['1.1', 1],
      ['1.2', 2],
    ]);
  });
});

describe('what the preview counts', () => {
  const t = table([
    ['Tiêu chí', 'Biện pháp', 'Thời gian', 'Lực lượng tham gia'],
    ['1.1', 'a', 'Khi có kinh phí', 'Toàn trường'],
    ['1.2', 'b', 'Cả năm', ''],
  ]);
  const result = readPlanDoc(doc(TITLE, t));

  it('lists the periods it did not understand and the columns it ignored', () => {
    expect(result.stats.periodsNotUnderstood).toEqual([
      { table: 1, row: 2, text: 'Khi có kinh phí' },
    ]);
    expect(result.stats.columns.ignored).toEqual(['Lực lượng tham gia']);
    expect(result.issues.find((i) => i.field === 'period')?.message).toMatch(
      /^Bảng 1, dòng 2, cột “Thời gian”: chưa hiểu thời gian “Khi có kinh phí”/,
    );
  });
});

describe('the header written as paragraphs', () => {
  const result = readPlanDoc(
    doc(
      p('PHÒNG GD&ĐT VẠN NINH'),
      p('TRƯỜNG TIỂU HỌC VẠN MỸ'),
      p('Số: 32/KH-THVM'),
      p('Vạn Mỹ, ngày 10 tháng 10 năm 2024'),
      TITLE,
      p('Căn cứ Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ GD&ĐT;'),
      p('Căn cứ kết quả tự đánh giá năm học 2023-2024;'),
      table([
        ['Tiêu chí', 'Biện pháp'],
        ['1.1', 'a'],
      ]),
      p('Nơi nhận:'),
      p('- Phòng GD&ĐT;'),
      p('- Lưu: VT.'),
      p('KT. HIỆU TRƯỞNG'),
      p('PHÓ HIỆU TRƯỞNG'),
      p('Trần Văn Bình'),
    ),
  );

  it('fills the Thông tin chung values it finds', () => {
    expect(result.info).toEqual({
      'Cơ quan chủ quản': 'PHÒNG GD&ĐT VẠN NINH',
      'Tên trường': 'TRƯỜNG TIỂU HỌC VẠN MỸ',
      'Cấp học': 'Tiểu học',
      'Số văn bản': '32/KH-THVM',
      'Địa danh': 'Vạn Mỹ',
      'Ngày ban hành': '10/10/2024',
      'Năm học': '2024-2025',
      'Căn cứ':
        'Căn cứ Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ GD&ĐT;\nCăn cứ kết quả tự đánh giá năm học 2023-2024;',
      'Bộ tiêu chuẩn': 'TT17/2018',
      'Nơi nhận': 'Phòng GD&ĐT\nLưu: VT.',
      'Chức vụ người ký': 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG',
      'Người ký': 'Trần Văn Bình',
    });
  });
});

describe('a table per standard under headings', () => {
  const rows = (text: string) =>
    table([
      ['Nội dung cần cải tiến', 'Biện pháp thực hiện', 'Thời gian'],
      [text, 'Bổ sung', 'Cả năm'],
    ]);
  const result = readPlanDoc(
    doc(
      TITLE,
      p('TIÊU CHUẨN II. CÁN BỘ QUẢN LÝ, GIÁO VIÊN'),
      rows('a'),
      p('b) Tiêu chuẩn 3 - Cơ sở vật chất'),
      rows('b'),
      p('MỨC 4'),
      rows('c'),
    ),
  );

  it('carries each heading’s standard (Roman or Arabic) to the rows under it', () => {
    expect(result.items.map((i) => i.standard)).toEqual(['2', '3', 'M4']);
    expect(result.issues.map((i) => i.message)).toEqual([
      'Bảng 1, dòng 2: chưa ghi tiêu chí (thuộc Tiêu chuẩn 2); hãy chọn tiêu chí sau khi nhập.',
      'Bảng 2, dòng 2: chưa ghi tiêu chí (thuộc Tiêu chuẩn 3); hãy chọn tiêu chí sau khi nhập.',
      'Bảng 3, dòng 2: chưa ghi tiêu chí (thuộc Mức 4); hãy chọn tiêu chí sau khi nhập.',
    ]);
  });
});

describe('the self-assessment summary and focus-issue tables before the plan', () => {
  const summary = table([
    ['Tiêu chí', 'Mức đạt'],
    ['1.1', 'Đạt mức 2'],
    ['1.2', 'Chưa đạt'],
  ]);
  const focus = table([
    ['Tiêu chuẩn', 'Tiêu chí', 'Hiện trạng', 'Hạn chế', 'Nguyên nhân'],
    ['1', '1.2', 'Hội đồng trường chưa họp đủ', 'Thiếu thành viên', 'Chuyển công tác'],
  ]);
  const plan = table([
    ['Tiêu chí', 'Giải pháp', 'Thời gian', 'Phụ trách'],
    ['1.2', 'Kiện toàn hội đồng trường', '10/2024', 'HT'],
  ]);
  const result = readPlanDoc(doc(TITLE, summary, focus, plan));

  it('imports only the plan, with the result the summary gives its criterion', () => {
    expect(result.stats.tables.map((t) => t.plan)).toEqual([false, false, true]);
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({
      criterion: '1.2',
      selfAssessment: 'Chưa đạt',
      lead: 'HT',
    });
  });
});

describe('the plan written as prose under the criterion, in the criterion cell', () => {
  const t = table([
    [
      'Tiêu chí',
      'Thời gian thực hiện',
      'Người phụ trách',
      'Điều kiện thực hiện (nhân lực, vật lực...)',
    ],
    [
      'Tiêu chí 2.1: Đối với hiệu trưởng, phó hiệu trưởng\nĐiểm yếu: Phó hiệu trưởng chưa có chứng chỉ quản lý\nKế hoạch cải tiến chất lượng: Đăng ký học lớp bồi dưỡng cán bộ quản lý, kinh phí 3 triệu đồng',
      'Học kỳ I',
      'HT',
      'Kinh phí chi thường xuyên',
    ],
  ]);
  const result = readPlanDoc(doc(TITLE, t));

  it('takes the labelled parts into their fields and the money from the prose', () => {
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({
      criterion: '2.1',
      weakness: 'Phó hiệu trưởng chưa có chứng chỉ quản lý',
      actions: 'Đăng ký học lớp bồi dưỡng cán bộ quản lý, kinh phí 3 triệu đồng',
      period: 'Học kỳ I',
      lead: 'HT',
      budget: '3 triệu đồng',
      support: 'Kinh phí chi thường xuyên',
    });
  });
});

describe('a headerless table after text', () => {
  it('is not taken as the plan continued', () => {
    const plan = table([
      ['Tiêu chí', 'Biện pháp', 'Thời gian', 'Chủ trì'],
      ['1.1', 'a', '9/2024', 'HT'],
    ]);
    const staff = table([['32', '3', '24', '5']]);
    const result = readPlanDoc(
      doc(TITLE, plan, p('IV. ĐỘI NGŨ'), p('Số lượng cán bộ, giáo viên:'), staff),
    );
    expect(result.items).toHaveLength(1);
    expect(result.stats.tables.map((t) => t.plan)).toEqual([true, false]);
  });

  it('drops the blank lines a cell holds between its paragraphs', () => {
    const t = table([
      ['Tiêu chí', 'Biện pháp'],
      ['1.1', 'Rà soát\n\nBổ sung'],
    ]);
    expect(readPlanDoc(doc(TITLE, t)).items[0]?.actions).toBe('Rà soát\nBổ sung');
  });
});

describe('criterion headings above tables', () => {
  const rows = () =>
    table([
      ['Điểm yếu', 'Biện pháp thực hiện', 'Thời gian'],
      ['a', 'b', 'Cả năm'],
    ]);

  it('give the rows under them their criterion and result', () => {
    const result = readPlanDoc(
      doc(
        TITLE,
        p('Tiêu chuẩn 1'),
        p('Tiêu chí 1.2: Hội đồng trường (Chưa đạt)'),
        rows(),
        p('Tiêu chí 3'),
        rows(),
      ),
    );
    expect(result.items.map((i) => [i.criterion, i.selfAssessment])).toEqual([
      ['1.2', 'Chưa đạt'],
      ['1.3', ''],
    ]);
    expect(result.issues).toEqual([]);
  });

  it('end at the next Roman section', () => {
    const result = readPlanDoc(
      doc(TITLE, p('Tiêu chí 1.2: Hội đồng trường'), p('III. NỘI DUNG'), rows()),
    );
    expect(result.items[0]?.criterion).toBe('');
  });
});

describe('headers longer than the contract’s', () => {
  const t = table([
    [
      'TT',
      'Tiêu chí',
      'Điểm yếu',
      'Biện pháp khắc phục',
      'Người thực hiện/phối hợp',
      'Thời gian hoàn thành',
      'Nguyên nhân',
    ],
    ['1', '1.1', 'Chưa có kế hoạch', 'Xây dựng kế hoạch', 'HT', '10/2024', 'Thiếu nhân lực'],
  ]);
  const result = readPlanDoc(doc(TITLE, t));

  it('are read by the known header they start with', () => {
    expect(result.items[0]).toMatchObject({
      actions: 'Xây dựng kế hoạch',
      lead: 'HT',
      period: '10/2024',
    });
  });

  it('leave nothing behind: an unknown column goes to the notes under its header', () => {
    expect(result.stats.columns.ignored).toEqual(['Nguyên nhân']);
    expect(result.items[0]?.notes).toBe('Nguyên nhân: Thiếu nhân lực');
  });
});

describe('closing totals', () => {
  it('are skipped, while rows that only start with the same words are kept', () => {
    const t = table([
      ['Tiêu chí', 'Biện pháp', 'Kinh phí'],
      ['1.1', 'Tổng kết năm học', ''],
      ['', 'Cộng đồng tham gia', ''],
      ['Tổng cộng', '', '5 triệu'],
      ['Tổng kinh phí dự kiến: 5 triệu', '', ''],
    ]);
    const result = readPlanDoc(doc(TITLE, t));
    expect(result.items.map((i) => i.actions)).toEqual(['Tổng kết năm học', 'Cộng đồng tham gia']);
  });
});

describe('rows numbered with criterion codes and no criterion column', () => {
  it('take the number as the criterion under its standard, and say so', () => {
    const t = table([
      ['TT', 'Điểm yếu', 'Biện pháp thực hiện'],
      ['1.2', 'Chưa họp đủ', 'Họp định kỳ'],
      ['3', 'Khác', 'Khác'],
    ]);
    const result = readPlanDoc(doc(TITLE, p('Tiêu chuẩn 1: Tổ chức'), t));
    expect(result.items.map((i) => i.criterion)).toEqual(['1.2', '']);
    expect(result.stats.criteriaGuessed).toBe(1);
    expect(result.issues[0]?.message).toMatch(/^Bảng 1, dòng 2: .*1\.2/);
  });
});

describe('documents with little or odd content', () => {
  it('an empty document gets one message and nothing else', () => {
    const result = readPlanDoc({ blocks: [] });
    expect(result).toMatchObject({ items: [], info: {} });
    expect(result.issues.map((i) => i.message)).toEqual(['Tài liệu trống: không nhập gì.']);
  });

  it('rows with fewer or more cells than the header are read as far as they go', () => {
    const t = table([
      ['Tiêu chí', 'Biện pháp', 'Thời gian'],
      ['1.1', 'a'],
      ['1.2', 'b', '9/2024', 'thừa'],
    ]);
    const result = readPlanDoc(doc(TITLE, t));
    expect(result.items.map((i) => [i.criterion, i.actions, i.period])).toEqual([
      ['1.1', 'a', ''],
      ['1.2', 'b', '9/2024'],
    ]);
  });

  it('a plan title with no plan table says so', () => {
    const result = readPlanDoc(doc(TITLE, p('I. CĂN CỨ'), p('Căn cứ Thông tư 19/2018/TT-BGDĐT;')));
    expect(result.items).toEqual([]);
    expect(result.issues.map((i) => i.message)).toEqual([
      'Không thấy bảng kế hoạch (bảng có cột biện pháp): không nhập gì.',
    ]);
  });
});
