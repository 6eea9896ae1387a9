/**
 * The only code that touches DocumentApp and the Docs advanced service: writes a document
 * model (src/core/export/model.ts) into a Google Doc with few calls, flat in the plan's size.
 * DocumentApp writes the text and styles (one appendTable per table holding all its texts,
 * attribute maps per table, row, cell or paragraph that differs); then ONE Docs.Documents.get
 * (limited by `fields`) finds the tables and ONE batchUpdate merges the band cells, sets the
 * column widths and, on a re-export, deletes the previous content — atomically, so a failure
 * at any step leaves the previous content as it was. No Drive call: the Doc stays where
 * DocumentApp.create puts it (DriveApp needs the full `drive` scope).
 */
import {
  compactParagraphs,
  expandRow,
  fingerprint,
  modelText,
  paragraphStyleOf,
  paragraphText,
  sameStyle,
  sameTextStyle,
  type DocModel,
  type ParagraphBlock,
  type ParagraphStyle,
  type TableBlock,
  type TextStyle,
} from '../core/export/model';
import {
  describeTemplate,
  type Described,
  type FillStep,
  type Merges,
} from '../core/export/custom';

type Doc = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type TableCell = GoogleAppsScript.Document.TableCell;
type Attributes = Record<string, unknown>;
type Style = ParagraphStyle & TextStyle;

export interface Written {
  id: string;
  url: string;
  /** Of the text written, kept to tell a later hand edit (model.ts fingerprint). */
  fingerprint: string;
}

/** The Docs advanced service when the manifest enables it (appsscript.json). */
function docsService(): GoogleAppsScript.Docs | null {
  return typeof Docs === 'undefined' ? null : (Docs ?? null);
}

export function createDocument(model: DocModel): Written {
  const doc = DocumentApp.create(model.name);
  write(doc, model, false);
  return written(doc, modelText(model));
}

/** What an export wrote: the Doc and the fingerprint of `text`. */
function written(doc: Doc, text: string): Written {
  return { id: doc.getId(), url: doc.getUrl(), fingerprint: fingerprint(text) };
}

/** The fingerprint of an existing Doc's text, to compare with the one kept at export. */
export function documentFingerprint(doc: Doc): string {
  return fingerprint(doc.getBody().getText());
}

/**
 * Rewrites an existing Doc: the new content is written after the old one and finished before
 * the old one is removed; when anything fails, what was added is taken out again.
 */
export function replaceDocument(doc: Doc, model: DocModel): Written {
  const before = doc.getBody().getNumChildren();
  try {
    doc.setName(model.name);
    write(doc, model, true, before);
  } catch (err) {
    discardAfter(doc.getId(), model, before);
    throw err;
  }
  return written(doc, modelText(model));
}

function write(doc: Doc, model: DocModel, replacing: boolean, before = 0): void {
  const docs = docsService();
  const body = doc.getBody();
  const tables = writeBlocks(model, body, !docs, replacing);
  if (!docs) {
    // Without the Docs service, the old elements go one by one (none of them is the last).
    for (let i = before - 1; i >= 0; i--) body.getChild(i).removeFromParent();
    return;
  }
  doc.saveAndClose(); // the Docs API sees DocumentApp's changes only once they are saved
  finishWithDocs(docs, doc.getId(), tables, replacing ? before : 0);
}

const FIELDS = 'body.content(startIndex,table(rows,columns))';

