// @ts-nocheck
import { describe, expect, it } from '@jest/globals';
import {
  dateParts,
  numberLine,
  recipientLines,
  schoolSymbol,
  withEndMark,
} from '../../../src/core/export/official';
import { ND30_PLAN } from '../../../src/core/export/templates/nd30-plan';

const T = ND30_PLAN.texts;

describe('the date line (Nghị định 30: day < 10 and months 1–2 with a leading zero)', () => {
  it.each([
    ['2026-04-06', '06', '4', '2026'],
    ['2024-02-10', '10', '02', '2024'],
    ['2024-10-10', '10', '10', '2024'],
    ['2025-01-05', '05', '01', '2025'],
    ['2025-12-31', '31', '12', '2025'],
    ['2025-11-09', '09', '11', '2025'],
  ])('%s → ngày %s tháng %s năm %s', (iso, day, month, year) => {
    expect(dateParts(iso, null, '……')).toEqual({ day, month, year });
  });

  it('leaves day and month blank without a date, the year from today when known', () => {
    expect(dateParts(null, '2026-09-15', '…')).toEqual({ day: '…', month: '…', year: '2026' });
    expect(dateParts(null, null, '…')).toEqual({ day: '…', month: '…', year: '…' });
  });
});

describe('the number line', () => {
  it.each([
    ['32/KH-THQT', 'Số: 32/KH-THQT'],
    ['32/kh-thqt', 'Số: 32/KH-THQT'],
    ['Số: 5/KH-THQT', 'Số: 05/KH-THQT'],
    ['105/KH-THQT', 'Số: 105/KH-THQT'],
    ['/KH-MNLH', 'Số:      /KH-MNLH'],
    ['', 'Số:      /KH-THQT'],
  ])('%j → %j', (given, expected) => {
    expect(numberLine(given, 'Trường Tiểu học Quang Trung', T)).toBe(expected);
  });

  it('leaves the symbol open when the school name gives none', () => {
    expect(numberLine('', '', T)).toBe('Số:      /KH-…');
  });
});

describe('schoolSymbol', () => {
  it.each([
    ['Trường MN Liêm Hải', 'MNLH'],
    ['Trường mầm non xã Noong Hẹt', 'MNNH'],
    ['Trường Tiểu học Quang Trung', 'THQT'],
    ['Trường THCS Nguyễn Du', 'THCSND'],
    ['Trường Trung học phổ thông Đông Anh', 'THPTĐA'],
    ['Trường Tiểu học số 1 Vạn Mỹ', 'TH1VM'],
    ['Trường Phổ thông dân tộc nội trú tỉnh Lào Cai', 'PTDTNTTLC'],
    ['', ''],
  ])('%s → %s', (name, symbol) => {
    expect(schoolSymbol(name)).toBe(symbol);
  });
});

describe('recipients', () => {
  it('writes `- X;` per line and the archive last with a full stop', () => {
    expect(
      recipientLines(['Phòng GD&ĐT (b/c)', '- CBGV,NV nhà trường;', 'Lưu VT.'], T.archive),
    ).toEqual(['- Phòng GD&ĐT (b/c);', '- CBGV,NV nhà trường;', '- Lưu VT.']);
  });

  it('adds `- Lưu: VT.` when the school wrote no archive line, even before it', () => {
    expect(recipientLines(['Lưu: hồ sơ', 'Sở GD&ĐT'], T.archive)).toEqual([
      '- Sở GD&ĐT;',
      '- Lưu: hồ sơ.',
    ]);
    expect(recipientLines(['Sở GD&ĐT (b/c)'], T.archive)).toEqual([
      '- Sở GD&ĐT (b/c);',
      '- Lưu: VT.',
    ]);
  });
});

describe('the end mark', () => {
  it.each([
    ['giải quyết kịp thời', 'giải quyết kịp thời./.'],
    ['giải quyết kịp thời.', 'giải quyết kịp thời./.'],
    ['các tổ triển khai;', 'các tổ triển khai./.'],
    ['đã có dấu./.', 'đã có dấu./.'],
  ])('%j → %j', (text, expected) => {
    expect(withEndMark(text, '/.')).toBe(expected);
  });
});
