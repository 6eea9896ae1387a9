/**
 * Import from a Doc through the built bundle in the fakes: field-level accuracy per
 * improvement-plan sample (fields right / fields present, target ≥ 95%), the yearly plan
 * refused, and the DocumentApp calls of a preview — per table row (flat), and for a 30-page
 * plan, estimated on Google at the export bench's ~150 ms per call (target < 10 s).
 */
import { ITEM_FIELDS } from '../../src/core/import/read-doc';
import type { DocTree } from '../../src/core/import/doc-tree';
import { createFakes } from '../fakes';
import { addDocFromTree } from '../fakes/document-reading';
import { loadBundle } from '../helpers/load-bundle';
import { doc, p, table } from '../fixtures/doc-builder';
import { EXPECTED_001, EXPECTED_002, fieldAccuracy } from '../fixtures/doc-expected';
import { doc001, doc002, doc004 } from '../fixtures/doc-trees';

const MS_PER_CALL = 150;
/** Handles only (Apps Script builds them without a round trip), as calls.ts counts Sheets. */
const NAVIGATION = /\.(?:getBody|getChild|getRow|getCell|asParagraph|asTable|asListItem)$/;

interface Preview {
  items: Record<string, string>[];
}

function preview(tree: DocTree) {
  const fakes = createFakes({ ui: false });
  const app = loadBundle(fakes);
  const id = addDocFromTree(fakes, tree);
  fakes.calls.reset();
  const t0 = performance.now();
  const result = app.callJson<Preview>('previewImportFromDoc', id);
  const ms = performance.now() - t0;
  const byMethod = fakes.calls.byMethod();
  let all = 0;
  let data = 0;
  for (const [method, n] of Object.entries(byMethod)) {
    if (
      !/^(?:DocumentApp|Document|Body|Paragraph|ListItem|Table|TableRow|TableCell)\./.test(method)
    )
      continue;
    all += n;
    if (!NAVIGATION.test(method)) data += n;
  }
  return { result, all, data, ms, openById: byMethod['DocumentApp.openById'] ?? 0 };
}

/** A plan of `rows` rows under 6 standards, 8 columns, with prose around it. */
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
  return doc(
    p('TRƯỜNG MẦM NON HOA SEN'),
    p('KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG'),
    p('Năm học 2024-2025'),
    Array.from({ length: 60 }, (_, i) => p(`Căn cứ văn bản số ${i + 1} về công tác kiểm định.`)),
    table([
      [
        'TT',
        'Tiêu chí',
        'Điểm yếu',
        'Kết quả cần đạt',
        'Biện pháp',
        'Chủ trì',
        'Thời gian',
        'Kinh phí',
      ],
      ...body,
    ]),
    Array.from({ length: 30 }, (_, i) => p(`Tổ chức thực hiện, mục ${i + 1}.`)),
  );
}

export function benchImport(): string {
  const lines = [
    `import from a Doc (targets: ≥ 95% of fields right on every improvement-plan sample; one openById; ` +
      `DocumentApp calls per table row flat; a 30-page plan < 10 s at ~${MS_PER_CALL} ms per call)`,
  ];
  for (const [name, build, expected] of [
    ['001', doc001, EXPECTED_001],
    ['002', doc002, EXPECTED_002],
  ] as const) {
    const run = preview(build());
    const acc = fieldAccuracy(expected, run.result.items, ['standard', ...ITEM_FIELDS]);
    const pct = (100 * acc.right) / acc.present;
    lines.push(
      `  sample ${name}: ${acc.right}/${acc.present} fields right (${pct.toFixed(1)}%), ` +
        `${run.data} DocumentApp calls (${run.all} with handles), ${run.openById} openById — ` +
        `${pct >= 95 && run.openById === 1 ? 'ok' : 'UNDER TARGET'}`,
    );
  }
  const refused = preview(doc004());
  lines.push(
    `  sample 004 (yearly task plan): ${refused.result.items.length} items — ${refused.result.items.length === 0 ? 'ok' : 'UNDER TARGET'}`,
  );
  const perRow: number[] = [];
  for (const rows of [50, 200]) {
    const a = preview(longPlan(rows));
    const b = preview(longPlan(rows * 2));
    perRow.push((b.data - a.data) / rows);
  }
  const flat = perRow[0] === perRow[1];
  lines.push(
    `  calls per table row: ${perRow.map((n) => n.toFixed(1)).join(' / ')} (50→100 and 200→400 rows) — ${flat ? 'ok' : 'UNDER TARGET'}`,
  );
  // 30 pages of a landscape plan: about 5 table rows and 3 other paragraphs a page.
  const page30 = preview(longPlan(150));
  const seconds = (page30.data * MS_PER_CALL) / 1000;
  lines.push(
    `  30-page plan (150 rows × 8 columns): ${page30.result.items.length} items, ${page30.data} DocumentApp calls ` +
      `(${page30.all} with handles), ~${seconds.toFixed(0)} s on Google, ${page30.ms.toFixed(0)} ms in the fakes — ` +
      `${seconds < 10 ? 'ok' : 'UNDER TARGET'}`,
  );
  return lines.join('\n');
}