/** Merges, widths and the removal of the previous content, in one atomic batchUpdate. */
function finishWithDocs(
  docs: GoogleAppsScript.Docs,
  id: string,
  tables: readonly TableBlock[],
  before: number,
): void {
  const content = docs.Documents?.get(id, { fields: FIELDS }).body?.content ?? [];
  // content[0] is the section break; then one element per body child.
  const fresh = content.slice(1 + before);
  const starts = fresh.filter((e) => e.table).map((e) => e.startIndex ?? 0);
  // Typed loosely: @types/google-apps-script predates these request kinds.
  const requests: Record<string, unknown>[] = [];
  // Last table first: a merge changes the indices after it, never before.
  for (let k = tables.length - 1; k >= 0; k--) {
    const table = tables[k] as TableBlock;
    // A missing table gives index 0, which the API rejects: the batch fails as a whole.
    const tableStartLocation = { index: starts[k] ?? 0 };
    table.columnWidths.forEach((w, c) =>
      requests.push({
        updateTableColumnProperties: {
          tableStartLocation,
          columnIndices: [c],
          tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: w, unit: 'PT' } },
          fields: 'width,widthType',
        },
      }),
    );
    table.rows.forEach((row, r) => {
      // One shading request per row (the header's grey), not one call per cell.
      const shaded = row.cells.filter((x) => x.background);
      const colour = shaded[0]?.background;
      if (colour && shaded.length === row.cells.length)
        requests.push({
          updateTableCellStyle: {
            tableRange: cellRange(tableStartLocation.index, r, 0, table.columnWidths.length),
            tableCellStyle: { backgroundColor: { color: { rgbColor: rgb(colour) } } },
            fields: 'backgroundColor',
          },
        });
      let c = 0;
      for (const cell of row.cells) {
        const span = cell.colSpan ?? 1;
        if (span > 1) requests.push(merge(tableStartLocation.index, r, c, span));
        c += span;
      }
    });
  }
  const firstNew = fresh[0]?.startIndex;
  if (before > 0 && firstNew !== undefined)
    requests.push({ deleteContentRange: { range: { startIndex: 1, endIndex: firstNew } } });
  if (requests.length)
    docs.Documents?.batchUpdate(
      { requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
      id,
    );
}

/** `columnSpan` cells of one row, from [row, column], of the table starting at `index`. */
const cellRange = (index: number, rowIndex: number, columnIndex: number, columnSpan: number) => ({
  tableCellLocation: { tableStartLocation: { index }, rowIndex, columnIndex },
  rowSpan: 1,
  columnSpan,
});

const merge = (...at: Parameters<typeof cellRange>) => ({
  mergeTableCells: { tableRange: cellRange(...at) },
});

/** The start index of every table in the Doc's body, in order. */
const tableStarts = (docs: GoogleAppsScript.Docs, id: string): number[] =>
  (docs.Documents?.get(id, { fields: FIELDS }).body?.content ?? [])
    .filter((e) => e.table)
    .map((e) => e.startIndex ?? 0);

/** `#d9d9d9` → the API's 0–1 channels. */
function rgb(hex: string): Record<string, number> {
  const channel = (i: number): number => parseInt(hex.slice(i, i + 2), 16) / 255;
  return { red: channel(1), green: channel(3), blue: channel(5) };
}

/** Takes out what a failed re-export added, leaving the previous content as it was. */
function discardAfter(id: string, model: DocModel, before: number): void {
  const body = DocumentApp.openById(id).getBody();
  const count = body.getNumChildren();
  if (count <= before) return;
  // The document's last paragraph cannot be removed: the added last one stays, in place of
  // the previous (empty, spacer) last paragraph.
  for (let i = count - 2; i >= before; i--) body.getChild(i).removeFromParent();
  body.getChild(before - 1).removeFromParent();
  body
    .getChild(before - 1)
    .asParagraph()
    .setAttributes(spacerAttributes(model));
}

/** A 1-pt line with no spacing: the paragraph Docs keeps before and after a table. */
function spacerAttributes(model: DocModel): Attributes {
  const A = DocumentApp.Attribute;
  return {
    ...modelFont(model),
    [A.FONT_SIZE]: 1,
    [A.SPACING_BEFORE]: 0,
    [A.SPACING_AFTER]: 0,
    [A.LINE_SPACING]: 1,
    [A.INDENT_FIRST_LINE]: 0,
  };
}

