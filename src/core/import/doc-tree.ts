/**
 * A Google Doc's body as plain, serialisable data (paragraphs, list items, tables), built from
 * ONE Docs API documents.get by from-docs-api.ts, so everything after it is pure and testable.
 *
 * Merged cells are laid out as DocumentApp reports them: every cell of a merged range is present in its row;
 * the head cell reports its span and each cell merged over by it reports a span of 0
 * (`TableCell.getColSpan()` / `getRowSpan()`: "the column span or 0 for a cell which is merged
 * over by another cell", https://developers.google.com/apps-script/reference/document/table-cell).
 * A merged-over cell shows its head's content; its own text (not shown in Docs) is ignored.
 * Headings are recognised by their words, not their style.
 */

export interface DocParagraph {
  /** The paragraph's text runs joined (a list glyph is not part of the text). */
  text: string;
  /** A `ListItem`: `bullet` for bullet glyphs, `number` for numbered, lettered or roman ones. */
  list?: 'bullet' | 'number';
}

export interface DocCell {
  paragraphs: DocParagraph[];
  /** 1 for a plain cell, n for the head of a merge, 0 for a cell merged over. */
  colSpan: number;
  rowSpan: number;
}

export type DocBlock =
  ({ type: 'paragraph' } & DocParagraph) | { type: 'table'; rows: DocCell[][] };

export interface DocTree {
  blocks: DocBlock[];
}

/** A cell's text: its paragraphs one per line, bullets as `- ` (the form Sheets cells keep). */
export function cellText(cell: DocCell | undefined): string {
  if (!cell) return '';
  return cell.paragraphs.map(paragraphText).join('\n');
}

export function paragraphText(p: DocParagraph): string {
  // Soft line breaks come back as `\r` or a vertical tab.
  const text = p.text.replace(/\r|\v/g, '\n');
  return p.list === 'bullet' && !/^\s*[-+•*]/.test(text) ? `- ${text}` : text;
}

/**
 * For every cell, the cell whose content it shows: itself, or the head of the merged range
 * that covers it (found from the heads' spans, whatever the covered cells report).
 */
export function mergeOrigins(rows: readonly DocCell[][]): [number, number][][] {
  const origins = rows.map((row, r) => row.map((_, c): [number, number] => [r, c]));
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.colSpan === 0 || cell.rowSpan === 0) return;
      for (let dr = 0; dr < cell.rowSpan; dr++)
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const target = origins[r + dr];
          if ((dr || dc) && target && c + dc < target.length) target[c + dc] = [r, c];
        }
    }),
  );
  return origins;
}
