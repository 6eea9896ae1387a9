/** Header wordings real plans use, accepted by the contract (and so by the import and the sheet). */
import { describe, expect, it } from '@jest/globals';
import { mapHeaders, PLAN_COLUMNS } from '../../../src/core/plan/contract';

describe('plan header synonyms', () => {
  it.each([
    ['Biện pháp khắc phục', 'actions'],
    ['Giải pháp khắc phục', 'actions'],
    ['Nhiệm vụ, giải pháp', 'actions'],
    ['Điểm yếu cần khắc phục', 'weakness'],
    ['Những điểm yếu', 'weakness'],
    ['Mục tiêu cần đạt', 'target'],
    ['Đơn vị chủ trì', 'lead'],
    ['Đơn vị phối hợp', 'partners'],
    ['Kinh phí dự kiến', 'budget'],
    ['Dự toán kinh phí', 'budget'],
  ])('%s → %s', (header, field) => {
    expect(Object.keys(mapHeaders([header], PLAN_COLUMNS).index)).toEqual([field]);
  });
});
