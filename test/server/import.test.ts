/**
 * previewImportFromDoc / importPlanFromDoc / undoImportFromDoc through build/Code.js in the
 * strict fakes, on Docs built from the samples' layouts and from constructed ones, read as the
 * Docs API returns them (docs-api-document.ts: merged cells with the head's spans).
 */
import { describe, expect, it } from '@jest/globals';
import { createFakes } from '../fakes';
import { loadBundle } from '../helpers/load-bundle';
import { doc, merge, p, table } from '../fixtures/doc-builder';
import { EXPECTED_001, EXPECTED_002, fieldAccuracy } from '../fixtures/doc-expected';
import { doc001, doc002, doc004 } from '../fixtures/doc-trees';
import { CONSTRUCTED, YEARLY_TASKS } from '../fixtures/constructed-plans';
import type { DocTree } from '../../src/core/import/doc-tree';

interface Preview {
  items: Record<string, string>[];
  info: Record<string, string>;
  issues: { message: string }[];
  stats: { ownersUnmatched: string[] };
}
interface Imported {
  added: number;
  infoFilled: string[];
  issues: unknown[];
  importId: string;
  check: { errors: number; warnings: number };
  message: string;
}

const ROSTER = [
  ['Họ và tên', 'Chức vụ', 'Vai trò', 'Email', 'Nhận nhắc hạn'],
  ['Trần Văn An', 'Hiệu trưởng', 'HT', 'an@truong.edu.vn', 'Có'],
];

function world(tree: DocTree, plan?: string[][]) {
  const fakes = createFakes({
    spreadsheet: { sheets: { 'Nhân sự': ROSTER, ...(plan ? { 'Kế hoạch': plan } : {}) } },
    now: '2026-05-04T02:00:00Z',
  });
  const app = loadBundle(fakes);
  app.call('setUpSheets');
  const id = fakes.state.docsApi.addDoc(tree);
  fakes.calls.reset();
  return { fakes, app, id };
}

const planRows = (fakes: ReturnType<typeof createFakes>) => fakes.state.sheet('Kế hoạch').values();
const FIELDS = ['weakness', 'target', 'actions', 'lead', 'period', 'evidence'];

