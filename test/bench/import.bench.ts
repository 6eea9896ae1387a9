/**
 * Import from a Google Doc through the built bundle in the strict fakes, the Doc built as the
 * Docs API returns it (fakes.state.docsApi.addDoc): field-level accuracy per improvement-plan
 * sample (fields right / fields present, target ≥ 95%), the yearly plan refused, ONE
 * Docs.Documents.get per preview and import whatever the size (so the calls per table row are
 * flat: 0), and the import's Spreadsheet writes (one per sheet). Without the Docs service: one
 * DocumentApp walk of sample 001, each element read once (calls = the count of its elements' reads).
 */
import { ITEM_FIELDS } from '../../src/core/import/read-doc';
import type { DocTree } from '../../src/core/import/doc-tree';
import { createFakes } from '../fakes';
import { loadBundle } from '../helpers/load-bundle';
import { doc, p, table } from '../fixtures/doc-builder';
import { EXPECTED_001, EXPECTED_002, fieldAccuracy } from '../fixtures/doc-expected';
import { doc001, doc002, doc004 } from '../fixtures/doc-trees';
import { CONSTRUCTED } from '../fixtures/constructed-plans';
import type { ApiDocument } from '../../src/core/import/from-docs-api';
import { same, target, timing } from './targets';

interface Preview {
  items: Record<string, string>[];
  issues: unknown[];
}

/** A Doc built from a DocTree, or given as the Document resource itself (constructed plans). */
function world(tree: DocTree | ApiDocument) {
  const fakes = createFakes({ ui: false });
  const app = loadBundle(fakes);
  app.call('setUpSheets');
  const id =
    'blocks' in tree
      ? fakes.state.docsApi.addDoc(tree)
      : fakes.state.docsApi.addResource(tree as GoogleAppsScript.Docs.Schema.Document);
  fakes.calls.reset();
  return { fakes, app, id };
}

/** A preview in the bundle: its result, and the Docs and DocumentApp calls it made. */
function preview(tree: DocTree | ApiDocument) {
  const { fakes, app, id } = world(tree);
  const t0 = performance.now();
  const result = app.callJson<Preview>('previewImportFromDoc', id);
  const ms = performance.now() - t0;
  const docCalls = fakes.calls.family('Docs') + fakes.calls.family('Document');
  return { result, ms, gets: fakes.calls.count('Docs.Documents.get'), docCalls };
}

/** A plan of `rows` rows under 6 standards, 8 columns, with prose around it (~5 rows a page). */
function longPlan(rows: number): DocTree {
  const body = Array.from({ length: rows }, (_, i) => [
    String(i + 1),
    `Tiêu chí ${1 + (i % 5)}.${1 + (i % 6)}`,
    'Hồ sơ còn thiếu, cập nhật chưa kịp thời',
    'Hồ sơ đầy đủ',
    '- Rà soát hồ sơ\n- Bổ sung kế hoạch\n- Kiểm tra định kỳ',
    'PHT, Tổ CM',
    'Từ tháng 9/2024 đến tháng 5/2025',
    '5 triệu đồng',
  ]);
  const header = [
    'TT',
    'Tiêu chí',
    'Điểm yếu',
    'Kết quả cần đạt',
    'Biện pháp',
    'Chủ trì',
    'Thời gian',
    'Kinh phí',
  ];
  return doc(
    p('TRƯỜNG MẦM NON HOA SEN'),
    p('KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG'),
    p('Năm học 2024-2025'),
    Array.from({ length: 60 }, (_, i) => p(`Căn cứ văn bản số ${i + 1} về công tác kiểm định.`)),
    table([header, ...body]),
    Array.from({ length: 30 }, (_, i) => p(`Tổ chức thực hiện, mục ${i + 1}.`)),
  );
}

