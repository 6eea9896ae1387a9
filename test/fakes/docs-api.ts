/**
 * The Docs advanced service (`Docs.Documents.get` / `batchUpdate`, Docs API v1) over the same
 * documents as the DocumentApp fake (document.ts), counted under the 'Docs' family. Strict:
 * only the request kinds the add-on sends exist, each checked as the API documents it, and
 * a batch is atomic.
 */
import {
  ParagraphNode,
  type BodyNode,
  type CellNode,
  type TableNode,
  type DocumentModel,
  type DocumentWorld,
} from './document';
import type { DocTree } from '../../src/core/import/doc-tree';
import { docsApiDocument } from './docs-api-document';
import { FakeObject, checkArgs, fail, isInteger, isPlainObject } from './strict';

const FAMILY = 'Docs';

interface Located {
  node: ParagraphNode | TableNode;
  start: number;
  end: number;
}

/**
 * Indices as the API counts them: the body opens with a section break [0, 1); a paragraph
 * spans its text and its newline; a table spans one index for itself, one per row and one
 * per cell around the cells' paragraphs, and one to close.
 * https://developers.google.com/workspace/docs/api/concepts/structure#start_and_end_index
 */
function locate(body: BodyNode): Located[] {
  let at = 1;
  return body.children.map((node) => {
    const start = at;
    if (node.kind === 'PARAGRAPH') at += node.text.length + 1;
    else {
      at += 1;
      for (const row of node.rows) {
        at += 1;
        for (const cell of row.cells) {
          at += 1;
          for (const p of cell.children) at += p.text.length + 1;
        }
      }
      at += 1;
    }
    return { node, start, end: at };
  });
}

// Invalid requests fail the whole call: https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/batchUpdate
function invalid(k: number, kind: string, why: string): never {
  fail(
    `API call to docs.documents.batchUpdate failed with error: Invalid requests[${k}].${kind}: ${why}`,
  );
}

export interface DocsApiState {
  /** The `fields` of every documents.get, in order. */
  gets: (string | undefined)[];
  /** Every batchUpdate's requests, in order. */
  batches: Record<string, unknown>[][];
  /**
   * Adds a Google Doc (an imported Word plan) that documents.get returns whole, as the API
   * reports it (docs-api-document.ts). Returns its id.
   */
  addDoc(tree: DocTree, title?: string): string;
  /** Adds a Doc given as the Document resource documents.get returns (written by hand). */
  addResource(doc: GoogleAppsScript.Docs.Schema.Document): string;
}

/** The Docs built by addDoc, by id: read whole by documents.get, never edited. */
type Resources = Map<string, GoogleAppsScript.Docs.Schema.Document>;

export class FakeDocs extends FakeObject {
  readonly Documents: FakeDocsDocuments;

  constructor(world: DocumentWorld, state: DocsApiState, resources: Resources) {
    super(world.rt, 'Docs', FAMILY);
    this.Documents = new FakeDocsDocuments(world, state, resources);
  }
}