describe('previewImportFromDoc', () => {
  it('reads sample 001 and writes nothing', () => {
    const { fakes, app, id } = world(doc001());
    const before = JSON.stringify(fakes.state.spreadsheet.snapshot());
    const preview = app.callJson<Preview>('previewImportFromDoc', id);
    expect(preview.items).toHaveLength(EXPECTED_001.length);
    const acc = fieldAccuracy(EXPECTED_001, preview.items, ['standard', ...FIELDS]);
    expect(acc.right / acc.present).toBeGreaterThanOrEqual(0.95);
    expect(preview.info['Tên trường']).toMatch(/LIÊM HẢI/i);
    expect(JSON.stringify(fakes.state.spreadsheet.snapshot())).toBe(before);
    // The whole Doc in ONE documents.get, no DocumentApp call.
    expect(fakes.calls.count('Docs.Documents.get')).toBe(1);
    expect(fakes.calls.family('Docs')).toBe(1);
    expect(fakes.calls.family('Document')).toBe(0);
  });

  it('reads sample 002 (one long table, merged standard rows)', () => {
    const { app, id } = world(doc002());
    const preview = app.callJson<Preview>('previewImportFromDoc', id);
    const acc = fieldAccuracy(EXPECTED_002, preview.items, ['standard', ...FIELDS]);
    expect(acc.right / acc.present).toBeGreaterThanOrEqual(0.95);
  });

  it('accepts every link form Google gives', () => {
    const { app, id } = world(doc001());
    for (const link of [
      `https://docs.google.com/document/d/${id}/edit?usp=sharing`,
      `https://docs.google.com/document/d/${id}/edit#heading=h.abc`,
      `https://drive.google.com/open?id=${id}`,
      `https://docs.google.com/document/u/0/d/${id}/edit?tab=t.0`,
      `https://docs.google.com/document/d/${id}`,
      `  ${id}  `,
    ])
      expect(app.callJson<Preview>('previewImportFromDoc', link).items.length).toBeGreaterThan(0);
    expect(
      app.callJson<Imported>('importPlanFromDoc', `https://docs.google.com/document/u/1/d/${id}/`)
        .added,
    ).toBe(EXPECTED_001.length);
  });

  it('says in Vietnamese when the link is no readable Doc', () => {
    const { app } = world(doc001());
    expect(() => app.call('previewImportFromDoc', 'xin chào')).toThrow(/Không nhận ra liên kết/);
    for (const fn of ['previewImportFromDoc', 'importPlanFromDoc']) {
      expect(() =>
        app.call(fn, 'https://docs.google.com/spreadsheets/d/abcdefghijklmnop/edit#gid=0'),
      ).toThrow(/bảng tính.*liên kết Google Tài liệu/);
      expect(() => app.call(fn, '')).toThrow(/Không nhận ra liên kết/);
      expect(() => app.call(fn, 42)).toThrow(/Không nhận ra liên kết/);
    }
    // A well-formed id the Docs API does not know.
    expect(() => app.call('importPlanFromDoc', 'abcdefghijklmnopqrstuvwxyz')).toThrow(
      /Không mở được tài liệu/,
    );
  });

  it('refuses the yearly task plan (004): nothing to import, said why', () => {
    const { app, id } = world(doc004());
    const preview = app.callJson<Preview>('previewImportFromDoc', id);
    expect(preview.items).toEqual([]);
    expect(preview.issues[0]?.message).toMatch(/không phải kế hoạch cải tiến/);
  });

  it('reads merged cells as the Docs API reports them and lists owners matching nobody', () => {
    const t = table([
      ['Tiêu chí', 'Điểm yếu', 'Biện pháp', 'Người thực hiện', 'Thời gian'],
      ['Tiêu chí 1.1', 'Hồ sơ thiếu', 'Bổ sung hồ sơ', 'Hiệu trưởng', 'Tháng 9/2025'],
      ['', 'Kế hoạch chưa sát', 'Rà soát kế hoạch', 'Cô Mai', 'Tháng 10/2025'],
    ]);
    merge(t, 1, 0, 2);
    const { app, id } = world(doc(p('KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG'), t));
    const preview = app.callJson<Preview>('previewImportFromDoc', id);
    expect(preview.items.map((i) => i.criterion)).toEqual(['1.1', '1.1']);
    expect(preview.stats.ownersUnmatched).toEqual(['Cô Mai']);
  });
});

