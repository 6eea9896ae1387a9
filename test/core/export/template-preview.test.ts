/**
 * templateDocumentModel: the school's template (built in the fakes through DocumentApp, read
 * back whole through the fakes' Docs API, as Google returns it) filled by the export's own
 * plan. Copied tables keep their merges and shading; copied paragraphs keep their runs when
 * nothing is filled; the item table takes the template's widths; a bad template gives the
 * export's message, not a page.
 */
import { describe, expect, it } from '@jest/globals';
import { describeTemplate, planTemplateFill } from '../../../src/core/export/custom';
import type { ParagraphBlock, TableBlock } from '../../../src/core/export/model';
import {
  templateDocumentModel,
  type TemplateDocument,
} from '../../../src/core/export/template-preview';
import { EXPORT } from '../../../src/core/messages';
import { buildPlan } from '../../../src/core/plan/read';
import { createFakes } from '../../fakes';
import { generatePlan } from '../../fixtures/generate';
import { makeTemplate, TEMPLATE_HEADERS } from '../../helpers/doc-template';
import { sheetValuesOf } from '../../fixtures/sample-sheets';

const text = (p: ParagraphBlock | undefined) => (p?.runs ?? []).map((r) => r.text).join('');

/** A template with a merged, shaded header table, a partly bold line and the item table. */
function template() {
  const fakes = createFakes({ ui: false });
  const D = fakes.globals.DocumentApp;
  const A = D.Attribute;
  const doc = D.create('Mẫu');
  const body = doc.getBody();
  const head = body.appendTable([
    ['{{Tên trường}}', ''],
    ['Số: {{Số văn bản}}', '{{Địa danh}}'],
  ]);
  head.getCell(0, 0).setBackgroundColor('#ddeeff');
  head.setColumnWidth(0, 200);
  const line = body.appendParagraph('KẾ HOẠCH cải tiến');
  line.editAsText().setAttributes(0, 7, { [A.BOLD]: true });
  line.setAttributes({ [A.HORIZONTAL_ALIGNMENT]: D.HorizontalAlignment.CENTER, [A.FONT_SIZE]: 14 });
  const items = body.appendTable([
    ['TT', 'Nội dung', 'Chủ trì'],
    ['{{TT}}', '{{Biện pháp thực hiện}}', '{{Chủ trì}}'],
  ]);
  items.setColumnWidth(1, 250);
  body.appendParagraph('{{Nơi nhận}}');
  const id = doc.getId();
  // The header's first row merged, as a school does by hand (Docs API mergeTableCells).
  const api = fakes.globals.Docs?.Documents;
  const at = api
    ?.get(id, { fields: 'body.content(startIndex,table)' })
    .body?.content?.find((e) => e.table)?.startIndex;
  // (mergeTableCells is missing from @types/google-apps-script's Request.)
  api?.batchUpdate(
    {
      requests: [
        {
          mergeTableCells: {
            tableRange: {
              tableCellLocation: { tableStartLocation: { index: at }, rowIndex: 0, columnIndex: 0 },
              rowSpan: 1,
              columnSpan: 2,
            },
          },
        },
      ] as unknown as GoogleAppsScript.Docs.Schema.Request[],
    },
    id,
  );
  return api?.get(id) as TemplateDocument;
}

function plan() {
  const sheets = sheetValuesOf(generatePlan(5) as never);
  return { sheets, plan: buildPlan(sheets).plan };
}