export class FakeDocsDocuments
  extends FakeObject
  implements Pick<GoogleAppsScript.Docs.Collection.DocumentsCollection, 'get' | 'batchUpdate'>
{
  constructor(
    private readonly world: DocumentWorld,
    private readonly state: DocsApiState,
    private readonly resources: Resources,
  ) {
    super(world.rt, 'Docs.Documents', FAMILY);
  }

  private _doc(method: string, id: unknown): DocumentModel {
    checkArgs(method, [id], typeof id === 'string');
    const model = this.world.docs.get(id as string);
    if (!model || model.deleted)
      fail(`API call to docs.${method} failed with error: Requested entity was not found.`);
    return model;
  }

  /** Only the structure the add-on asks for: element indices and table sizes. */
  get(documentId: string, optionalArgs?: object): GoogleAppsScript.Docs.Schema.Document {
    const fields = (optionalArgs as { fields?: unknown } | undefined)?.fields;
    checkArgs(
      'Docs.Documents.get',
      [documentId, optionalArgs],
      typeof documentId === 'string' && (fields === undefined || typeof fields === 'string'),
    );
    const resource = this.resources.get(documentId);
    if (resource) {
      // Without `fields` the whole Document resource comes back (a mask is not modelled here):
      // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/get
      if (fields !== undefined) fail('Fake Docs: documents.get of an added Doc takes no fields.');
      this.state.gets.push(undefined);
      return structuredClone(resource);
    }
    const model = this._doc('documents.get', documentId);
    this.state.gets.push(fields as string | undefined);
    if (fields === undefined) return fullResource(documentId, model);
    // With `textRun` in the fields, the texts too: a paragraph's runs end with its newline,
    // a table holds rows of cells of paragraphs.
    // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#StructuralElement
    const texts = typeof fields === 'string' && fields.includes('textRun');
    // A merge's head cell carries its (read-only) columnSpan; the cells it covers stay listed.
    // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#TableCellStyle
    const spans = typeof fields === 'string' && fields.includes('columnSpan');
    const paragraph = (p: ParagraphNode) =>
      texts ? { elements: [{ textRun: { content: `${p.text}\n` } }] } : {};
    const content = locate(model.body).map(({ node, start, end }) =>
      node.kind === 'PARAGRAPH'
        ? { startIndex: start, endIndex: end, paragraph: paragraph(node) }
        : {
            startIndex: start,
            endIndex: end,
            table: {
              rows: node.rows.length,
              columns: node.rows[0]?.cells.length ?? 0,
              ...(texts && {
                tableRows: node.rows.map((r) => ({
                  tableCells: r.cells.map((c) => ({
                    ...(spans && { tableCellStyle: { columnSpan: Math.max(1, c.colSpan) } }),
                    content: c.children.map((p) => ({ paragraph: paragraph(p) })),
                  })),
                })),
              }),
            },
          },
    );
    return { documentId, body: { content: [{ endIndex: 1, sectionBreak: {} }, ...content] } };
  }

  // The resource comes first: https://developers.google.com/apps-script/advanced/docs
  batchUpdate(
    resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
    documentId: string,
  ): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
    const model = this._doc('documents.batchUpdate', documentId);
    const requests = (resource as { requests?: unknown }).requests;
    checkArgs(
      'Docs.Documents.batchUpdate',
      [resource, documentId],
      Array.isArray(requests) && requests.length > 0 && requests.every(isPlainObject),
    );
    const list = requests as Record<string, unknown>[];
    this.state.batches.push(list);
    const undo = snapshot(model.body);
    try {
      list.forEach((request, k) => apply(model.body, request, k));
    } catch (err) {
      undo();
      throw err;
    }
    return { documentId, replies: list.map(() => ({})) };
  }
}

// ---------------------------------------------------------------------------------------------
// The whole resource (no `fields`): texts, and the styles DocumentApp set, as the API names them.
// Only properties set explicitly appear (inherited ones are left out), as in
// https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#textstyle

type Attrs = ReadonlyMap<string, unknown>;
const pt = (magnitude: unknown) => ({ magnitude: magnitude as number, unit: 'PT' });
const rgb = (hex: string) => ({
  color: {
    rgbColor: {
      red: parseInt(hex.slice(1, 3), 16) / 255,
      green: parseInt(hex.slice(3, 5), 16) / 255,
      blue: parseInt(hex.slice(5, 7), 16) / 255,
    },
  },
});
// ParagraphStyle.alignment: https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#alignment
const ALIGNMENT: Record<string, string> = {
  LEFT: 'START',
  CENTER: 'CENTER',
  RIGHT: 'END',
  JUSTIFY: 'JUSTIFIED',
};

function textStyle(a: Attrs): GoogleAppsScript.Docs.Schema.TextStyle {
  const out: Record<string, unknown> = {};
  for (const k of ['BOLD', 'ITALIC', 'UNDERLINE'] as const)
    if (a.has(k)) out[k.toLowerCase()] = a.get(k);
  if (a.has('FONT_SIZE')) out.fontSize = pt(a.get('FONT_SIZE'));
  if (a.has('FONT_FAMILY'))
    out.weightedFontFamily = { fontFamily: a.get('FONT_FAMILY'), weight: 400 };
  if (a.has('FOREGROUND_COLOR')) out.foregroundColor = rgb(a.get('FOREGROUND_COLOR') as string);
  return out;
}

