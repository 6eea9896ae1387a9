/**
 * The only code that touches DocumentApp and DriveApp: writes a document model
 * (src/core/document/model.ts) into a Google Doc with few calls. Each table is created by one
 * appendTable call holding all its texts; styles go as attribute maps (one setAttributes per
 * table, per row or cell that differs from the table's style, per paragraph).
 */
// @ts-nocheck

import {
  compactParagraphs,
  expandRow,
  paragraphStyleOf,
  paragraphText,
  sameParagraphStyle,
  sameTextStyle,
  type DocModel,
  type ParagraphBlock,
  type ParagraphStyle,
  type TableBlock,
  type TextStyle,
} from '../core/export/model';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type TableCell = GoogleAppsScript.Document.TableCell;
type Attributes = Record<string, unknown>;
type Style = ParagraphStyle & TextStyle;

type Placement = 'folder' | 'root' | 'kept';

export interface WriteResult {
  id: string;
  url: string;
  /** True when the previous export's document was rewritten. */
  replaced: boolean;
  placement: Placement;
}

interface WriteOptions {
  /** The previous export's document, rewritten in place when it can still be opened. */
  reuseId: string | null;
  /** New documents go to this file's folder when Drive allows it. */
  besideFileId: string | null;
}

export function writeDocument(model: DocModel, options: WriteOptions): WriteResult {
  const existing = options.reuseId ? openExisting(options.reuseId) : null;
  const doc = existing ?? DocumentApp.create(model.name);
  if (existing) existing.setName(model.name);
  const body = doc.getBody();
  if (existing) body.clear();
  new Writer(model, body).write();
  const id = doc.getId();
  const url = doc.getUrl();
  const placement = existing ? 'kept' : placeBeside(id, options.besideFileId);
  return { id, url, replaced: !!existing, placement };
}

/** The document if it still exists, is reachable and (when Drive can tell) not in the trash. */
function openExisting(id: string): GoogleAppsScript.Document.Document | null {
  let doc: GoogleAppsScript.Document.Document;
  try {
    doc = DocumentApp.openById(id);
  } catch {
    return null;
  }
  try {
    if (DriveApp.getFileById(id).isTrashed()) return null;
  } catch {
    // Without a Drive scope the trash cannot be seen: the document is reused.
  }
  return doc;
}

/** Moves a new document into the folder of `fileId`; needs the Drive scope, else stays in My Drive. */
function placeBeside(docId: string, fileId: string | null): Placement {
  if (!fileId) return 'root';
  try {
    const parents = DriveApp.getFileById(fileId).getParents();
    if (!parents.hasNext()) return 'root';
    DriveApp.getFileById(docId).moveTo(parents.next());
    return 'folder';
  } catch {
    return 'root';
  }
}

class Writer {
  private readonly A = DocumentApp.Attribute;
  private readonly H = DocumentApp.HorizontalAlignment;

  constructor(
    private readonly model: DocModel,
    private readonly body: Body,
  ) {}

  write(): void {
    const { body, model } = this;
    const { page } = model;
    body.setPageWidth(page.width);
    body.setPageHeight(page.height);
    body.setMarginTop(page.margins.top);
    body.setMarginBottom(page.margins.bottom);
    body.setMarginLeft(page.margins.left);
    body.setMarginRight(page.margins.right);
    // A new or cleared body holds one empty paragraph: it takes the first paragraph's text, or,
    // before a first table, stays as a 1-pt line (room to type above the header table).
    let pending: Paragraph | null = body.getParagraphs()[0] ?? null;
    if (pending && model.blocks[0]?.kind === 'table') {
      pending.setAttributes(this.attributes(paragraphStyleOf(SPACER)));
      pending = null;
    }
    for (const block of model.blocks) {
      if (block.kind === 'table') {
        this.table(block);
        continue;
      }
      const text = paragraphText(block);
      let paragraph: Paragraph;
      if (pending) {
        paragraph = pending;
        paragraph.setText(text);
        pending = null;
      } else {
        paragraph = body.appendParagraph(text);
      }
      this.style(paragraph, block);
    }
  }

