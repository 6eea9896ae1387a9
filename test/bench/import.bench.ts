/**
 * Import from a Google Doc, the pure reading: field-level accuracy per improvement-plan sample
 * (fields right / fields present, target ≥ 95%), the yearly plan refused, and the time to read
 * a long plan; then the same through the Docs API path: each Doc built in the strict fake, read
 * with ONE Docs.Documents.get (counted), converted by docTreeFromDocsApi. The server adapter
 * that will make that call is not wired yet (bundle size); the call it makes is counted here.
 */
import { ITEM_FIELDS, readPlanDoc } from '../../src/core/import/read-doc';
import { readThroughApi } from '../helpers/docs-api-read';
import { doc, p, table } from '../fixtures/doc-builder';
import { EXPECTED_001, EXPECTED_002, fieldAccuracy } from '../fixtures/doc-expected';
import { doc001, doc002, doc004 } from '../fixtures/doc-trees';
import { same, target, timing } from './targets';

export function benchImport(): string {
  const lines = ['import from a Doc (fields right on every improvement-plan sample)'];
  for (const [name, build, expected] of [
    ['001', doc001, EXPECTED_001],
    ['002', doc002, EXPECTED_002],
  ] as const) {
    const acc = fieldAccuracy(expected, readPlanDoc(build()).items, ['standard', ...ITEM_FIELDS]);
    const pct = (100 * acc.right) / acc.present;
    lines.push(
      `  sample ${name}: ${acc.right}/${acc.present} fields, ${target(`sample ${name} fields right`, pct, 95, { atLeast: true, unit: '%' })}`,
    );
  }
  const refused = readPlanDoc(doc004());
  lines.push(
    `  sample 004 (yearly task plan): ${refused.issues.length} message, ${same('items read', refused.items.length, 0)}`,
  );
  const rows = Array.from({ length: 300 }, (_, i) => [
    `Tiêu chí ${1 + (i % 5)}.${1 + (i % 6)}`,
    'Hồ sơ còn thiếu',
    '- Rà soát hồ sơ\n- Bổ sung kế hoạch',
    'PHT, Tổ CM',
    'Từ tháng 9/2024 đến tháng 5/2025',
    '5 triệu đồng',
  ]);
  const long = doc(
    p('KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG'),
    table([['Tiêu chí', 'Điểm yếu', 'Biện pháp', 'Chủ trì', 'Thời gian', 'Kinh phí'], ...rows]),
  );
  const t0 = performance.now();
  const result = readPlanDoc(long);
  lines.push(
    `  300-row plan: ${result.items.length} items, ${timing('read', performance.now() - t0)}`,
  );

  lines.push('import through the Docs API (one documents.get per import, whatever the size)');
  for (const [name, build, expected] of [
    ['001', doc001, EXPECTED_001],
    ['002', doc002, EXPECTED_002],
  ] as const) {
    const api = readThroughApi(build());
    const acc = fieldAccuracy(expected, readPlanDoc(api.tree).items, ['standard', ...ITEM_FIELDS]);
    const pct = (100 * acc.right) / acc.present;
    lines.push(
      `  ${same(`sample ${name} via API: documents.get calls`, api.gets, 1)}; ` +
        `${same(`sample ${name}: Docs and DocumentApp calls in all`, api.calls, 1)}`,
      `    ${acc.right}/${acc.present} fields, ${target(`sample ${name} via API fields right`, pct, 95, { atLeast: true, unit: '%' })}`,
    );
  }
  const refusedApi = readPlanDoc(readThroughApi(doc004()).tree);
  lines.push(
    `  sample 004 via API: ${refusedApi.issues.length} message, ${same('items read via API', refusedApi.items.length, 0)}`,
  );
  const t1 = performance.now();
  const longApi = readThroughApi(long);
  const longRead = readPlanDoc(longApi.tree);
  lines.push(
    `  300-row plan via API: ${longRead.items.length} items, ` +
      `${same('300-row plan via API: documents.get calls', longApi.gets, 1)}, ` +
      `${timing('build, get, convert and read in the fakes', performance.now() - t1)}`,
  );
  return lines.join('\n');
}
