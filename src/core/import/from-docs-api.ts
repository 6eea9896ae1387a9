/**
 * A Google Doc as ONE `Docs.Documents.get(id)` returns it (Docs API v1 `Document` resource)
 * → the DocTree the import reads. One call for the whole Doc instead of a DocumentApp call per
 * paragraph and cell. Pure: the resource is plain JSON; only the fields read are declared.
 * Resource: https://developers.google.com/workspace/docs/api/reference/rest/v1/documents
 */
import type { DocBlock, DocCell, DocParagraph, DocTree } from './doc-tree';

export interface ApiTextRun {
  content?: string;
}

export interface ApiParagraph {
  elements?: { textRun?: ApiTextRun }[];
  /** Not read: a heading is known by its words. */
  paragraphStyle?: { namedStyleType?: string };
  /** Present on a list item: `listId` names its list in `Document.lists`. */
  bullet?: { listId?: string; nestingLevel?: number };
}

export interface ApiTableCell {
  content?: ApiStructuralElement[];
  /** Read-only spans of the head cell of a merge; unset means 1. */
  tableCellStyle?: { rowSpan?: number; columnSpan?: number };
}

export interface ApiTable {
  rows?: number;
  columns?: number;
  tableRows?: { tableCells?: ApiTableCell[] }[];
}

export interface ApiStructuralElement {
  paragraph?: ApiParagraph;
  table?: ApiTable;
  sectionBreak?: object;
  tableOfContents?: object;
}

export interface ApiDocument {
  title?: string;
  body?: { content?: ApiStructuralElement[] };
  lists?: Record<
    string,
    {
      listProperties?: {
        nestingLevels?: { glyphType?: string; glyphSymbol?: string }[];
      };
    }
  >;
}

/** The Doc's body in order: paragraphs and tables; section breaks and tables of contents left out. */
export function docTreeFromDocsApi(doc: ApiDocument): DocTree {
  const blocks: DocBlock[] = [];
  for (const el of doc.body?.content ?? []) {
    if (el.paragraph) blocks.push({ type: 'paragraph', ...paragraph(el.paragraph, doc) });
    else if (el.table) blocks.push({ type: 'table', rows: tableRows(el.table, doc) });
    // A table of contents repeats the headings; a section break holds no text.
  }
  return { blocks };
}

function paragraph(p: ApiParagraph, doc: ApiDocument): DocParagraph {
  // Each paragraph's last run ends with its `\n`; a soft line break (Shift+Enter) is `\u000b`
  // inside a run, kept for paragraphText: https://developers.google.com/workspace/docs/api/concepts/structure#paragraph
  const text = (p.elements ?? [])
    .map((e) => e.textRun?.content ?? '')
    .join('')
    .replace(/\n$/, '')
    .normalize('NFC');
  if (!p.bullet) return { text };
  const list = listKind(p.bullet, doc);
  // A `+` glyph (Word's sub-bullets) is kept; any other bullet becomes `- ` (paragraphText).
  const plus = list === 'bullet' && glyphOf(p.bullet, doc)?.glyphSymbol === '+';
  return { text: plus && !/^\s*[-+•*]/.test(text) ? `+ ${text}` : text, list };
}

function glyphOf(bullet: NonNullable<ApiParagraph['bullet']>, doc: ApiDocument) {
  return doc.lists?.[bullet.listId ?? '']?.listProperties?.nestingLevels?.[
    bullet.nestingLevel ?? 0
  ];
}

/**
 * Bullet or numbered, from the list's nesting level: a bullet level has a `glyphSymbol`, an
 * ordered one a `glyphType` such as DECIMAL or ALPHA (NestingLevel,
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#nestinglevel).
 */
function listKind(
  bullet: NonNullable<ApiParagraph['bullet']>,
  doc: ApiDocument,
): 'bullet' | 'number' {
  const level = glyphOf(bullet, doc);
  return level &&
    !level.glyphSymbol &&
    !/^(?:|NONE|GLYPH_TYPE_UNSPECIFIED)$/.test(level.glyphType ?? '')
    ? 'number'
    : 'bullet';
}

/**
 * The table as the DocTree's grid (doc-tree.ts): every position of `rows × columns` holds a
 * cell; a merge's head keeps its spans, every position it covers reports span 0 and no text.
 * The head's `tableCellStyle.rowSpan/columnSpan` place the merge
 * (https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#tablecellstyle).
 * Cells are laid out by position: a covered cell the API lists (empty) takes its covered
 * place; were it left out of its row (the reference allows rows of different lengths,
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#table),
 * the next cell still lands in its own column.
 */
function tableRows(table: ApiTable, doc: ApiDocument): DocCell[][] {
  const source = table.tableRows ?? [];
  const width = Math.max(table.columns ?? 0, ...source.map((r) => r.tableCells?.length ?? 0));
  const grid: (DocCell | undefined)[][] = source.map(() => Array<DocCell | undefined>(width));
  const covered = (): DocCell => ({ paragraphs: [{ text: '' }], colSpan: 0, rowSpan: 0 });
  source.forEach((row, r) => {
    const line = grid[r] ?? [];
    const cells = row.tableCells ?? [];
    // A full row lists its covered cells too: each cell is at its own index, and one that a
    // merge from above or the left reaches is skipped. A short row omits them: each cell takes
    // the next free position.
    const full = cells.length >= width;
    let c = 0;
    cells.forEach((apiCell, i) => {
      if (full) {
        c = i;
        if (line[c]) return;
      } else while (line[c]) c++;
      const rowSpan = Math.max(1, apiCell.tableCellStyle?.rowSpan ?? 1);
      const colSpan = Math.max(1, apiCell.tableCellStyle?.columnSpan ?? 1);
      line[c] = { paragraphs: cellParagraphs(apiCell, doc), colSpan, rowSpan };
      for (let dr = 0; dr < rowSpan; dr++)
        for (let dc = 0; dc < colSpan; dc++) {
          const below = grid[r + dr];
          if ((dr || dc) && below && c + dc < width && !below[c + dc]) below[c + dc] = covered();
        }
      c++;
    });
  });
  return grid.map((row) => Array.from(row, (cell) => cell ?? covered()));
}

/** A cell's paragraphs; a table nested in the cell gives its cells' paragraphs in reading order. */
function cellParagraphs(cell: ApiTableCell, doc: ApiDocument): DocParagraph[] {
  const out: DocParagraph[] = [];
  for (const el of cell.content ?? []) {
    if (el.paragraph) out.push(paragraph(el.paragraph, doc));
    else if (el.table)
      for (const row of el.table.tableRows ?? [])
        for (const inner of row.tableCells ?? []) out.push(...cellParagraphs(inner, doc));
  }
  return out.length ? out : [{ text: '' }];
}
