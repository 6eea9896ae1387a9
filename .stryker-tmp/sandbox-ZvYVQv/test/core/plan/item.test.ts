// @ts-nocheck
import { describe, expect, it } from '@jest/globals';
import { builtInCatalogs, chooseCatalog } from '../../../src/core/plan/catalog/catalog';
import { emptyItemInput, parseItemInput, type ItemInput } from '../../../src/core/plan/item';

const choice = chooseCatalog(builtInCatalogs(), 'TT17/2018', 'th');
if (!choice.ok) throw new Error('catalog');
const catalog = choice.catalog;

const valid = (over: Partial<ItemInput> = {}): ItemInput => ({
  ...emptyItemInput(),
  criterion: 'Tiêu chí 1.1',
  selfAssessment: 'Chưa đạt',
  actions: '- Rà soát, bổ sung hồ sơ theo quy định',
  lead: 'BGH',
  period: '9/2025 – 5/2026',
  deadline: '31/05/2026',
  budget: '5.000.000 đồng',
  status: 'Đang thực hiện',
  ...over,
});

describe('the item schema (shared by sidebar and server)', () => {
  it('turns typed text into typed values', () => {
    const r = parseItemInput(valid(), { catalog });
    expect(r.ok).toBe(true);
    expect(r.values).toMatchObject({
      criterion: '1.1',
      selfAssessment: 'CD',
      deadline: '2026-05-31',
      budget: 5_000_000,
      status: 'dang',
    });
  });

  it.each([
    ['criterion', '', /Chưa nhập tiêu chí/],
    ['criterion', '9.9', /Tiêu chí 9\.9 không có trong bộ tiêu chuẩn TT17\/2018/],
    ['criterion', '=HYPERLINK("x")', /Không đọc được mã tiêu chí/],
    ['actions', '   ', /Chưa nhập biện pháp thực hiện/],
    ['lead', '', /Chưa nhập người chủ trì/],
    ['deadline', '31/02/2026', /không tồn tại/],
    ['deadline', 'tuần sau', /Không đọc được ngày/],
    ['budget', '-5.000.000', /số âm/],
    ['budget', 'Theo dự toán', /Không đọc được số tiền/],
    ['selfAssessment', 'Tốt', /Không hiểu kết quả tự đánh giá/],
    ['status', 'Sắp xong', /Không hiểu trạng thái/],
  ] as const)('%s = %j gives a Vietnamese message on that field', (field, value, message) => {
    const r = parseItemInput(valid({ [field]: value }), { catalog });
    expect(r.ok).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.field).toBe(field);
    expect(r.errors[0]?.message).toMatch(message);
    expect(r.values.criterion === undefined).toBe(field === 'criterion');
  });

  it('refuses levels the catalog does not have (TT57: Mức 1–2 only)', () => {
    const tt57 = chooseCatalog(builtInCatalogs(), 'TT57/2026', 'th');
    if (!tt57.ok) throw new Error('catalog');
    const r = parseItemInput(valid({ selfAssessment: 'Đạt mức 3' }), { catalog: tt57.catalog });
    expect(r.errors.map((e) => e.message)).toEqual([
      'Bộ tiêu chuẩn TT57/2026 không có kết quả “Đạt mức 3”. Chỉ chọn một trong: Chưa đạt, Đạt mức 1, Đạt mức 2.',
    ]);
  });

  it('reports every bad field at once and keeps NFC text', () => {
    const r = parseItemInput(
      valid({ criterion: '', lead: '', weakness: 'Hồ sơ chưa đầy đủ'.normalize('NFD') }),
      { catalog },
    );
    expect(r.errors.map((e) => e.field)).toEqual(['criterion', 'lead']);
    expect(r.values.weakness).toBe('Hồ sơ chưa đầy đủ'.normalize('NFC'));
  });

  it('answers a malformed payload in Vietnamese (zod vi locale)', () => {
    const r = parseItemInput({ ...valid(), actions: 42 }, { catalog });
    expect(r.errors[0]?.field).toBe('actions');
    expect(r.errors[0]?.message).toMatch(/không hợp lệ/i);
  });
});