describe('importPlanFromDoc', () => {
  it('writes the rows in one setValues after the existing ones, with Mã, and fills only empty info', () => {
    const { fakes, app, id } = world(doc001());
    const result = app.callJson<Imported>('importPlanFromDoc', id);
    expect(result.added).toBe(EXPECTED_001.length);
    const rows = planRows(fakes);
    expect(rows).toHaveLength(1 + EXPECTED_001.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(
      EXPECTED_001.map((_, i) => `CT-${String(i + 1).padStart(4, '0')}`),
    );
    // One write for all the new plan rows; `Thông tin chung` gets one write per block of
    // adjacent empty rows it fills (a value or formula between them is never rewritten).
    const infoAfter = fakes.state.sheet('Thông tin chung').values();
    const filledRows = infoAfter
      .map((row, r) => (result.infoFilled.includes(String(row[0])) ? r : -1))
      .filter((r) => r >= 0);
    const blocks = filledRows.filter((r, k) => k === 0 || filledRows[k - 1] !== r - 1).length;
    expect(blocks).toBeGreaterThan(0);
    expect(fakes.calls.count('Range.setValues')).toBe(1 + blocks);
    expect(fakes.state.locks.document.acquisitions()).toBeGreaterThan(0);
    expect(result.infoFilled).toContain('Tên trường');
    // The counts it reports are the check's own, run on the sheets as written.
    const checked = app.callJson<{ errors: unknown[]; warnings: unknown[] }>('checkPlan');
    expect(result.check).toEqual({
      errors: checked.errors.length,
      warnings: checked.warnings.length,
    });
    expect(result.message).toBe('');
  });

  it('makes `Thông tin chung` (or its missing rows) as set-up does, so no header value is lost', () => {
    const fakes = createFakes({
      spreadsheet: { sheets: { 'Nhân sự': ROSTER } },
      now: '2026-05-04T02:00:00Z',
    });
    const app = loadBundle(fakes);
    const id = fakes.state.docsApi.addDoc(doc001());
    const preview = app.callJson<Preview>('previewImportFromDoc', id);
    expect(preview.info['Tên trường']).toBeTruthy();
    const result = app.callJson<Imported>('importPlanFromDoc', id);
    expect(result.infoFilled).toContain('Tên trường');
    const info = fakes.state.sheet('Thông tin chung').values();
    expect(info[0]).toEqual(['Mục', 'Giá trị']);
    expect(info.find((r) => r[0] === 'Tên trường')?.[1]).toBe(preview.info['Tên trường']);
    // A sheet without the row: the row is added, then filled.
    const other = createFakes({
      spreadsheet: {
        sheets: {
          'Thông tin chung': [
            ['Mục', 'Giá trị'],
            ['Năm học', ''],
          ],
        },
      },
      now: '2026-05-04T02:00:00Z',
    });
    const app2 = loadBundle(other);
    const id2 = other.state.docsApi.addDoc(doc001());
    expect(app2.callJson<Imported>('importPlanFromDoc', id2).infoFilled).toContain('Tên trường');
    const rows = other.state.sheet('Thông tin chung').values();
    expect(rows.find((r) => r[0] === 'Tên trường')?.[1]).toBe(preview.info['Tên trường']);
  });

  it('keeps a filled info value, and importing the same Doc again adds nothing', () => {
    const { fakes, app, id } = world(doc001());
    const info = fakes.state.sheet('Thông tin chung').values();
    const r = info.findIndex((row) => row[0] === 'Tên trường');
    fakes.runtime.unwrap(fakes.globals.SpreadsheetApp);
    app.call('sidebarSaveInfo', {
      form: { schoolName: 'Trường của tôi', schoolLevel: 'Mầm non', schoolYear: '2025-2026' },
      version: '',
    });
    expect(fakes.state.sheet('Thông tin chung').values()[r]?.[1]).toBe('Trường của tôi');
    app.call('importPlanFromDoc', id);
    expect(fakes.state.sheet('Thông tin chung').values()[r]?.[1]).toBe('Trường của tôi');
    const again = app.callJson<Imported>(
      'importPlanFromDoc',
      `https://docs.google.com/document/d/${id}/edit`,
    );
    expect(again.added).toBe(0);
    expect(again.message).toMatch(/đã được nhập/);
    expect(planRows(fakes)).toHaveLength(1 + EXPECTED_001.length);
  });

  it('undo removes exactly the unchanged rows, names the edited ones and keeps them recorded', () => {
    const { fakes, app, id } = world(doc001());
    app.call('importPlanFromDoc', id);
    const sheet = fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Kế hoạch');
    const header = planRows(fakes)[0] ?? [];
    const col = header.indexOf('Điểm yếu') + 1;
    sheet?.getRange(3, col).setValue('Đã sửa tay');
    fakes.calls.reset();
    const undo = app.callJson<{ removed: number; kept: string[]; message: string }>(
      'undoImportFromDoc',
      id,
    );
    expect(undo.removed).toBe(EXPECTED_001.length - 1);
    expect(undo.kept).toEqual(['CT-0002']);
    expect(undo.message).toMatch(/CT-0002/);
    // One deleteRows per run of rows: the row above the kept one, the rows below it.
    expect(fakes.calls.count('Sheet.deleteRows')).toBe(2);
    expect(fakes.calls.count('Sheet.deleteRow')).toBe(0);
    expect(planRows(fakes).map((r) => r[0])).toEqual(['Mã', 'CT-0002']);
    const undo2 = app.callJson<{ removed: number; kept: string[] }>('undoImportFromDoc', id);
    expect(undo2).toMatchObject({ removed: 0, kept: ['CT-0002'] });
  });

  it('after undoing the whole import the same Doc can be imported again', () => {
    const { fakes, app, id } = world(doc001());
    app.call('importPlanFromDoc', id);
    fakes.calls.reset();
    expect(app.callJson<{ removed: number }>('undoImportFromDoc', id).removed).toBe(
      EXPECTED_001.length,
    );
    expect(fakes.calls.count('Sheet.deleteRows')).toBe(1); // the whole import, one call
    expect(app.callJson<Imported>('importPlanFromDoc', id).added).toBe(EXPECTED_001.length);
    // New ids: the ones given before are never reused.
    expect(planRows(fakes)[1]?.[0]).toBe(`CT-${String(EXPECTED_001.length + 1).padStart(4, '0')}`);
  });

  it('appends after the existing items, ids above every id given, formula-looking text kept as text', () => {
    const t = table([
      ['Tiêu chí', 'Điểm yếu', 'Biện pháp', 'Chủ trì'],
      ['Tiêu chí 1.1', '=HYPERLINK("http://x")', '- Rà soát hồ sơ', 'Hiệu trưởng'],
    ]);
    const existing = [
      ['Mã', 'Tiêu chí', 'Biện pháp thực hiện', 'Chủ trì'],
      ['CT-0007', '1.2', 'Việc cũ', 'HT'],
    ];
    const { fakes, app, id } = world(doc(p('KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG'), t), existing);
    expect(app.callJson<Imported>('importPlanFromDoc', id).added).toBe(1);
    const rows = planRows(fakes);
    const col = (h: string) => (rows[0] ?? []).indexOf(h);
    expect(rows[1]?.[0]).toBe('CT-0007');
    expect(rows[2]?.[0]).toBe('CT-0008');
    expect(rows[2]?.[col('Điểm yếu')]).toBe('=HYPERLINK("http://x")');
    expect(fakes.state.sheet('Kế hoạch').formulas()[2]?.[col('Điểm yếu')]).toBe('');
    expect(rows[2]?.[col('Biện pháp thực hiện')]).toBe('- Rà soát hồ sơ');
  });

  it('without an argument (the menu) opens the dialog', () => {
    const { fakes, app } = world(doc001());
    app.call('importPlanFromDoc');
    expect(fakes.state.ui.dialogs.at(-1)?.title).toBe('Nhập kế hoạch từ Google Tài liệu');
  });
});

describe('plans constructed the ways real schools write them, as documents.get returns them', () => {
  function apiWorld(resource: GoogleAppsScript.Docs.Schema.Document) {
    const fakes = createFakes({
      spreadsheet: { sheets: { 'Nhân sự': ROSTER } },
      now: '2026-05-04T02:00:00Z',
    });
    const app = loadBundle(fakes);
    app.call('setUpSheets');
    const id = fakes.state.docsApi.addResource(resource);
    fakes.calls.reset();
    return { fakes, app, id };
  }

  it.each(CONSTRUCTED.map((c) => [c.name, c] as const))(
    '%s: every field right in the preview; the import writes those rows once, with Mã',
    (_, plan) => {
      const { fakes, app, id } = apiWorld(plan.doc as GoogleAppsScript.Docs.Schema.Document);
      const before = JSON.stringify(fakes.state.spreadsheet.snapshot());
      const preview = app.callJson<Preview>('previewImportFromDoc', id);
      expect(JSON.stringify(fakes.state.spreadsheet.snapshot())).toBe(before);
      expect(fieldAccuracy(plan.expected, preview.items, plan.fields).wrong).toEqual([]);

      fakes.calls.reset();
      const result = app.callJson<Imported>('importPlanFromDoc', id);
      expect(result.added).toBe(plan.expected.length);
      expect(fakes.calls.count('Docs.Documents.get')).toBe(1);
      const rows = planRows(fakes);
      const header = rows[0] ?? [];
      const col = (h: string): number => header.indexOf(h);
      expect(rows.slice(1).map((r) => r[col('Mã')])).toEqual(
        plan.expected.map((_, i) => `CT-${String(i + 1).padStart(4, '0')}`),
      );
      expect(rows.slice(1).map((r) => r[col('Biện pháp thực hiện')])).toEqual(
        plan.expected.map((e) => e.actions),
      );
      expect(fakes.state.locks.document.acquisitions()).toBeGreaterThan(0);
      expect(app.callJson<Imported>('importPlanFromDoc', id).added).toBe(0);
      expect(planRows(fakes)).toHaveLength(rows.length);
    },
  );

  it('a yearly task plan: the preview says why, the import writes nothing', () => {
    const { fakes, app, id } = apiWorld(YEARLY_TASKS as GoogleAppsScript.Docs.Schema.Document);
    const preview = app.callJson<Preview>('previewImportFromDoc', id);
    expect(preview.items).toEqual([]);
    expect(preview.issues[0]?.message).toMatch(/không phải kế hoạch cải tiến/);
    const before = JSON.stringify(fakes.state.spreadsheet.snapshot());
    expect(app.callJson<Imported>('importPlanFromDoc', id).added).toBe(0);
    expect(JSON.stringify(fakes.state.spreadsheet.snapshot())).toBe(before);
  });
});
