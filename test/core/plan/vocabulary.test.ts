/**
 * Every word of the closed vocabularies, as schools write it (mutation testing found the lists
 * only partly pinned down): each status synonym, trailing punctuation, yes/no words.
 */
import { describe, expect, it } from '@jest/globals';
import { parseStatus, parseYesNo } from '../../../src/core/plan/codes';

describe('parseStatus', () => {
  it.each([
    ['Chưa thực hiện', 'chua'],
    ['chưa', 'chua'],
    ['Chưa bắt đầu', 'chua'],
    ['Chưa triển khai', 'chua'],
    ['Đang thực hiện', 'dang'],
    ['đang', 'dang'],
    ['Đang triển khai', 'dang'],
    ['Đang làm', 'dang'],
    ['Hoàn thành', 'xong'],
    ['Đã hoàn thành', 'xong'],
    ['xong', 'xong'],
    ['Đã xong', 'xong'],
    ['Đã thực hiện', 'xong'],
    ['Tạm dừng', 'dung'],
    ['Dừng', 'dung'],
    ['Tạm hoãn', 'dung'],
    ['hoãn', 'dung'],
    ['Hoàn thành.', 'xong'],
    ['Đang thực hiện;!', 'dang'],
  ])('%s → %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });

  it('empty is null; a word outside the list, or one inside a sentence, is unreadable', () => {
    expect(parseStatus('  ')).toBeNull();
    expect(parseStatus('Sắp xong')).toBeUndefined();
    expect(parseStatus('xong rồi')).toBeUndefined();
    for (const text of [
      'vẫn chưa',
      'chưa xong',
      'vẫn đang',
      'đang chờ',
      'không dừng',
      'x.ong',
      'tạm dừng một phần',
    ])
      expect([text, parseStatus(text)]).toEqual([text, undefined]);
  });
});

describe('parseYesNo', () => {
  it.each([
    ['Không', false],
    ['k', false],
    ['no', false],
    ['FALSE', false],
    ['0', false],
    ['Có', true],
    ['c', true],
    ['yes', true],
    ['true', true],
    ['1', true],
    ['X', true],
  ])('%s → %s', (text, value) => {
    expect(parseYesNo(text)).toBe(value);
  });

  it('reads whole words only', () => {
    expect(parseYesNo('có lẽ')).toBeUndefined();
    expect(parseYesNo('không ạ')).toBeUndefined();
    expect(parseYesNo('10')).toBeUndefined();
    expect(parseYesNo('thỉnh thoảng có')).toBeUndefined();
  });
});