/** The model's font and colour, set on every styled element. */
function modelFont(model: DocModel): Attributes {
  const A = DocumentApp.Attribute;
  return { [A.FONT_FAMILY]: model.font, [A.FOREGROUND_COLOR]: model.color };
}

/** A run's size and emphasis. */
function textAttributes(s: TextStyle): Attributes {
  const A = DocumentApp.Attribute;
  return {
    [A.FONT_SIZE]: s.size,
    [A.BOLD]: s.bold,
    [A.ITALIC]: s.italic,
    [A.UNDERLINE]: s.underline,
  };
}

/**
 * Without the Docs service cells cannot be merged: a full-width row becomes a one-cell table
 * of the same total width between the parts of the table.
 */
function fallbackPieces(block: TableBlock): TableBlock[] {
  const n = block.columnWidths.length;
  const full = (r: TableBlock['rows'][number]): boolean =>
    r.cells.length === 1 && (r.cells[0]?.colSpan ?? 1) >= n && n > 1;
  if (!block.rows.some(full)) return [block];
  const total = Math.round(block.columnWidths.reduce((a, b) => a + b, 0) * 100) / 100;
  const pieces: TableBlock[] = [];
  for (const row of block.rows) {
    const last = pieces[pieces.length - 1];
    if (full(row)) {
      const cell = { ...(row.cells[0] as TableBlock['rows'][number]['cells'][number]), colSpan: 1 };
      pieces.push({ ...block, columnWidths: [total], rows: [{ ...row, cells: [cell] }] });
    } else if (last && last.columnWidths.length === n) last.rows.push(row);
    else pieces.push({ ...block, rows: [row] });
  }
  return pieces;
}

/**
 * Writes the model's blocks into `body`; returns the tables appended, in order (what the Docs
 * request addresses).
 */
function writeBlocks(
  model: DocModel,
  body: Body,
  fallback: boolean,
  replacing: boolean,
): TableBlock[] {
  const A = DocumentApp.Attribute;
  const H = DocumentApp.HorizontalAlignment;
  const tables: TableBlock[] = [];
  /** The empty paragraph Docs keeps after a table (or a new body's first one), not yet used. */
  let pending: Paragraph | null = null;

  /** An unused empty paragraph stays as a 1-pt line, never an unstyled empty line. */
  const spacer = (): void => {
    pending?.setAttributes(spacerAttributes(model));
    pending = null;
  };

  const attributes = (s: Style): Attributes => ({
    ...modelFont(model),
    ...textAttributes(s),
    [A.HORIZONTAL_ALIGNMENT]: {
      left: H.LEFT,
      center: H.CENTER,
      right: H.RIGHT,
      justify: H.JUSTIFY,
    }[s.align],
    [A.INDENT_FIRST_LINE]: s.indentFirstLine,
    [A.SPACING_BEFORE]: s.spaceBefore,
    [A.SPACING_AFTER]: s.spaceAfter,
    [A.LINE_SPACING]: s.lineSpacing,
  });

  /** The paragraph's style in one call; runs styled otherwise get one call each. */
  const style = (paragraph: Paragraph, block: ParagraphBlock): void => {
    paragraph.setAttributes(attributes(paragraphStyleOf(block)));
    const first = block.runs[0];
    if (!first || block.runs.length < 2) return;
    let text: GoogleAppsScript.Document.Text | null = null;
    let offset = 0;
    for (const run of block.runs) {
      const end = offset + run.text.length;
      if (run.text && !sameTextStyle(run, first)) {
        text ??= paragraph.editAsText();
        text.setAttributes(offset, end - 1, textAttributes(run));
      }
      offset = end;
    }
  };

  const addTable = (block: TableBlock): void => {
    spacer();
    tables.push(block);
    const columns = block.columnWidths.length;
    const grid = block.rows.map((row) =>
      expandRow(row, columns).map((cell) => ({
        paragraphs: compactParagraphs(cell.paragraphs),
        background: cell.background,
      })),
    );
    const table = body.appendTable(
      grid.map((row) =>
        row.map((cell) => (cell.paragraphs[0] ? paragraphText(cell.paragraphs[0]) : '')),
      ),
    );
    table.setAttributes({
      ...attributes(block.cellStyle),
      [A.BORDER_WIDTH]: block.borderWidth,
      [A.BORDER_COLOR]: model.color,
    });
    if (fallback) block.columnWidths.forEach((w, i) => table.setColumnWidth(i, w));
    // Docs adds an empty paragraph after every table: https://developers.google.com/apps-script/reference/document/body#appendTable(String[][])
    pending = table.getNextSibling().asParagraph();
    const differs = (p: ParagraphBlock): boolean => {
      return !sameStyle(paragraphStyleOf(p), block.cellStyle);
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
        firsts.every((p) => sameStyle(paragraphStyleOf(p), paragraphStyleOf(shared)));
      if (rowWide) table.getRow(r).setAttributes(attributes(paragraphStyleOf(shared)));
      row.forEach((content, c) => {
        const [first, ...more] = content.paragraphs;
        if (first && !rowWide && differs(first))
          cell(c).setAttributes(attributes(paragraphStyleOf(first)));
        if (content.background && fallback) cell(c).setBackgroundColor(content.background);
        for (const p of more) style(cell(c).appendParagraph(paragraphText(p)), p);
      });
    });
  };

  const { width, height, margins: m } = model.page;
  setPage(body, [width, height, m.top, m.bottom, m.left, m.right]);
  // A new body holds one empty paragraph; a re-export starts with its own after the old content.
  pending = replacing ? body.appendParagraph('') : (body.getParagraphs()[0] ?? null);
  for (const block of model.blocks) {
    if (block.kind === 'table') {
      for (const piece of fallback ? fallbackPieces(block) : [block]) addTable(piece);
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
    style(paragraph, block);
  }
  spacer();
  return tables;
}