function paragraphResource(p: ParagraphNode): GoogleAppsScript.Docs.Schema.Paragraph {
  if (p.glyph !== null) fail('Fake Docs: list items of a DocumentApp Doc are not modelled.');
  // One run per stretch of equal character styles; each paragraph ends with its newline.
  const key = (i: number): string =>
    JSON.stringify([...(p.chars[i] ?? new Map())].sort(([a], [b]) => a.localeCompare(b)));
  const runs: { content: string; textStyle: object }[] = [];
  let from = 0;
  for (let i = 1; i <= p.text.length; i++) {
    if (i < p.text.length && key(i) === key(from)) continue;
    const own = new Map([...p.attrs, ...(p.chars[from] ?? new Map())]);
    runs.push({ content: p.text.slice(from, i), textStyle: textStyle(own) });
    from = i;
  }
  const last = runs[runs.length - 1];
  if (last) last.content += '\n';
  else runs.push({ content: '\n', textStyle: textStyle(p.attrs) });
  // lineSpacing: a percentage, 100 = single; the others in points:
  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#paragraphstyle
  const a = p.attrs;
  const style: Record<string, unknown> = { namedStyleType: 'NORMAL_TEXT' };
  if (a.has('HORIZONTAL_ALIGNMENT'))
    style.alignment = ALIGNMENT[a.get('HORIZONTAL_ALIGNMENT') as string];
  if (a.has('INDENT_FIRST_LINE')) style.indentFirstLine = pt(a.get('INDENT_FIRST_LINE'));
  if (a.has('SPACING_BEFORE')) style.spaceAbove = pt(a.get('SPACING_BEFORE'));
  if (a.has('SPACING_AFTER')) style.spaceBelow = pt(a.get('SPACING_AFTER'));
  if (a.has('LINE_SPACING')) style.lineSpacing = (a.get('LINE_SPACING') as number) * 100;
  return { elements: runs.map((textRun) => ({ textRun })), paragraphStyle: style };
}

function tableResource(t: TableNode): GoogleAppsScript.Docs.Schema.Table {
  const columns = t.rows[0]?.cells.length ?? 0;
  const border = t.attrs.has('BORDER_WIDTH')
    ? {
        width: pt(t.attrs.get('BORDER_WIDTH')),
        dashStyle: 'SOLID',
        color: rgb((t.attrs.get('BORDER_COLOR') as string | undefined) ?? '#000000'),
      }
    : null;
  return {
    rows: t.rows.length,
    columns,
    // A width set on a column is FIXED_WIDTH; the others share the rest:
    // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#widthtype
    tableStyle: {
      tableColumnProperties: Array.from({ length: columns }, (_, c) =>
        t.columnWidths.has(c)
          ? { widthType: 'FIXED_WIDTH', width: pt(t.columnWidths.get(c)) }
          : { widthType: 'EVENLY_DISTRIBUTED' },
      ),
    },
    tableRows: t.rows.map((r) => ({
      tableCells: r.cells.map((c) => ({
        // A merged head carries its span; a cell merged over stays, empty, with spans of 1
        // (as docs-api-document.ts models it). Every cell holds at least one paragraph.
        content: (c.children.length ? c.children : [new ParagraphNode('')]).map((p) => ({
          paragraph: paragraphResource(p),
        })),
        tableCellStyle: {
          rowSpan: c.rowSpan === 1 ? 1 : fail('Fake Docs: row spans are not modelled.'),
          columnSpan: Math.max(1, c.colSpan),
          ...(c.attrs.has('BACKGROUND_COLOR') && {
            backgroundColor: rgb(c.attrs.get('BACKGROUND_COLOR') as string),
          }),
          ...(border && {
            borderTop: border,
            borderBottom: border,
            borderLeft: border,
            borderRight: border,
          }),
        },
      })),
    })),
  };
}