  private attributes(s: Style): Attributes {
    const { A, H } = this;
    const align = { left: H.LEFT, center: H.CENTER, right: H.RIGHT, justify: H.JUSTIFY }[s.align];
    return {
      [A.FONT_FAMILY]: this.model.font,
      [A.FOREGROUND_COLOR]: this.model.color,
      [A.FONT_SIZE]: s.size,
      [A.BOLD]: s.bold,
      [A.ITALIC]: s.italic,
      [A.UNDERLINE]: s.underline,
      [A.HORIZONTAL_ALIGNMENT]: align,
      [A.INDENT_FIRST_LINE]: s.indentFirstLine,
      [A.SPACING_BEFORE]: s.spaceBefore,
      [A.SPACING_AFTER]: s.spaceAfter,
      [A.LINE_SPACING]: s.lineSpacing,
    };
  }

  /** The paragraph's style in one call; runs styled otherwise get one call each. */
  private style(paragraph: Paragraph, block: ParagraphBlock): void {
    paragraph.setAttributes(this.attributes(paragraphStyleOf(block)));
    const first = block.runs[0];
    if (!first || block.runs.length < 2) return;
    const { A } = this;
    let text: GoogleAppsScript.Document.Text | null = null;
    let offset = 0;
    for (const run of block.runs) {
      const end = offset + run.text.length;
      if (run.text && !sameTextStyle(run, first)) {
        text ??= paragraph.editAsText();
        text.setAttributes(offset, end - 1, {
          [A.FONT_SIZE]: run.size,
          [A.BOLD]: run.bold,
          [A.ITALIC]: run.italic,
          [A.UNDERLINE]: run.underline,
        });
      }
      offset = end;
    }
  }

  private table(block: TableBlock): void {
    const { A } = this;
    const columns = block.columnWidths.length;
    const grid = block.rows.map((row) =>
      expandRow(row, columns).map((cell) => ({
        paragraphs: compactParagraphs(cell.paragraphs),
        background: cell.background,
      })),
    );
    const table = this.body.appendTable(
      grid.map((row) =>
        row.map((cell) => (cell.paragraphs[0] ? paragraphText(cell.paragraphs[0]) : '')),
      ),
    );
    table.setAttributes({
      ...this.attributes(block.cellStyle),
      [A.BORDER_WIDTH]: block.borderWidth,
      [A.BORDER_COLOR]: this.model.color,
    });
    block.columnWidths.forEach((w, i) => table.setColumnWidth(i, w));
    const differs = (p: ParagraphBlock): boolean => {
      const s = paragraphStyleOf(p);
      return !sameParagraphStyle(s, block.cellStyle) || !sameTextStyle(s, block.cellStyle);
    };

    grid.forEach((row, r) => {
      const cells: (TableCell | null)[] = row.map(() => null);
      const cell = (c: number): TableCell => (cells[c] ??= table.getCell(r, c));
      // One style for the whole row when every written cell shares it.
      const firsts = row.map((c) => c.paragraphs[0]).filter((p): p is ParagraphBlock => !!p);
      const shared = firsts[0];
      const rowWide =
        shared !== undefined &&
        differs(shared) &&
        firsts.every(
          (p) =>
            sameParagraphStyle(paragraphStyleOf(p), paragraphStyleOf(shared)) &&
            sameTextStyle(paragraphStyleOf(p), paragraphStyleOf(shared)),
        );
      if (rowWide) table.getRow(r).setAttributes(this.attributes(paragraphStyleOf(shared)));
      row.forEach((content, c) => {
        const [first, ...more] = content.paragraphs;
        if (first && !rowWide && differs(first))
          cell(c).setAttributes(this.attributes(paragraphStyleOf(first)));
        if (content.background) cell(c).setBackgroundColor(content.background);
        for (const p of more) this.style(cell(c).appendParagraph(paragraphText(p)), p);
      });
    });
  }
}

const SPACER: ParagraphBlock = {
  kind: 'paragraph',
  runs: [{ text: '', size: 1, bold: false, italic: false, underline: false }],
  align: 'left',
  indentFirstLine: 0,
  spaceBefore: 0,
  spaceAfter: 0,
  lineSpacing: 1,
};