describe('templateDocumentModel', () => {
  const doc = template();
  const { sheets, plan: p } = plan();
  const filled = templateDocumentModel(p, sheets.info, doc);
  if (!filled.ok) throw new Error(filled.message);
  const blocks = filled.model.blocks;
  const tables = blocks.filter((b): b is TableBlock => b.kind === 'table');
  const paragraphs = blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');

  it('reads the template as the export does', () => {
    const [body, merges] = describeTemplate(doc.body?.content ?? []);
    // A new Doc's first paragraph, and the one Docs adds after each appended table, stay.
    expect(body).toEqual([
      '',
      [
        [['{{Tên trường}}'], ['']],
        [['Số: {{Số văn bản}}'], ['{{Địa danh}}']],
      ],
      '',
      'KẾ HOẠCH cải tiến',
      [
        [['TT'], ['Nội dung'], ['Chủ trì']],
        [['{{TT}}'], ['{{Biện pháp thực hiện}}'], ['{{Chủ trì}}']],
      ],
      '',
      '{{Nơi nhận}}',
    ]);
    // The header table's first row is one merged cell; the item table has none.
    expect(merges).toEqual([
      undefined,
      [[0, 0, 2]],
      undefined,
      undefined,
      [],
      undefined,
      undefined,
    ]);
    expect(planTemplateFill(p, sheets.info, body, merges).ok).toBe(true);
  });

  it('keeps a copied table’s merge, shading and widths, its placeholders filled', () => {
    const head = tables[0] as TableBlock;
    expect(head.role).toBe('template');
    expect(head.rows[0]?.cells).toHaveLength(1);
    expect(head.rows[0]?.cells[0]).toMatchObject({ colSpan: 2, background: '#ddeeff' });
    expect(text(head.rows[0]?.cells[0]?.paragraphs[0])).toBe('Trường Tiểu học An Bình');
    expect(text(head.rows[1]?.cells[0]?.paragraphs[0])).toBe('Số: 45/KH-THAB');
    // Letter page, 1-inch margins: 468 pt of text; column 0 as set, column 1 the rest.
    expect(head.columnWidths).toEqual([200, 268]);
  });

  it('keeps a paragraph’s runs when nothing is filled', () => {
    const line = paragraphs.find((b) => text(b) === 'KẾ HOẠCH cải tiến') as ParagraphBlock;
    expect(line.runs.map((r) => [r.text, r.bold, r.size])).toEqual([
      ['KẾ HOẠCH', true, 14],
      [' cải tiến', false, 14],
    ]);
    expect(line.align).toBe('center');
  });

  it('repeats the item row per item in the template’s widths, and each recipient line', () => {
    const items = tables[1] as TableBlock;
    expect(items.role).toBe('template-items');
    expect(items.rows.filter((r) => r.role === 'item')).toHaveLength(p.items.length);
    expect(items.rows.every((r) => r.cells.every((c) => !c.colSpan))).toBe(true);
    expect(items.columnWidths).toEqual([109, 250, 109]);
    const after = blocks.slice(blocks.indexOf(items) + 1) as ParagraphBlock[];
    const recipients = after.map(text).filter(Boolean);
    expect(recipients.at(-1)).toBe('- Lưu: VT.');
    expect(recipients.length).toBeGreaterThan(1);
    expect(JSON.stringify(filled.model)).not.toContain('{{');
  });

  it('gives the export’s message for a template it would refuse', () => {
    const bad = structuredClone(doc);
    // The template's first paragraph (after the section break).
    const first = bad.body?.content?.[1]?.paragraph?.elements?.[0]?.textRun;
    if (first) first.content = '{{Hiệu phó}}\n';
    expect(templateDocumentModel(p, sheets.info, bad)).toEqual({
      ok: false,
      message: EXPORT.templatePlaceholder('Hiệu phó'),
    });
    expect(templateDocumentModel(p, sheets.info, null)).toEqual({
      ok: false,
      message: EXPORT.templateUnreadable,
    });
  });
});

describe('templateDocumentModel of a template whose band row is merged', () => {
  it('draws every band row merged across the table, as the export merges it', () => {
    const fakes = createFakes({ ui: false });
    const id = makeTemplate(fakes, undefined, { mergeBand: true });
    const doc = fakes.globals.Docs?.Documents?.get(id) as TemplateDocument;
    const { sheets, plan: p } = plan();
    const filled = templateDocumentModel(p, sheets.info, doc);
    if (!filled.ok) throw new Error(filled.message);
    const items = filled.model.blocks.find(
      (b): b is TableBlock => b.kind === 'table' && b.role === 'template-items',
    );
    const bands = (items?.rows ?? []).filter((r) => r.role === 'like-1');
    expect(bands.length).toBeGreaterThan(0);
    for (const band of bands) {
      expect(band.cells).toHaveLength(1);
      expect(band.cells[0]?.colSpan).toBe(TEMPLATE_HEADERS.length);
      expect(text(band.cells[0]?.paragraphs[0])).toMatch(/^Tiêu chuẩn \d+: /);
    }
    const others = (items?.rows ?? []).filter((r) => r.role !== 'like-1');
    for (const r of others) expect(r.cells).toHaveLength(TEMPLATE_HEADERS.length);
  });
});