/** documents.get without `fields`: the whole Document, page set-up included. */
function fullResource(
  documentId: string,
  model: DocumentModel,
): GoogleAppsScript.Docs.Schema.Document {
  const page = model.body.page;
  // DocumentStyle: https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#documentstyle
  return {
    documentId,
    title: model.name,
    documentStyle: {
      pageSize: { width: pt(page.PAGE_WIDTH), height: pt(page.PAGE_HEIGHT) },
      marginTop: pt(page.MARGIN_TOP),
      marginBottom: pt(page.MARGIN_BOTTOM),
      marginLeft: pt(page.MARGIN_LEFT),
      marginRight: pt(page.MARGIN_RIGHT),
    },
    body: {
      content: [
        { endIndex: 1, sectionBreak: {} },
        ...locate(model.body).map(({ node, start, end }) => ({
          startIndex: start,
          endIndex: end,
          ...(node.kind === 'PARAGRAPH'
            ? { paragraph: paragraphResource(node) }
            : { table: tableResource(node) }),
        })),
      ],
    },
  };
}

function tableAt(body: BodyNode, index: unknown, k: number, kind: string): TableNode {
  const found = locate(body).find((l) => l.start === index && l.node.kind === 'TABLE');
  if (!found) invalid(k, kind, `no table starts at index ${String(index)}.`);
  return found.node as TableNode;
}

function apply(body: BodyNode, request: Record<string, unknown>, k: number): void {
  const kinds = Object.keys(request);
  const kind = kinds[0] ?? '';
  if (kinds.length !== 1 || !isPlainObject(request[kind]))
    invalid(k, kind, 'one request kind per request.');
  // The request as JSON: each field is checked below before use.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const r = request[kind] as any;
  switch (kind) {
    // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#UpdateTableColumnPropertiesRequest
    case 'updateTableColumnProperties': {
      const table = tableAt(body, r.tableStartLocation?.index, k, kind);
      const columns = table.rows[0]?.cells.length ?? 0;
      const indices: unknown[] = r.columnIndices ?? [];
      const props = r.tableColumnProperties ?? {};
      if (typeof r.fields !== 'string' || !r.fields.includes('width'))
        invalid(k, kind, 'fields must name width.');
      if (!indices.every((c) => isInteger(c) && c >= 0 && c < columns))
        invalid(k, kind, 'column index out of range.');
      if (props.widthType !== 'FIXED_WIDTH' || props.width?.unit !== 'PT')
        invalid(k, kind, 'FIXED_WIDTH in PT expected.');
      const w = props.width.magnitude;
      if (typeof w !== 'number' || !(w >= 5)) invalid(k, kind, 'width must be at least 5 points.');
      for (const c of indices.length ? (indices as number[]) : [...Array(columns).keys()])
        table.columnWidths.set(c, w);
      return;
    }
    // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#MergeTableCellsRequest
    case 'mergeTableCells': {
      const range = r.tableRange ?? {};
      const loc = range.tableCellLocation ?? {};
      const table = tableAt(body, loc.tableStartLocation?.index, k, kind);
      const { rowIndex: row0, columnIndex: col0 } = loc;
      const { rowSpan, columnSpan } = range;
      const ints = [row0, col0, rowSpan, columnSpan].every(isInteger);
      if (!ints || rowSpan < 1 || columnSpan < 1 || rowSpan * columnSpan < 2)
        invalid(k, kind, 'bad range.');
      const cells: CellNode[] = [];
      for (let i = row0; i < row0 + rowSpan; i++)
        for (let j = col0; j < col0 + columnSpan; j++) {
          const cell = table.rows[i]?.cells[j];
          // A range crossing another merge is not rectangular: 400.
          if (!cell || cell.colSpan !== 1) invalid(k, kind, 'the range is not rectangular.');
          cells.push(cell);
        }
      if (rowSpan !== 1) invalid(k, kind, 'row spans are not modelled.');
      const [head, ...rest] = cells as [CellNode, ...CellNode[]];
      // Text of the merged cells is joined into the head cell.
      for (const cell of rest) {
        const texts = cell.children.filter((p) => p.text !== '');
        for (const p of texts) {
          cell.children.splice(cell.children.indexOf(p), 1);
          p.parent = head;
          head.children.push(p);
        }
        cell.colSpan = 0;
      }
      head.colSpan = columnSpan;
      return;
    }
    // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#UpdateTableCellStyleRequest
    case 'updateTableCellStyle': {
      const range = r.tableRange ?? {};
      const loc = range.tableCellLocation ?? {};
      const table = tableAt(body, loc.tableStartLocation?.index, k, kind);
      const c = r.tableCellStyle?.backgroundColor?.color?.rgbColor;
      if (r.fields !== 'backgroundColor' || !c)
        invalid(k, kind, 'only backgroundColor is modelled.');
      const channels = [c.red, c.green, c.blue];
      if (!channels.every((v) => typeof v === 'number' && v >= 0 && v <= 1))
        invalid(k, kind, 'bad colour.');
      const hex = `#${channels
        .map((v: number) =>
          Math.round(v * 255)
            .toString(16)
            .padStart(2, '0'),
        )
        .join('')}`;
      for (let i = loc.rowIndex; i < loc.rowIndex + range.rowSpan; i++)
        for (let j = loc.columnIndex; j < loc.columnIndex + range.columnSpan; j++) {
          const cell = table.rows[i]?.cells[j];
          if (!cell) invalid(k, kind, 'the range is outside the table.');
          cell.attrs.set('BACKGROUND_COLOR', hex);
        }
      return;
    }
    // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#DeleteContentRangeRequest
    case 'deleteContentRange': {
      const { startIndex, endIndex } = r.range ?? {};
      const located = locate(body);
      const from = located.findIndex((l) => l.start === startIndex);
      const to = located.findIndex((l) => l.start === endIndex);
      if (from < 0 || to <= from)
        invalid(k, kind, 'fake: only ranges of whole body elements are modelled.');
      // "Deleting the newline character before a Table … without deleting the element."
      if (located[to]?.node.kind === 'TABLE' && located[to - 1]?.node.kind === 'PARAGRAPH')
        invalid(k, kind, 'the newline before a table cannot be deleted.');
      for (const l of located.slice(from, to)) l.node.parent = null;
      body.children.splice(from, to - from);
      return;
    }
    default:
      invalid(k, kind, 'fake: this request kind is not modelled.');
  }
}