export function benchImport(): string {
  const lines = ['import from a Doc (through the bundle; the Doc as the Docs API returns it)'];
  for (const [name, build, expected] of [
    ['001', doc001, EXPECTED_001],
    ['002', doc002, EXPECTED_002],
  ] as const) {
    const run = preview(build());
    const acc = fieldAccuracy(expected, run.result.items, ['standard', ...ITEM_FIELDS]);
    const pct = (100 * acc.right) / acc.present;
    lines.push(
      `  sample ${name}: ${acc.right}/${acc.present} fields, ${target(`sample ${name} fields right`, pct, 95, { atLeast: true, unit: '%' })}`,
      `    ${same(`sample ${name}: documents.get calls`, run.gets, 1)}; ${same(`sample ${name}: Docs and DocumentApp calls in all`, run.docCalls, 1)}`,
    );
  }
  for (const plan of CONSTRUCTED) {
    const run = preview(plan.doc);
    const acc = fieldAccuracy(plan.expected, run.result.items, plan.fields);
    const pct = (100 * acc.right) / acc.present;
    lines.push(
      `  constructed, ${plan.name}: ${acc.right}/${acc.present} fields, ${target(`${plan.name}: fields right`, pct, 95, { atLeast: true, unit: '%' })}`,
    );
  }
  const refused = preview(doc004());
  lines.push(
    `  sample 004 (yearly task plan): ${refused.result.issues.length} message, ${same('items read', refused.result.items.length, 0)}`,
  );
  // Calls per table row: the extra Doc calls of a plan twice as long, per added row.
  const perRow = [50, 200].map((rows) => {
    const a = preview(longPlan(rows));
    const b = preview(longPlan(rows * 2));
    return (b.docCalls - a.docCalls) / rows;
  });
  lines.push(
    `  ${same('Doc calls per table row, 50→100 rows', perRow[0] ?? -1, 0)}; ${same('200→400 rows', perRow[1] ?? -1, 0)}`,
  );
  // Without the Docs service: one DocumentApp walk, each element read once. Per element: body
  // child or cell paragraph getChild+getType+as…+getText (+getGlyphType for a list item); table
  // +getNumRows; row getRow+getNumCells; cell getCell+getNumChildren+getColSpan+getRowSpan.
  const tree001 = doc001();
  const para = (q: { list?: string }) => 4 + (q.list ? 1 : 0);
  const walkCalls =
    3 +
    tree001.blocks.reduce(
      (sum, b) =>
        sum +
        (b.type === 'paragraph'
          ? para(b)
          : 4 +
            b.rows.reduce(
              (rs, row) =>
                rs +
                2 +
                row.reduce((cs, c) => cs + 4 + c.paragraphs.reduce((ps, q) => ps + para(q), 0), 0),
              0,
            )),
      0,
    );
  const walk = createFakes({ ui: false, docsService: false });
  const walkApp = loadBundle(walk);
  walkApp.call('setUpSheets');
  const walkId = walk.state.documents.addTree(tree001);
  walk.calls.reset();
  const walked = walkApp.callJson<Preview>('previewImportFromDoc', walkId);
  lines.push(
    `  sample 001 without the Docs service (DocumentApp walk): ${same('fallback: items', walked.items.length, EXPECTED_001.length)}, ` +
      `${same('fallback: DocumentApp calls (each element once)', walk.calls.family('Document'), walkCalls)}, ` +
      `${same('fallback: openById', walk.calls.count('DocumentApp.openById'), 1)}, ${same('fallback: Docs calls', walk.calls.family('Docs'), 0)}`,
  );
  const page30 = preview(longPlan(150));
  lines.push(
    `  30-page plan (150 rows × 8 columns): ${page30.result.items.length} items, ` +
      `${same('30-page plan: Docs calls', page30.docCalls, 1)}, ${timing('preview in the fakes', page30.ms)}`,
  );
  // The import itself: one write for the plan rows, one per run of empty info rows it fills.
  const { fakes, app, id } = world(doc001());
  const added = app.callJson<{ added: number; infoFilled: string[] }>('importPlanFromDoc', id);
  const writes = fakes.calls.count('Range.setValues') + fakes.calls.count('Sheet.appendRow');
  const infoRows = fakes.state
    .sheet('Thông tin chung')
    .values()
    .map((row, r) => (added.infoFilled.includes(String(row[0])) ? r : -1))
    .filter((r) => r >= 0);
  const runs = infoRows.filter((r, k) => k === 0 || infoRows[k - 1] !== r - 1).length;
  lines.push(
    `  import of sample 001: ${added.added} rows, ${added.infoFilled.length} info values; ` +
      `${same('sheet writes (1 for Kế hoạch + 1 per run of info rows)', writes, 1 + runs)}`,
  );
  return lines.join('\n');
}
