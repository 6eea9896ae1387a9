/** The one cell <-> text place: what a cell reads as, and what a written value becomes. */
// @ts-nocheck

import { describe, expect, it } from '@jest/globals';
import { asCellText, cellToInput, cellValue, formString } from '../../../src/core/plan/cells';

describe('formString', () => {
  it('shows what the form edits: codes, labels, grouped amounts, dates', () => {
    expect(formString('criterion', 'Tiêu chí 3.1: Diện tích')).toBe('3.1');
    expect(formString('criterion', 'MỨC 4')).toBe('MỨC 4');
    expect(formString('selfAssessment', 'CĐ')).toBe('Chưa đạt');
    expect(formString('status', 'xong')).toBe('Hoàn thành');
    expect(formString('budget', 550000000)).toBe('550.000.000');
    expect(formString('budget', '  450 triệu ')).toBe('450 triệu');
    expect(formString('deadline', new Date(Date.UTC(2026, 4, 30, 17)))).toBe('31/05/2026');
  });
});

describe('cellToInput', () => {
  it('reads a cell as a person would type it', () => {
    expect(cellToInput('deadline', new Date(Date.UTC(2026, 4, 30, 17)))).toBe('31/05/2026');
    // Sheets turns a typed 10/2025 into 01/10/2025: in a period it is the month.
    expect(cellToInput('period', new Date(Date.UTC(2025, 8, 30, 17)))).toBe('10/2025');
    expect(cellToInput('remind', true)).toBe('Có');
    expect(cellToInput('budget', Number.NaN)).toBe('');
    expect(cellToInput('actions', "'=SUM(A1)")).toBe('=SUM(A1)');
    expect(cellToInput('actions', "'giữ")).toBe("'giữ");
  });
});

describe('written cells stay text', () => {
  it('puts an apostrophe before what Sheets would turn into a formula, number, date or boolean', () => {
    expect(asCellText('=1+1')).toBe("'=1+1");
    expect(asCellText('1.10')).toBe("'1.10");
    expect(asCellText('Rà soát')).toBe('Rà soát');
    expect(cellValue('TRUE')).toBe("'TRUE");
    expect(cellValue('31/05/2026')).toBe("'31/05/2026");
    expect(cellValue(5000000)).toBe(5000000);
    expect(cellValue({ keep: 7 })).toBe(7);
    expect(cellValue({ keep: { formula: 1 } })).toBe('');
    expect((cellValue({ date: '2026-05-31' }) as Date).toISOString()).toBe(
      '2026-05-30T17:00:00.000Z',
    );
  });
});
