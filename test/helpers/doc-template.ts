/**
 * A school's own Doc template built in the fakes through DocumentApp (what the school types in
 * Google Docs): styled paragraphs with placeholders and a plan table whose band and item rows
 * repeat. Used by the template export test and the bench.
 */
import type { createFakes } from '../fakes';

export const TEMPLATE_HEADERS = ['TT', 'Tiêu chí', 'Biện pháp', 'Chủ trì', 'Hạn'];

const DEFAULT_ROWS = [
  TEMPLATE_HEADERS,
  ['{{Tiêu chuẩn}}', '', '', '', ''],
  ['{{TT}}', '{{Tiêu chí}}', '{{Biện pháp thực hiện}}', '{{Chủ trì}}', '{{Hạn hoàn thành}}'],
];

export function makeTemplate(
  fakes: ReturnType<typeof createFakes>,
  rows: string[][] = DEFAULT_ROWS,
  /** Merge the band row across the table, as a school does in Docs (Merge cells). */
  { mergeBand = false } = {},
): string {
  const D = fakes.globals.DocumentApp;
  const A = D.Attribute;
  const doc = D.create('Mẫu kế hoạch của trường');
  const body = doc.getBody();
  body.setPageWidth(842);
  body.setPageHeight(595);
  body.setMarginLeft(50);
  const first = body.getParagraphs()[0] as GoogleAppsScript.Document.Paragraph;
  first.setText('{{Tên trường}}');
  first.setAttributes({ [A.FONT_FAMILY]: 'Arial', [A.FONT_SIZE]: 13, [A.BOLD]: true });
  body.appendParagraph('Số: {{Số văn bản}} — năm học {{Năm học}}');
  body.appendParagraph('{{Căn cứ}}').setAttributes({ [A.ITALIC]: true, [A.FONT_SIZE]: 12 });
  const table = body.appendTable(rows);
  table.setAttributes({ [A.BORDER_WIDTH]: 1, [A.FONT_FAMILY]: 'Arial', [A.FONT_SIZE]: 11 });
  table.getRow(0).setAttributes({ [A.BOLD]: true });
  table.getCell(0, 0).setBackgroundColor('#eeeeee');
  if (rows.length > 2) table.getRow(1).setAttributes({ [A.BOLD]: true, [A.ITALIC]: true });
  if ((rows[0]?.length ?? 0) > 2) table.setColumnWidth(2, 300);
  table.getNextSibling().asParagraph().setText('Nơi nhận:');
  body.appendParagraph('{{Nơi nhận}}').setAttributes({ [A.FONT_SIZE]: 10 });
  body.appendParagraph('{{Người ký}}');
  if (mergeBand) {
    doc.saveAndClose();
    const docs = fakes.globals.Docs as GoogleAppsScript.Docs;
    const content = docs.Documents?.get(doc.getId(), { fields: 'body.content' }).body?.content;
    const index = content?.find((e) => e.table)?.startIndex ?? 0;
    const tableCellLocation = { tableStartLocation: { index }, rowIndex: 1, columnIndex: 0 };
    const tableRange = { tableCellLocation, rowSpan: 1, columnSpan: rows[1]?.length ?? 1 };
    docs.Documents?.batchUpdate(
      { requests: [{ mergeTableCells: { tableRange } }] } as never,
      doc.getId(),
    );
  }
  return doc.getId();
}
