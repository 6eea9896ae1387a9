/**
 * The import without the Docs advanced service, or when its documents.get fails: the Doc is
 * read with DocumentApp (one openById, the body walked once) into the same DocTree, so the
 * preview equals the Docs API path's. Through build/Code.js in the strict fakes; the Doc is
 * built in the DocumentApp fake (fakes.state.documents.addTree), list items and merges included.
 */
import { describe, expect, it } from '@jest/globals';
import { createFakes, type FakeOptions } from '../fakes';
import { loadBundle } from '../helpers/load-bundle';
import { doc, merge, p, table } from '../fixtures/doc-builder';
import { EXPECTED_001 } from '../fixtures/doc-expected';
import { doc001, doc002 } from '../fixtures/doc-trees';
import type { DocTree } from '../../src/core/import/doc-tree';

const ROSTER = [
  ['Họ và tên', 'Chức vụ', 'Vai trò', 'Email', 'Nhận nhắc hạn'],
  ['Trần Văn An', 'Hiệu trưởng', 'HT', 'an@truong.edu.vn', 'Có'],
];

function world(options: FakeOptions = {}) {
  const fakes = createFakes({
    spreadsheet: { sheets: { 'Nhân sự': ROSTER } },
    now: '2026-05-04T02:00:00Z',
    ...options,
  });
  const app = loadBundle(fakes);
  app.call('setUpSheets');
  fakes.calls.reset();
  return { fakes, app };
}

/** The preview of `tree` read by the Docs API (addDoc) and by DocumentApp without the service. */
function bothPaths(tree: DocTree) {
  const api = world();
  const viaApi = api.app.callJson('previewImportFromDoc', api.fakes.state.docsApi.addDoc(tree));
  const { fakes, app } = world({ docsService: false });
  const id = fakes.state.documents.addTree(tree);
  fakes.calls.reset();
  const viaWalk = app.callJson('previewImportFromDoc', id);
  return { viaApi, viaWalk, fakes };
}

describe('import fallback (DocumentApp walk)', () => {
  it('reads sample 001 without the Docs service as the Docs API path does: one openById', () => {
    const { viaApi, viaWalk, fakes } = bothPaths(doc001());
    expect((viaWalk as { items: unknown[] }).items).toHaveLength(EXPECTED_001.length);
    expect(viaWalk).toEqual(viaApi);
    expect(fakes.calls.count('DocumentApp.openById')).toBe(1);
    expect(fakes.calls.count('Document.getBody')).toBe(1);
    expect(fakes.calls.count('Body.getNumChildren')).toBe(1);
    expect(fakes.calls.family('Docs')).toBe(0);
  });

  it('reads merged cells (spans of 0 for the covered ones) and list items as the Docs API path', () => {
    const t = table([
      ['Tiêu chí', 'Điểm yếu', 'Biện pháp', 'Người thực hiện', 'Thời gian'],
      [
        'Tiêu chí 1.1',
        'Hồ sơ thiếu',
        [
          { text: 'Bổ sung hồ sơ', list: 'bullet' },
          { text: 'Kiểm tra', list: 'bullet' },
        ],
        'Hiệu trưởng',
        'Tháng 9/2025',
      ],
      ['', 'Kế hoạch chưa sát', 'Rà soát kế hoạch', 'Cô Mai', 'Tháng 10/2025'],
    ]);
    merge(t, 1, 0, 2);
    // Lead and period of the last row in one cell (the covered one reports spans of 0).
    merge(t, 2, 3, 1, 2);
    const tree = doc(
      p('KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG'),
      p('Căn cứ kết quả tự đánh giá', { list: 'number' }),
      t,
    );
    const { viaApi, viaWalk } = bothPaths(tree);
    const items = (viaWalk as { items: Record<string, string>[] }).items;
    expect(items.map((i) => i.criterion)).toEqual(['1.1', '1.1']);
    expect(items[0]?.actions).toBe('- Bổ sung hồ sơ\n- Kiểm tra');
    expect(viaWalk).toEqual(viaApi);
  });

  it('reads sample 002 (merged standard rows) as the Docs API path', () => {
    const { viaApi, viaWalk } = bothPaths(doc002());
    expect(viaWalk).toEqual(viaApi);
  });

  it('falls back when documents.get fails, and imports what it read', () => {
    const { fakes, app } = world();
    const id = fakes.state.documents.addTree(doc001());
    fakes.runtime.refuse('Docs.Documents.get', 'Service unavailable: Docs');
    const result = app.callJson<{ added: number }>('importPlanFromDoc', id);
    expect(result.added).toBe(EXPECTED_001.length);
    expect(fakes.calls.count('DocumentApp.openById')).toBe(1);
    expect(fakes.state.docsApi.gets).toEqual([]);
  });

  it('an unknown id is still not readable, said in Vietnamese, with or without the service', () => {
    for (const options of [{}, { docsService: false }]) {
      const { app } = world(options);
      expect(() => app.call('previewImportFromDoc', 'abcdefghijklmnopqrstuvwxyz')).toThrow(
        /Không mở được tài liệu/,
      );
    }
  });
});
