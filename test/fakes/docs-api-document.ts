/**
 * A DocTree (test/fixtures/doc-builder.ts) as the Docs API's `documents.get` would return the
 * same Google Doc: the `Document` resource's body, lists and indices, so the import's reader
 * (src/core/import/from-docs-api.ts) is tested on the shape Google sends, not on the DocTree.
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents
 */
import type { DocCell, DocParagraph, DocTree } from '../../src/core/import/doc-tree';

type Element = GoogleAppsScript.Docs.Schema.StructuralElement;
type TableCell = GoogleAppsScript.Docs.Schema.TableCell;

/** The ids of the two lists every built Doc declares, and their first nesting levels. */
const LISTS = {
  'kix.bullet': { glyphSymbol: '●' },
  'kix.number': { glyphType: 'DECIMAL', glyphFormat: '%0.' },
} as const;

export function docsApiDocument(
  tree: DocTree,
  documentId: string,
  title: string,
): GoogleAppsScript.Docs.Schema.Document {
  let at = 1;
  // Every paragraph spans its text and its closing `\n`, in UTF-16 code units; a table spans
  // one index to open, one per row and per cell around their content, and one to close:
  // https://developers.google.com/workspace/docs/api/concepts/structure#start_and_end_index
  const para = (p: DocParagraph): Element => {
    const start = at;
    // A line break inside a paragraph (Shift+Enter) is a vertical tab in the text run.
    const content = `${p.text.replace(/\r|\n/g, '\u000b')}\n`;
    at += content.length;
    return {
      startIndex: start,
      endIndex: at,
      paragraph: {
        elements: [{ startIndex: start, endIndex: at, textRun: { content, textStyle: {} } }],
        paragraphStyle: {
          namedStyleType: 'NORMAL_TEXT',
          direction: 'LEFT_TO_RIGHT',
        },
        ...(p.list ? { bullet: { listId: `kix.${p.list}`, textStyle: {} } } : {}),
      },
    };
  };
  // Merged cells: the head cell carries the read-only rowSpan and columnSpan
  // (https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#tablecellstyle).
  // The cells it covers are modelled as staying in their rows, each holding one empty paragraph,
  // with spans of 1 (a merge joins their text into the head: MergeTableCellsRequest,
  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#mergetablecellsrequest).
  // The reference does not spell out covered cells; the reader also takes rows that omit them.
  const cell = (c: DocCell): TableCell => {
    const start = at++;
    const head = c.colSpan > 0 && c.rowSpan > 0;
    const paragraphs = head && c.paragraphs.length ? c.paragraphs : [{ text: '' }];
    const content = paragraphs.map(para);
    return {
      startIndex: start,
      endIndex: at,
      content,
      tableCellStyle: {
        rowSpan: head ? c.rowSpan : 1,
        columnSpan: head ? c.colSpan : 1,
        contentAlignment: 'TOP',
      },
    };
  };
  const content: Element[] = [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }];
  for (const block of tree.blocks) {
    if (block.type === 'paragraph') {
      content.push(para(block));
      continue;
    }
    const start = at++;
    const tableRows = block.rows.map((row) => {
      const rowStart = at++;
      const tableCells = row.map(cell);
      return { startIndex: rowStart, endIndex: at, tableCells, tableRowStyle: {} };
    });
    at++;
    content.push({
      startIndex: start,
      endIndex: at,
      table: {
        rows: block.rows.length,
        columns: block.rows[0]?.length ?? 0,
        tableRows,
      },
    });
  }
  return {
    documentId,
    title,
    body: { content },
    lists: Object.fromEntries(
      Object.entries(LISTS).map(([id, level]) => [
        id,
        { listProperties: { nestingLevels: [level, level, level] } },
      ]),
    ),
  };
}