// ---------------------------------------------------------------------------------------------
// The school's own template (src/core/export/custom.ts plans the fill). ONE Docs.Documents.get
// reads its texts (an unreadable link fails here, before anything is written); DocumentApp
// copies its elements (keeping their fonts and styles) and sets the filled texts as plain
// text. No Drive scope: the template is opened by id, never copied as a file.

const TEMPLATE_FIELDS =
  'body.content(sectionBreak,paragraph.elements.textRun.content,table.tableRows.tableCells(tableCellStyle.columnSpan,content.paragraph.elements.textRun.content))';

/** The template as custom.ts reads it; null when it is not a readable Google Doc. */
export function readTemplate(id: string): [Described[], Merges] | null {
  try {
    const content = docsService()?.Documents?.get(id, { fields: TEMPLATE_FIELDS }).body?.content;
    return content ? describeTemplate(content) : null;
  } catch {
    return null;
  }
}

const PAGE = [
  'PageWidth',
  'PageHeight',
  'MarginTop',
  'MarginBottom',
  'MarginLeft',
  'MarginRight',
] as const;

/** Page size and margins (pt), in PAGE's order. */
function setPage(body: Body, values: readonly number[]): void {
  PAGE.forEach((k, i) => body[`set${k}`](values[i] as number));
}

/** Styles read from a template paragraph or table that DocumentApp sets back. */
const KEPT =
  'FONT_FAMILY FONT_SIZE BOLD ITALIC UNDERLINE FOREGROUND_COLOR HORIZONTAL_ALIGNMENT INDENT_FIRST_LINE SPACING_BEFORE SPACING_AFTER LINE_SPACING BORDER_WIDTH BORDER_COLOR'.split(
    ' ',
  );
const kept = (a: Attributes): Attributes =>
  Object.fromEntries(KEPT.filter((k) => a[k] != null).map((k) => [k, a[k]]));

