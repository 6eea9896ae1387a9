// @ts-nocheck
import { describe, expect, it } from '@jest/globals';
import {
  columnLetter,
  mapHeaders,
  PLAN_COLUMNS,
  ROSTER_COLUMNS,
} from '../../../src/core/plan/contract';

describe('header mapping', () => {
  it('finds every contract field by header, in any order, with unknown columns around', () => {
    const headers = ['Ghi chú', 'STT', ...PLAN_COLUMNS.map((c) => c.header).reverse()];
    const map = mapHeaders(headers, PLAN_COLUMNS);
    expect(map.missing).toEqual([]);
    expect(map.index.criterion).toBe(headers.indexOf('Tiêu chí'));
    expect(map.index.notes).toBe(0);
    expect(map.duplicates).toEqual(['notes']);
  });

  it('ignores case, NFD, spaces, line breaks and a trailing colon; accepts synonyms', () => {
    const headers = [
      '  TIÊU CHUẨN, TIÊU\nCHÍ ',
      'Công việc/giải pháp cần\nthực hiện'.normalize('NFD'),
      'người phụ trách:',
      'Thời gian thực hiện và\n hoàn thành',
      'Kinh phí',
    ];
    const map = mapHeaders(headers, PLAN_COLUMNS);
    expect(map.index).toMatchObject({ criterion: 0, actions: 1, lead: 2, period: 3, budget: 4 });
    expect(map.found.criterion).toBe('TIÊU CHUẨN, TIÊU CHÍ');
    expect(map.missing).toEqual([]);
  });

  it('reads a header with a note in brackets, and the other layouts schools use', () => {
    const headers = [
      'Nội dung',
      'Giải pháp',
      'Phụ trách',
      'Thời gian',
      'Điều kiện thực hiện (nhân lực, vật lực...)',
      'Kinh phí (VNĐ)',
      'Minh chứng (dự kiến)',
      'Mức độ thực hiện',
    ];
    const map = mapHeaders(headers, PLAN_COLUMNS);
    expect(map.index).toEqual({
      actions: 1,
      lead: 2,
      period: 3,
      support: 4,
      budget: 5,
      evidence: 6,
      status: 7,
    });
    expect(map.found.support).toBe('Điều kiện thực hiện (nhân lực, vật lực...)');
  });

  it('names the required columns it cannot find', () => {
    expect(mapHeaders(['Nội dung cần cải tiến', 'Thời gian'], PLAN_COLUMNS).missing).toEqual([
      'criterion',
      'actions',
      'lead',
    ]);
    expect(mapHeaders(['Email'], ROSTER_COLUMNS).missing).toEqual(['name']);
  });

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
  ])('column %i is %s', (i, letter) => {
    expect(columnLetter(i)).toBe(letter);
  });
});
