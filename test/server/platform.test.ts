/**
 * Issue 9 through the built bundle: dates in the spreadsheet's own time zone, a new plan's
 * locale, text read back exactly as written whatever Sheets does with apostrophes, and the
 * check's warnings on formula-looking or HTML text.
 */
import { describe, expect, it } from '@jest/globals';
import { createFakes, type FakeOptions } from '../fakes';
import { generatePlan } from '../fixtures/generate';
import { loadBundle } from '../helpers/load-bundle';
import type { ItemSaveResult } from '../../src/core/sidebar/protocol';
import type { SidebarData } from '../../src/server/sidebar';
import { ITEM_INPUT_FIELDS, type ItemInput } from '../../src/core/plan/item';
import type { CheckResult } from '../../src/core/plan/model';

const PLAN = 'Kế hoạch';
const NOW = '2025-10-06T02:30:00Z';
const DEADLINE = ITEM_INPUT_FIELDS.indexOf('deadline');

function setup(spreadsheet: FakeOptions['spreadsheet'] = {}) {
  const fakes = createFakes({
    spreadsheet: { sheets: generatePlan(3).sheets, ...spreadsheet },
    now: NOW,
  });
  return { fakes, app: loadBundle(fakes) };
}

function newItem(changes: Partial<ItemInput>): ItemInput {
  const input = Object.fromEntries(ITEM_INPUT_FIELDS.map((f) => [f, ''])) as ItemInput;
  return {
    ...input,
    criterion: '1.10',
    actions: 'Rà soát hồ sơ',
    lead: 'PHT',
    period: '9/2025 – 5/2026',
    status: 'Chưa thực hiện',
    ...changes,
  };
}

const save = (app: ReturnType<typeof setup>['app'], input: ItemInput) =>
  app.callJson<ItemSaveResult>('sidebarSaveItem', { id: '', row: 0, version: '', input });

/** The plan's cell under `header` in `row`, as the sheet shows it. */
function shown(fakes: ReturnType<typeof setup>['fakes'], row: number, header: string): string {
  const rows = fakes.state.sheet(PLAN).displayValues();
  return rows[row - 1]?.[(rows[0] ?? []).indexOf(header)] ?? '';
}

describe('dates in the spreadsheet’s time zone', () => {
  it.each(['Europe/London', 'America/Los_Angeles', 'Asia/Tokyo'])(
    'a deadline saved as 31/12/2025 shows 31/12/2025 in a sheet set to %s, and reads back so',
    (timeZone) => {
      const { fakes, app } = setup({ timeZone });
      const res = save(app, newItem({ deadline: '31/12/2025' }));
      if (!res.ok) throw new Error(JSON.stringify(res));
      expect(shown(fakes, res.item.row, 'Hạn hoàn thành')).toBe('31/12/2025');
      const item = app.callJson<SidebarData>('sidebarLoad').items.find((i) => i.id === res.item.id);
      expect(item?.fields[DEADLINE]).toBe('31/12/2025');
    },
  );

  it('a date typed 31/05/2026 in a sheet set to Tokyo is read as 31/05/2026, the date the cell shows', () => {
    const { fakes, app } = setup({ timeZone: 'Asia/Tokyo' });
    const col = (fakes.state.sheet(PLAN).values()[0] ?? []).indexOf('Hạn hoàn thành');
    fakes.state.sheet(PLAN).type(`${String.fromCharCode(65 + col)}2`, '31/05/2026');
    const data = app.callJson<SidebarData>('sidebarLoad');
    expect(data.items.find((i) => i.row === 2)?.fields[DEADLINE]).toBe('31/05/2026');
  });
});

describe('the spreadsheet’s locale', () => {
  it('set-up gives a new plan a day-first locale and Vietnam’s time zone', () => {
    const fakes = createFakes({
      spreadsheet: { sheets: { Sheet1: [] }, locale: 'en_US', timeZone: 'Europe/London' },
    });
    loadBundle(fakes).callJson('setUpSheets');
    const ss = fakes.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect([ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual([
      'vi_VN',
      'Asia/Ho_Chi_Minh',
    ]);
  });

  it('never changes an existing plan’s settings; the check warns when it reads dates month first', () => {
    const { fakes, app } = setup({ locale: 'en_US', timeZone: 'Europe/London' });
    app.callJson('setUpSheets');
    const ss = fakes.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect([ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual([
      'en_US',
      'Europe/London',
    ]);
    const { warnings } = app.callJson<CheckResult>('checkPlan');
    const locale = warnings.filter((w) => w.message.includes('Tệp → Cài đặt bảng tính'));
    expect(locale).toHaveLength(1);
    expect(locale[0]?.message).toContain('“en_US”');
    const vn = setup().app.callJson<CheckResult>('checkPlan');
    expect(vn.warnings.filter((w) => w.message.includes('Cài đặt bảng tính'))).toEqual([]);
  });
});

describe('text that looks like a formula or HTML', () => {
  it('is stored and shown as written, and the check names its row and column', () => {
    const { fakes, app } = setup();
    const texts = {
      actions: '=IMPORTXML("http://x", "//a")',
      weakness: '<img src=x onerror=alert(1)>',
      target: '+SUM(A1:A3)',
      notes: '@foo',
    };
    const res = save(app, newItem(texts));
    if (!res.ok) throw new Error(JSON.stringify(res));
    expect(shown(fakes, res.item.row, 'Biện pháp thực hiện')).toBe(texts.actions);
    expect(shown(fakes, res.item.row, 'Điểm yếu')).toBe(texts.weakness);
    const { warnings } = app.callJson<CheckResult>('checkPlan');
    const mine = warnings.filter((w) => w.row === res.item.row);
    expect(mine.map((w) => w.field).sort()).toEqual(['actions', 'notes', 'target', 'weakness']);
    for (const w of mine) expect(w.message).toMatch(/^Dòng \d+, cột “.+” \([A-Z]+\)/);
  });

  it('leaves bullet lines, negative numbers and ordinary comparisons alone', () => {
    const { app } = setup();
    const res = save(
      app,
      newItem({
        actions: '- Họp tổ chuyên môn\n- Rà soát hồ sơ',
        target: '-5% học sinh yếu',
        notes: 'Tỷ lệ < 5% và > 2%',
      }),
    );
    if (!res.ok) throw new Error(JSON.stringify(res));
    const { warnings } = app.callJson<CheckResult>('checkPlan');
    expect(warnings.filter((w) => w.row === res.item.row)).toEqual([]);
  });
});

describe('text the add-on writes reads back exactly as written', () => {
  it.each(['dropped', 'kept'] as const)(
    'whether a plain-text cell keeps the apostrophe or not (%s)',
    (plainTextApostrophe) => {
      const { app } = setup({ plainTextApostrophe });
      app.callJson('setUpSheets'); // formats the criterion column as plain text (@)
      const texts = { criterion: '1.10', actions: '0012', target: 'TRUE', notes: '=1+1' };
      const res = save(app, newItem(texts));
      if (!res.ok) throw new Error(JSON.stringify(res));
      expect(res.item).toMatchObject({ code: '1.10' });
      const data = app.callJson<SidebarData>('sidebarLoad');
      const item = data.items.find((i) => i.id === res.item.id);
      for (const [field, text] of Object.entries(texts)) {
        expect(item?.fields[ITEM_INPUT_FIELDS.indexOf(field as keyof ItemInput)]).toBe(text);
      }
      const { errors } = app.callJson<CheckResult>('checkPlan');
      expect(errors.filter((e) => e.row === res.item.row)).toEqual([]);
    },
  );
});