/** Fills the template into `target` (cleared first) or a new Doc named `name`. */
export function writeTemplate(
  target: Doc | null,
  name: string,
  templateId: string,
  steps: readonly FillStep[],
): Written {
  const doc = target ?? DocumentApp.create(name);
  const body = doc.getBody();
  if (target) {
    doc.setName(name);
    body.clear();
  }
  const source = DocumentApp.openById(templateId).getBody();
  const page = source.getAttributes() as Record<string, number>;
  // PageWidth → PAGE_WIDTH, the Attribute of the same setting.
  setPage(
    body,
    PAGE.map((k) => page[k.replace(/\B([A-Z])/g, '_$1').toUpperCase()] as number),
  );
  const first = body.getChild(0);
  // Docs adds an empty paragraph after every appended table; the template has its own.
  let after: GoogleAppsScript.Document.Element | null = null;
  for (const step of steps) {
    const el = source.getChild(step.from);
    const extra = after;
    after = null;
    if ('texts' in step) {
      const item = el.getType() === DocumentApp.ElementType.LIST_ITEM;
      for (const text of step.texts) {
        const p = item
          ? body.appendListItem(el.asListItem().copy())
          : body.appendParagraph(el.asParagraph().copy());
        if (text !== null) p.setText(text);
      }
    } else {
      const table =
        'edits' in step
          ? body.appendTable(el.asTable().copy())
          : itemTable(body, el.asTable(), step.item, step.rows);
      if ('edits' in step)
        for (const [r, c, k, text] of step.edits)
          table.getCell(r, c).getChild(k).asParagraph().setText(text);
      after = table.getNextSibling();
    }
    extra?.removeFromParent();
  }
  first.removeFromParent();
  const text = body.getText();
  // appendTable cannot merge: the rows repeated from merged template rows are merged after.
  const tables = steps.filter((s) => !('texts' in s));
  if (tables.some((t) => 'merges' in t && t.merges.length)) {
    const docs = docsService() as GoogleAppsScript.Docs;
    doc.saveAndClose(); // the Docs API sees DocumentApp's changes only once they are saved
    const starts = tableStarts(docs, doc.getId());
    const requests = tables.flatMap((t, k) =>
      'merges' in t ? t.merges.map(([r, c, span]) => merge(starts[k] ?? 0, r, c, span)) : [],
    );
    // Last table first: a merge changes the indices after it, never before.
    docs.Documents?.batchUpdate(
      { requests: requests.reverse() } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
      doc.getId(),
    );
  }
  return written(doc, text);
}

/** The item table in one appendTable, styled row kind by row kind like the template's rows. */
function itemTable(
  body: Body,
  source: GoogleAppsScript.Document.Table,
  itemLike: number,
  rows: readonly { like: number; cells: string[] }[],
): GoogleAppsScript.Document.Table {
  const table = body.appendTable(rows.map((r) => r.cells));
  const styles = new Map<number, [Attributes, string | null]>();
  const styleOf = (like: number): [Attributes, string | null] => {
    let s = styles.get(like);
    if (!s) {
      const cell = source.getCell(like, 0);
      s = [
        kept(cell.getChild(0).asParagraph().getAttributes() as Attributes),
        cell.getBackgroundColor(),
      ];
      styles.set(like, s);
    }
    return s;
  };
  // The item rows' style for the whole table; the other kinds of rows on top.
  table.setAttributes({ ...kept(source.getAttributes() as Attributes), ...styleOf(itemLike)[0] });
  const columns = rows[0]?.cells.length ?? 0;
  for (let c = 0; c < columns; c++) {
    const w = source.getColumnWidth(c);
    if (w) table.setColumnWidth(c, w);
  }
  rows.forEach((row, i) => {
    if (row.like === itemLike) return;
    const [attributes, background] = styleOf(row.like);
    table.getRow(i).setAttributes(attributes);
    if (background)
      for (let c = 0; c < columns; c++) table.getCell(i, c).setBackgroundColor(background);
  });
  return table;
}
