import { describe, expect, it } from '@jest/globals';
import { buildPlanDocument, keepUnit } from '../../../src/core/export/build';
import { chooseTemplate } from '../../../src/core/export/choose';
import { fingerprint, mm, modelText, type TableBlock } from '../../../src/core/export/model';
import { dateParts } from '../../../src/core/export/official';
import { ND30_PLAN } from '../../../src/core/export/templates/nd30-plan';
import { buildPlan } from '../../../src/core/plan/read';
import { sheetValuesOf } from '../../fixtures/sample-sheets';
import { sample001, sample002 } from '../../fixtures/samples';

const planTable = (landscape: boolean, sample = sample002): TableBlock => {
  const { plan } = buildPlan(sheetValuesOf(sample()));
  plan.info.landscape = landscape;
  const doc = buildPlanDocument(plan, ND30_PLAN, { today: '2026-03-02' });
  return doc.blocks.find((b) => b.kind === 'table' && b.role === 'plan') as TableBlock;
};

describe('plan-table column widths from content', () => {
  it.each([
    ['002', false, 165],
    ['002', true, 252],
    ['001', false, 165],
    ['001', true, 252],
  ])(
    'sample %s (landscape %s) fills the %d mm text width exactly; actions widest, TT narrowest',
    (name, landscape, widthMm) => {
      const widths = planTable(landscape, name === '001' ? sample001 : sample002).columnWidths;
      const hundredths = widths.map((w) => Math.round(w * 100));
      expect(hundredths.reduce((a, b) => a + b, 0)).toBe(Math.round(mm(widthMm) * 100));
      const actions = widths[3] as number;
      expect(widths.every((w) => w <= actions)).toBe(true);
      expect(Math.min(...widths)).toBe(widths[0]);
    },
  );

  it('no longer makes the budget the widest column of sample 002 (it was 27.5 mm)', () => {
    const [tt, , , actions, , , budget] = planTable(false).columnWidths as number[];
    expect(actions).toBeGreaterThan(budget as number);
    expect(actions).toBeGreaterThan(mm(22.5));
    expect(tt).toBeLessThan(mm(10));
  });
});

describe('money and dates', () => {
  it('binds an amount to its unit with a non-breaking space', () => {
    expect(keepUnit('1.270.000.000 đ')).toBe('1.270.000.000\u00a0đ');
    expect(keepUnit('550 triệu đồng')).toBe('550\u00a0triệu đồng');
    expect(keepUnit('Mua 2 đèn')).toBe('Mua 2 đèn');
  });

  it('dates an undated plan inside its school year', () => {
    const year = { startYear: 2023, endYear: 2024 };
    expect(dateParts(null, '2026-03-02', '…', year).year).toBe('2023');
    expect(dateParts(null, '2024-03-02', '…', year).year).toBe('2024');
    expect(dateParts(null, '2023-09-20', '…', year).year).toBe('2023');
    expect(dateParts(null, '2026-03-02', '…', null).year).toBe('2026');
    expect(dateParts(null, null, '…', null).year).toBe('…');
  });
});

describe('Mẫu văn bản', () => {
  const info = (value: string) => [
    ['Mục', 'Giá trị'],
    ['Tên trường', 'X'],
    ['Mẫu văn bản', value],
  ];
  it('chooses the standard template by default and Biểu 2 for TT57', () => {
    expect(chooseTemplate(info(''))).toMatchObject({ ok: true, template: { id: 'nd30-plan' } });
    expect(chooseTemplate(null)).toMatchObject({ ok: true, template: { id: 'nd30-plan' } });
    expect(chooseTemplate(info('NĐ 30'))).toMatchObject({
      ok: true,
      template: { id: 'nd30-plan' },
    });
    expect(chooseTemplate(info('tt57'))).toMatchObject({
      ok: true,
      template: { id: 'tt57-bieu2' },
    });
  });

  it('reports any other value with its row and column', () => {
    const choice = chooseTemplate(info('mẫu của phòng'));
    expect(choice.ok).toBe(false);
    expect(!choice.ok && choice.message).toMatch(
      /^Thông tin chung — Dòng 3, cột “Giá trị” \(B\): “Mẫu văn bản” chỉ nhận/,
    );
  });
});

describe('the fingerprint', () => {
  it('ignores spaces and line breaks, and changes with any word', () => {
    const { plan } = buildPlan(sheetValuesOf(sample002()));
    const text = modelText(buildPlanDocument(plan, ND30_PLAN, { today: '2026-03-02' }));
    expect(fingerprint(text)).toBe(fingerprint(text.replace(/\n/g, '\n\n ')));
    expect(fingerprint(text)).not.toBe(fingerprint(text.replace('Hiệu trưởng', 'Hiệu phó')));
  });
});
