// @ts-nocheck
import { describe, expect, it } from '@jest/globals';
import { formatVnd, parseBudget } from '../../../src/core/parse/budget';

describe('parseBudget: amounts', () => {
  it.each<[unknown, number | null]>([
    // empty
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
    // nothing to spend
    ['Không', 0],
    ['5.000.000 (XHH)', 5_000_000],
    ['550 triệu đồng (ngân sách nhà nước)', 550_000_000],
    ['không', 0],
    ['KHÔNG', 0],
    ['Không.', 0],
    ['Không có', 0],
    ['không cần', 0],
    ['Không phát sinh', 0],
    ['Không có kinh phí', 0],
    ['Khong', 0],
    ['0', 0],
    ['0 đồng', 0],
    ['-', 0],
    ['—', 0],
    ['–', 0],
    // numbers typed into the cell
    [5000000, 5000000],
    [0, 0],
    [1500.5, 1500.5],
    // đồng, thousands grouped
    ['5000000', 5000000],
    ['5.000.000', 5000000],
    ['5.000.000 đồng', 5000000],
    ['5.000.000đ', 5000000],
    ['5.000.000 đ', 5000000],
    ['5.000.000 VNĐ', 5000000],
    ['5.000.000 vnd', 5000000],
    ['5.000.000đ.', 5000000],
    ['5,000,000', 5000000],
    ['5 000 000', 5000000],
    ['5\u00a0000\u00a0000 đồng', 5000000],
    ['15.000', 15000],
    ['5.000.000,00', 5000000],
    ['5,000,000.00', 5000000],
    // units
    ['550 triệu đồng', 550000000],
    ['550 triệu', 550000000],
    ['  450 triệu   ', 450000000],
    ['550 TRIỆU ĐỒNG', 550000000],
    ['550 triệu đồng'.normalize('NFD'), 550000000],
    ['550triệu', 550000000],
    ['1,2 tỷ', 1200000000],
    ['1.2 tỷ', 1200000000],
    ['1,2 tỉ', 1200000000],
    ['1 tỷ 200 triệu', 1200000000],
    ['1 tỷ 200 triệu đồng', 1200000000],
    ['5,5 triệu', 5500000],
    ['1.500 triệu', 1500000000],
    ['500 nghìn', 500000],
    ['500 ngàn', 500000],
    ['500k', 500000],
    ['5tr', 5000000],
    ['2 triệu đồng/năm', 2000000],
    ['2.000.000đ/năm', 2000000],
    ['Khoảng 50 triệu', 50000000],
  ])('%p -> %p', (value, amount) => {
    expect(parseBudget(value)).toEqual({ ok: true, amount });
  });
});

describe('parseBudget: refused', () => {
  it.each<[unknown, 'negative' | 'not-a-number']>([
    ['-5.000.000', 'negative'],
    ['- 5.000.000', 'negative'],
    ['−5 triệu', 'negative'],
    ['–5 triệu', 'negative'],
    [-5000000, 'negative'],
    [-0.5, 'negative'],
    ['Theo dự toán', 'not-a-number'],
    ['=1000*5', 'not-a-number'],
    ['abc', 'not-a-number'],
    ['5 con gà', 'not-a-number'],
    ['đồng', 'not-a-number'],
    ['triệu', 'not-a-number'],
    ['5,5', 'not-a-number'], // đồng have no decimals: a unit is missing
    ['1.5', 'not-a-number'],
    ['5.00.000', 'not-a-number'],
    ['1 tỷ 200', 'not-a-number'],
    ['2 tỷ 5 trăm', 'not-a-number'],
    ['200 triệu 1 tỷ', 'not-a-number'],
    ['5 triệu 5 triệu', 'not-a-number'],
    ['Không xác định', 'not-a-number'],
    [Number.NaN, 'not-a-number'],
    [Number.POSITIVE_INFINITY, 'not-a-number'],
    [true, 'not-a-number'],
    [new Date(0), 'not-a-number'],
  ])('%p -> %s', (value, reason) => {
    expect(parseBudget(value)).toEqual({ ok: false, reason });
  });
});

describe('parseBudget: every budget of samples 001 and 002', () => {
  // Sample 001 has no budget column. Sample 002, criteria 3.1 (empty), 3.2, 3.3, 3.4, 5.3.
  it.each<[string, number | null]>([
    ['', null],
    ['550 triệu đồng', 550000000],
    ['550 triệu\nđồng', 550000000],
    ['270 triệu  đồng', 270000000],
    ['270 triệu \nđồng', 270000000],
    ['  450 triệu   ', 450000000],
    ['Không', 0],
  ])('%p -> %p', (value, amount) => {
    expect(parseBudget(value)).toEqual({ ok: true, amount });
  });
});

describe('formatVnd', () => {
  it.each([
    [5000000, '5.000.000 đ'],
    [0, '0 đ'],
    [999, '999 đ'],
    [1000, '1.000 đ'],
    [550000000, '550.000.000 đ'],
    [1200000000, '1.200.000.000 đ'],
    [1500.6, '1.501 đ'],
    [-1234, '-1.234 đ'],
  ])('%p -> %p', (amount, text) => {
    expect(formatVnd(amount)).toBe(text);
  });

  it('round-trips what it prints', () => {
    expect(parseBudget(formatVnd(123456789))).toEqual({ ok: true, amount: 123456789 });
  });
});