/** Restores the body's structure as it was (the batch is atomic). */
function snapshot(body: BodyNode): () => void {
  const children = [...body.children];
  const tables = children.filter((c): c is TableNode => c.kind === 'TABLE');
  const saved = tables.map((t) => ({
    t,
    widths: new Map(t.columnWidths),
    cells: t.rows.flatMap((row) =>
      row.cells.map((c) => ({
        c,
        span: c.colSpan,
        kids: [...c.children],
        attrs: new Map(c.attrs),
      })),
    ),
  }));
  return () => {
    body.children = children;
    for (const c of children) c.parent = body;
    for (const { t, widths, cells } of saved) {
      t.columnWidths.clear();
      for (const [i, w] of widths) t.columnWidths.set(i, w);
      for (const { c, span, kids, attrs } of cells) {
        c.colSpan = span;
        c.attrs.clear();
        for (const [key, v] of attrs) c.attrs.set(key, v);
        c.children.splice(0, c.children.length, ...kids);
        for (const p of kids) p.parent = c;
      }
    }
  };
}

export function createDocsApi(world: DocumentWorld): { docs: FakeDocs; state: DocsApiState } {
  const resources: Resources = new Map();
  const state: DocsApiState = {
    gets: [],
    batches: [],
    addDoc(tree, title = 'Kế hoạch') {
      const id = world.nextId();
      const doc = docsApiDocument(tree, id, title);
      resources.set(id, doc);
      return id;
    },
    addResource(doc) {
      const id = world.nextId();
      resources.set(id, { ...doc, documentId: id });
      return id;
    },
  };
  return { docs: new FakeDocs(world, state, resources), state };
}
