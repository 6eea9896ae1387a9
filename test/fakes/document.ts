/**
 * DocumentApp (documents made of paragraphs and tables, styled by attributes) and DriveApp
 * (the files' folders, behind a scope switch). Counted under the 'Document' and 'Drive'
 * families. Only the members the add-on calls exist; any other member throws (strict.ts).
 */
import {
  FakeEnum,
  FakeObject,
  Runtime,
  asApi,
  checkArgs,
  enumValue,
  fail,
  isInteger,
} from './strict';

type Doc = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;
type TableCell = GoogleAppsScript.Document.TableCell;
type Text = GoogleAppsScript.Document.Text;
type DriveFile = GoogleAppsScript.Drive.File;
type DriveFolder = GoogleAppsScript.Drive.Folder;
type FolderIterator = GoogleAppsScript.Drive.FolderIterator;

import type { DocParagraph, DocTree } from '../../src/core/import/doc-tree';

const FAMILY = 'Document';
const DRIVE_FAMILY = 'Drive';

// ---------------------------------------------------------------------------------------------
// Attributes (https://developers.google.com/apps-script/reference/document/attribute), those the
// add-on sets. Text ones style characters, paragraph ones whole paragraphs; table ones stay on
// the table.

const TEXT_ATTRS = new Set(
  'BOLD ITALIC UNDERLINE FONT_FAMILY FONT_SIZE FOREGROUND_COLOR'.split(' '),
);
const PARAGRAPH_ATTRS = new Set(
  'HORIZONTAL_ALIGNMENT INDENT_FIRST_LINE SPACING_BEFORE SPACING_AFTER LINE_SPACING'.split(' '),
);
const TABLE_ATTRS = new Set(['BORDER_WIDTH', 'BORDER_COLOR']);
const ATTRIBUTES = [...TEXT_ATTRS, ...PARAGRAPH_ATTRS, ...TABLE_ATTRS];
// Read by Body.getAttributes (https://developers.google.com/apps-script/reference/document/body#getattributes),
// set through the page setters only.
const PAGE_ATTRS = 'PAGE_WIDTH PAGE_HEIGHT MARGIN_TOP MARGIN_BOTTOM MARGIN_LEFT MARGIN_RIGHT'.split(
  ' ',
);
// https://developers.google.com/apps-script/reference/document/element-type
const ELEMENT_TYPES = [
  'BODY_SECTION',
  'PARAGRAPH',
  'TABLE',
  'TABLE_ROW',
  'TABLE_CELL',
  'LIST_ITEM',
];
const HORIZONTAL_ALIGNMENTS = ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'];
const BOOLEAN = new Set(['BOLD', 'ITALIC', 'UNDERLINE']);
const COLOR = new Set(['FOREGROUND_COLOR', 'BORDER_COLOR', 'BACKGROUND_COLOR']);

type Attrs = Map<string, unknown>;

/** Checks one attribute value the way Docs would reject it. */
function checkValue(name: string, value: unknown): void {
  if (value === null) return;
  const ok = BOOLEAN.has(name)
    ? typeof value === 'boolean'
    : COLOR.has(name)
      ? typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value)
      : name === 'FONT_FAMILY'
        ? typeof value === 'string' && value !== ''
        : name === 'HORIZONTAL_ALIGNMENT'
          ? HORIZONTAL_ALIGNMENTS.includes(value as string)
          : name === 'FONT_SIZE'
            ? typeof value === 'number' && value >= 1 && value <= 400
            : typeof value === 'number' && Number.isFinite(value) && value >= 0;
  if (!ok) fail(`Invalid value ${JSON.stringify(value)} for attribute ${name}.`);
}

/** An attribute object as passed to setAttributes → checked entries. */
function readAttributes(method: string, attributes: unknown): [string, unknown][] {
  const ok = attributes !== null && typeof attributes === 'object' && !Array.isArray(attributes);
  checkArgs(method, [attributes], ok);
  const entries = Object.entries(attributes as Record<string, unknown>);
  for (const [name, value] of entries) {
    if (!ATTRIBUTES.includes(name) && name !== 'BACKGROUND_COLOR') {
      fail(`Fake Apps Script: attribute ${name} is not modelled (use DocumentApp.Attribute).`);
    }
    checkValue(name, value);
  }
  return entries;
}

// A null value removes the attribute: https://developers.google.com/apps-script/reference/document/paragraph#setattributesattributes
function setAll(target: Attrs, entries: readonly [string, unknown][]): void {
  for (const [k, v] of entries) {
    if (v === null) target.delete(k);
    else target.set(k, v);
  }
}

// ---------------------------------------------------------------------------------------------
// The model: plain data, no proxies, no call counting.

export class ParagraphNode {
  readonly kind = 'PARAGRAPH';
  parent: BodyNode | CellNode | null = null;
  readonly attrs: Attrs = new Map();
  /** Per-character text attributes set on ranges (Text.setAttributes(start, end, …)). */
  chars: (Attrs | undefined)[] = [];
  /** A list item's GlyphType name (BULLET, NUMBER, …), null for a plain paragraph (state.documents.addTree). */
  glyph: string | null = null;

  constructor(public text: string) {}
}

export class CellNode {
  readonly kind = 'TABLE_CELL';
  parent: RowNode | null = null;
  /** Set by the Docs API's mergeTableCells: 0 for a cell merged over (docs-api.ts). */
  colSpan = 1;
  /** Set by state.documents.addTree: 0 for a cell merged over from above. */
  rowSpan = 1;
  readonly children: ParagraphNode[] = [];
  readonly attrs: Attrs = new Map();
}

export class RowNode {
  readonly kind = 'TABLE_ROW';
  parent: TableNode | null = null;
  readonly cells: CellNode[] = [];
  readonly attrs: Attrs = new Map();
}

export class TableNode {
  readonly kind = 'TABLE';
  parent: BodyNode | null = null;
  readonly rows: RowNode[] = [];
  readonly attrs: Attrs = new Map();
  readonly columnWidths = new Map<number, number>();
}

export class BodyNode {
  readonly kind = 'BODY_SECTION';
  children: (ParagraphNode | TableNode)[] = [];
  // A new document is US Letter with 1-inch margins: https://developers.google.com/apps-script/reference/document/body#getpagewidth
  readonly page = {
    PAGE_WIDTH: 612,
    PAGE_HEIGHT: 792,
    MARGIN_TOP: 72,
    MARGIN_BOTTOM: 72,
    MARGIN_LEFT: 72,
    MARGIN_RIGHT: 72,
  };

  constructor() {
    this.reset();
  }

  // A new or cleared body holds one empty paragraph: https://developers.google.com/apps-script/reference/document/body#clear
  reset(): void {
    for (const c of this.children) c.parent = null;
    this.children = [adopt(this, new ParagraphNode(''))];
  }
}

type AnyNode = BodyNode | TableNode | RowNode | CellNode | ParagraphNode;

function adopt<T extends { parent: unknown }>(parent: T['parent'], node: T): T {
  node.parent = parent;
  return node;
}

/** True while a node is still part of a document (clear() detaches the old children). */
function attached(node: AnyNode): boolean {
  let n: AnyNode | null = node;
  while (n && n.kind !== 'BODY_SECTION') n = n.parent;
  return n !== null;
}

function paragraphsIn(node: AnyNode): ParagraphNode[] {
  switch (node.kind) {
    case 'PARAGRAPH':
      return [node];
    case 'TABLE_CELL':
      return node.children;
    case 'TABLE_ROW':
      return node.cells.flatMap(paragraphsIn);
    case 'TABLE':
      return node.rows.flatMap(paragraphsIn);
    case 'BODY_SECTION':
      return node.children.flatMap(paragraphsIn);
  }
}

// copy(): "a detached, deep copy of the current element":
// https://developers.google.com/apps-script/reference/document/paragraph#copy
function cloneParagraph(p: ParagraphNode): ParagraphNode {
  const out = new ParagraphNode(p.text);
  setAll(out.attrs, [...p.attrs]);
  out.chars = p.chars.map((c) => c && new Map(c));
  return out;
}

function cloneTable(t: TableNode): TableNode {
  const out = new TableNode();
  setAll(out.attrs, [...t.attrs]);
  for (const [c, w] of t.columnWidths) out.columnWidths.set(c, w);
  for (const r of t.rows) {
    const row = adopt(out, new RowNode());
    setAll(row.attrs, [...r.attrs]);
    for (const c of r.cells) {
      const cell = adopt(row, new CellNode());
      cell.colSpan = c.colSpan;
      cell.rowSpan = c.rowSpan;
      setAll(cell.attrs, [...c.attrs]);
      for (const p of c.children) cell.children.push(adopt(cell, cloneParagraph(p)));
      row.cells.push(cell);
    }
    out.rows.push(row);
  }
  return out;
}

/** An element passed to Body.append…: it must be detached (a copy()). */
function detached<T extends ParagraphNode | TableNode>(method: string, node: T): T {
  if (node.parent) fail(`${method}: Element must be detached.`);
  return node;
}

function textOf(node: AnyNode): string {
  return paragraphsIn(node)
    .map((p) => p.text)
    .join('\n');
}

export interface DocumentModel {
  id: string;
  name: string;
  body: BodyNode;
  /** Set by state.documents.remove(): openById fails from then on. */
  deleted: boolean;
  /** saveAndClose() calls, for tests of the order of DocumentApp and Docs API calls. */
  saves: number;
}

interface DriveFileModel {
  id: string;
  parents: string[];
  trashed: boolean;
}

export interface DocumentWorld {
  rt: Runtime;
  docs: Map<string, DocumentModel>;
  drive: { scope: boolean; files: Map<string, DriveFileModel> };
  nextId(): string;
}

// ---------------------------------------------------------------------------------------------
// DocumentApp

export class FakeDocumentApp
  extends FakeObject
  implements Pick<GoogleAppsScript.Document.DocumentApp, 'create' | 'openById'>
{
  readonly Attribute: FakeEnum;
  readonly HorizontalAlignment: FakeEnum;
  readonly ElementType: FakeEnum;

  constructor(private readonly world: DocumentWorld) {
    super(world.rt, 'DocumentApp', FAMILY);
    this.Attribute = new FakeEnum(world.rt, 'DocumentApp.Attribute', FAMILY, [
      ...ATTRIBUTES,
      ...PAGE_ATTRS,
    ]);
    this.ElementType = new FakeEnum(world.rt, 'DocumentApp.ElementType', FAMILY, ELEMENT_TYPES);
    this.HorizontalAlignment = new FakeEnum(
      world.rt,
      'DocumentApp.HorizontalAlignment',
      FAMILY,
      HORIZONTAL_ALIGNMENTS,
    );
  }

  // A new document lands in the root of My Drive: https://developers.google.com/apps-script/reference/document/document-app#createname
  create(name: string): Doc {
    checkArgs('DocumentApp.create', [name], typeof name === 'string' && name !== '');
    const id = this.world.nextId();
    const model: DocumentModel = { id, name, body: new BodyNode(), deleted: false, saves: 0 };
    this.world.docs.set(id, model);
    this.world.drive.files.set(id, { id, parents: [ROOT_FOLDER.id], trashed: false });
    return asApi(new FakeDocument(this.world, model));
  }

  // A deleted document throws; a trashed one still opens: https://developers.google.com/apps-script/reference/document/document-app#openbyidid
  openById(id: string): Doc {
    checkArgs('DocumentApp.openById', [id], typeof id === 'string');
    const model = this.world.docs.get(id);
    if (!model || model.deleted) {
      fail("Document is missing (perhaps it was deleted, or you don't have read access?)");
    }
    return asApi(new FakeDocument(this.world, model));
  }
}

export class FakeDocument
  extends FakeObject
  implements Pick<Doc, 'getBody' | 'getId' | 'setName' | 'getUrl' | 'saveAndClose'>
{
  // Flushes pending changes (the fake applies them at once): https://developers.google.com/apps-script/reference/document/document#saveAndClose()
  saveAndClose(): void {
    this.model.saves += 1;
  }

  constructor(
    world: DocumentWorld,
    private readonly model: DocumentModel,
  ) {
    super(world.rt, 'Document', FAMILY);
  }

  getBody(): Body {
    return asApi(new FakeBody(this._rt, this.model.body));
  }

  getId(): string {
    return this.model.id;
  }

  setName(name: string): Doc {
    checkArgs('Document.setName', [name], typeof name === 'string' && name !== '');
    this.model.name = name;
    return asApi(this);
  }

  getUrl(): string {
    return documentUrl(this.model.id);
  }
}

function documentUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/** Shared by every element: liveness and container-wide attributes. */
abstract class FakeElement<N extends AnyNode> extends FakeObject {
  constructor(
    rt: Runtime,
    service: string,
    private readonly node: N,
  ) {
    super(rt, service, FAMILY);
  }

  /** The node, attached or not (a copy() is detached until appended). */
  _node(): N {
    return this.node;
  }

  // The element's kind: https://developers.google.com/apps-script/reference/document/paragraph#gettype
  getType(): string {
    return this._n().kind;
  }

  /**
   * The element's own attributes; a text attribute some characters override reads null
   * (mixed): https://developers.google.com/apps-script/reference/document/paragraph#getattributes
   */
  getAttributes(): Record<string, unknown> {
    const node: AnyNode = this._n();
    if (node.kind === 'BODY_SECTION') return { ...node.page };
    const out: Record<string, unknown> = Object.fromEntries(node.attrs);
    if (node.kind === 'PARAGRAPH')
      for (const c of node.chars) for (const k of c?.keys() ?? []) out[k] = null;
    return out;
  }

  // Handles to elements removed by Body.clear() throw when used, as on Google.
  protected _n(): N {
    if (!attached(this.node)) fail(`${this._service}: this element is no longer in the document.`);
    return this.node;
  }

  /**
   * setAttributes on a container (table, row, cell) gives its text and paragraph attributes to
   * every paragraph inside it now (later paragraphs do not inherit); `own` stay on the element.
   * https://developers.google.com/apps-script/reference/document/table#setattributesattributes
   */
  protected _set<T>(method: string, attributes: unknown, own: ReadonlySet<string>): T {
    const node: AnyNode = this._n();
    const here: [string, unknown][] = [];
    const down: [string, unknown][] = [];
    for (const entry of readAttributes(method, attributes)) {
      const [name] = entry;
      if (own.has(name)) here.push(entry);
      else if (TEXT_ATTRS.has(name) || PARAGRAPH_ATTRS.has(name)) down.push(entry);
      else fail(`Fake Apps Script: attribute ${name} on ${this._service} is not modelled.`);
    }
    if (node.kind !== 'BODY_SECTION') {
      setAll(node.attrs, here);
      if (node.kind !== 'PARAGRAPH') setAll(node.attrs, down);
    }
    for (const p of paragraphsIn(node)) {
      setAll(p.attrs, down);
      for (const [k] of down) for (const c of p.chars) c?.delete(k);
    }
    return asApi<T>(this);
  }
}

const NONE = new Set<string>();
const CELL_ATTRS = new Set(['BACKGROUND_COLOR']);

export class FakeBody
  extends FakeElement<BodyNode>
  implements
    Pick<
      Body,
      | 'appendParagraph'
      | 'appendTable'
      | 'clear'
      | 'getParagraphs'
      | 'getNumChildren'
      | 'getChild'
      | 'getText'
      | 'setMarginTop'
      | 'setMarginBottom'
      | 'setMarginLeft'
      | 'setMarginRight'
      | 'setPageWidth'
      | 'setPageHeight'
    >
{
  constructor(rt: Runtime, node: BodyNode) {
    super(rt, 'Body', node);
  }

  // A text, or a detached Paragraph (copy()): https://developers.google.com/apps-script/reference/document/body#appendparagraphparagraph
  appendParagraph(text: unknown): Paragraph {
    const copy = text instanceof FakeParagraph;
    checkArgs('Body.appendParagraph', [text], copy || typeof text === 'string');
    const body = this._n();
    const node = adopt(
      body,
      copy ? detached('Body.appendParagraph', text._node()) : new ParagraphNode(text as string),
    );
    body.children.push(node);
    return asApi(new FakeParagraph(this._rt, node));
  }

  // One paragraph per cell from a rectangular array of strings: https://developers.google.com/apps-script/reference/document/body#appendtablecells
  // …or a detached Table (copy()): https://developers.google.com/apps-script/reference/document/body#appendtabletable
  appendTable(cells?: unknown): Table {
    const body = this._n();
    const node = adopt(
      body,
      cells instanceof FakeTable
        ? detached('Body.appendTable', cells._node())
        : tableFrom('Body.appendTable', cells),
    );
    // "This method will also append an empty paragraph after the table, since Google Docs
    // documents cannot end with a table": https://developers.google.com/apps-script/reference/document/body#appendTable(String[][])
    body.children.push(node, adopt(body, new ParagraphNode('')));
    return asApi(new FakeTable(this._rt, node));
  }

  clear(): Body {
    this._n().reset();
    return asApi(this);
  }

  getNumChildren(): number {
    return this._n().children.length;
  }

  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    const children = this._n().children;
    checkArgs('Body.getChild', [childIndex], isInteger(childIndex));
    const child = children[childIndex];
    if (!child)
      fail(
        `Child index (${childIndex}) must be less than the number of child elements (${children.length}).`,
      );
    return asApi(wrapChild(this._rt, child));
  }

  // Paragraphs (and cell paragraphs) joined by line breaks: https://developers.google.com/apps-script/reference/document/body#getText()
  getText(): string {
    return textOf(this._n());
  }

  getParagraphs(): Paragraph[] {
    return paragraphsIn(this._n()).map((p) => asApi<Paragraph>(new FakeParagraph(this._rt, p)));
  }

  private _page(method: string, key: keyof BodyNode['page'], value: unknown): Body {
    checkArgs(method, [value], typeof value === 'number' && Number.isFinite(value) && value >= 0);
    this._n().page[key] = value as number;
    return asApi(this);
  }

  setMarginTop(marginTop: number): Body {
    return this._page('Body.setMarginTop', 'MARGIN_TOP', marginTop);
  }

  setMarginBottom(marginBottom: number): Body {
    return this._page('Body.setMarginBottom', 'MARGIN_BOTTOM', marginBottom);
  }

  setMarginLeft(marginLeft: number): Body {
    return this._page('Body.setMarginLeft', 'MARGIN_LEFT', marginLeft);
  }

  setMarginRight(marginRight: number): Body {
    return this._page('Body.setMarginRight', 'MARGIN_RIGHT', marginRight);
  }

  setPageWidth(pageWidth: number): Body {
    return this._page('Body.setPageWidth', 'PAGE_WIDTH', pageWidth);
  }

  setPageHeight(pageHeight: number): Body {
    return this._page('Body.setPageHeight', 'PAGE_HEIGHT', pageHeight);
  }
}

function tableFrom(method: string, cells: unknown): TableNode {
  const rows = cells as unknown[];
  const ok =
    Array.isArray(rows) &&
    rows.length > 0 &&
    rows.every((r) => Array.isArray(r) && r.length > 0 && r.every((c) => typeof c === 'string'));
  checkArgs(method, [cells], ok);
  const width = (rows[0] as string[]).length;
  if (rows.some((r) => (r as string[]).length !== width)) {
    fail(`${method}: every row must have the same number of cells.`);
  }
  const table = new TableNode();
  for (const texts of rows as string[][]) {
    const row = adopt(table, new RowNode());
    for (const text of texts) {
      const cell = adopt(row, new CellNode());
      cell.children.push(adopt(cell, new ParagraphNode(text)));
      row.cells.push(cell);
    }
    table.rows.push(row);
  }
  return table;
}

function wrapChild(rt: Runtime, node: ParagraphNode | TableNode): FakeElement<AnyNode> {
  if (node.kind === 'TABLE') return new FakeTable(rt, node);
  return node.glyph === null ? new FakeParagraph(rt, node) : new FakeListItem(rt, node);
}

/** A paragraph of a list (only made by state.documents.addTree; read, never edited). */
export class FakeListItem
  extends FakeElement<ParagraphNode>
  implements Pick<GoogleAppsScript.Document.ListItem, 'getText' | 'asListItem'>
{
  constructor(rt: Runtime, node: ParagraphNode) {
    super(rt, 'ListItem', node);
  }

  // ElementType LIST_ITEM: https://developers.google.com/apps-script/reference/document/list-item#gettype
  override getType(): string {
    return 'LIST_ITEM';
  }

  asListItem(): GoogleAppsScript.Document.ListItem {
    return asApi(this);
  }

  // https://developers.google.com/apps-script/reference/document/list-item#gettext
  getText(): string {
    return this._n().text;
  }

  // BULLET, HOLLOW_BULLET, SQUARE_BULLET, NUMBER, LATIN_…, ROMAN_…: https://developers.google.com/apps-script/reference/document/glyph-type
  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    return enumValue(this._n().glyph ?? '');
  }
}

// The last paragraph of a section cannot go ("Can't remove the last paragraph in a document
// section"): https://issuetracker.google.com/issues/440465247 (third-party: gas-fakes#51).
function removeNode<T>(node: ParagraphNode | TableNode, handle: FakeObject): T {
  const parent = node.parent;
  if (parent?.kind === 'BODY_SECTION') {
    const last = parent.children[parent.children.length - 1];
    if (node === last) fail("Can't remove the last paragraph in a document section.");
    parent.children.splice(parent.children.indexOf(node), 1);
  } else if (parent) {
    fail('Fake Apps Script: removing a cell paragraph is not modelled.');
  }
  node.parent = null;
  return asApi<T>(handle);
}

export class FakeParagraph
  extends FakeElement<ParagraphNode>
  implements
    Pick<
      Paragraph,
      'setText' | 'getText' | 'setAttributes' | 'editAsText' | 'asParagraph' | 'removeFromParent'
    >
{
  // The paragraph's text, no trailing newline: https://developers.google.com/apps-script/reference/document/paragraph#gettext
  getText(): string {
    return this._n().text;
  }

  asParagraph(): Paragraph {
    return asApi(this);
  }

  copy(): Paragraph {
    return asApi(new FakeParagraph(this._rt, cloneParagraph(this._n())));
  }

  removeFromParent(): Paragraph {
    return removeNode<Paragraph>(this._n(), this);
  }

  constructor(rt: Runtime, node: ParagraphNode) {
    super(rt, 'Paragraph', node);
  }

  setText(text: string): Paragraph {
    checkArgs('Paragraph.setText', [text], typeof text === 'string');
    const node = this._n();
    node.text = text;
    node.chars = [];
    return asApi(this);
  }

  setAttributes(attributes: unknown): Paragraph {
    return this._set<Paragraph>('Paragraph.setAttributes', attributes, NONE);
  }

  editAsText(): Text {
    return asApi(new FakeText(this._rt, this._n()));
  }
}

export class FakeTable
  extends FakeElement<TableNode>
  implements
    Pick<
      Table,
      | 'getRow'
      | 'getNumRows'
      | 'getCell'
      | 'setColumnWidth'
      | 'setAttributes'
      | 'getNextSibling'
      | 'removeFromParent'
    >
{
  getNextSibling(): GoogleAppsScript.Document.Element {
    const node = this._n();
    const siblings = node.parent?.children ?? [];
    const next = siblings[siblings.indexOf(node) + 1];
    if (!next) fail('Fake Apps Script: a table without a next sibling (Docs always adds one).');
    return asApi(wrapChild(this._rt, next));
  }

  removeFromParent(): Table {
    return removeNode<Table>(this._n(), this);
  }

  asTable(): Table {
    return asApi(this);
  }

  copy(): Table {
    return asApi(new FakeTable(this._rt, cloneTable(this._n())));
  }

  // The width set on a column, null when never set: https://developers.google.com/apps-script/reference/document/table#getcolumnwidthcolumnindex
  getColumnWidth(columnIndex: number): number | null {
    checkArgs('Table.getColumnWidth', [columnIndex], isInteger(columnIndex));
    return this._n().columnWidths.get(columnIndex) ?? null;
  }

  constructor(rt: Runtime, node: TableNode) {
    super(rt, 'Table', node);
  }

  private _child<T>(method: string, list: readonly T[], index: unknown): T {
    checkArgs(method, [index], isInteger(index));
    const child = list[index as number];
    if (child === undefined) {
      fail(
        `Child index (${String(index)}) must be less than the number of child elements (${list.length}).`,
      );
    }
    return child;
  }

  // https://developers.google.com/apps-script/reference/document/table#getnumrows
  getNumRows(): number {
    return this._n().rows.length;
  }

  getRow(rowIndex: number): TableRow {
    const row = this._child('Table.getRow', this._n().rows, rowIndex);
    return asApi(new FakeTableRow(this._rt, row));
  }

  getCell(rowIndex: number, cellIndex: number): TableCell {
    const row = this._child('Table.getCell', this._n().rows, rowIndex);
    return asApi(new FakeTableCell(this._rt, this._child('Table.getCell', row.cells, cellIndex)));
  }

  setColumnWidth(columnIndex: number, width: number): Table {
    const table = this._n();
    const ok = isInteger(columnIndex) && typeof width === 'number' && width > 0;
    checkArgs('Table.setColumnWidth', [columnIndex, width], ok);
    const columns = table.rows[0]?.cells.length ?? 0;
    if (columnIndex < 0 || columnIndex >= columns) {
      fail(`Column index ${columnIndex} is out of range.`);
    }
    table.columnWidths.set(columnIndex, width);
    return asApi(this);
  }

  setAttributes(attributes: unknown): Table {
    return this._set<Table>('Table.setAttributes', attributes, TABLE_ATTRS);
  }
}

export class FakeTableRow
  extends FakeElement<RowNode>
  implements Pick<TableRow, 'setAttributes' | 'getNumCells' | 'getCell'>
{
  constructor(rt: Runtime, node: RowNode) {
    super(rt, 'TableRow', node);
  }

  // Every cell of the row, merged-over ones too: https://developers.google.com/apps-script/reference/document/table-row#getnumcells
  getNumCells(): number {
    return this._n().cells.length;
  }

  getCell(cellIndex: number): TableCell {
    const cells = this._n().cells;
    checkArgs('TableRow.getCell', [cellIndex], isInteger(cellIndex));
    const cell = cells[cellIndex] ?? fail(`Child index (${cellIndex}) out of range.`);
    return asApi(new FakeTableCell(this._rt, cell));
  }

  setAttributes(attributes: unknown): TableRow {
    return this._set<TableRow>('TableRow.setAttributes', attributes, NONE);
  }
}

export class FakeTableCell
  extends FakeElement<CellNode>
  implements
    Pick<
      TableCell,
      | 'setAttributes'
      | 'setBackgroundColor'
      | 'appendParagraph'
      | 'getNumChildren'
      | 'getColSpan'
      | 'getRowSpan'
    >
{
  constructor(rt: Runtime, node: CellNode) {
    super(rt, 'TableCell', node);
  }

  getNumChildren(): number {
    return this._n().children.length;
  }

  // "the column span or 0 for a cell which is merged over by another cell":
  // https://developers.google.com/apps-script/reference/document/table-cell#getcolspan
  getColSpan(): number {
    return this._n().colSpan;
  }

  // Same for rows: https://developers.google.com/apps-script/reference/document/table-cell#getrowspan
  getRowSpan(): number {
    return this._n().rowSpan;
  }

  setAttributes(attributes: unknown): TableCell {
    return this._set<TableCell>('TableCell.setAttributes', attributes, CELL_ATTRS);
  }

  // null when the cell has none: https://developers.google.com/apps-script/reference/document/table-cell#getbackgroundcolor
  getBackgroundColor(): string | null {
    return (this._n().attrs.get('BACKGROUND_COLOR') as string | undefined) ?? null;
  }

  // A cell's paragraph: https://developers.google.com/apps-script/reference/document/table-cell#getchildchildindex
  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    const children = this._n().children;
    checkArgs('TableCell.getChild', [childIndex], isInteger(childIndex));
    const child = children[childIndex] ?? fail(`Child index (${childIndex}) out of range.`);
    return asApi(wrapChild(this._rt, child));
  }

  // The cell's shading: https://developers.google.com/apps-script/reference/document/table-cell#setbackgroundcolorcolor
  setBackgroundColor(color: string): TableCell {
    return this._set<TableCell>(
      'TableCell.setBackgroundColor',
      { BACKGROUND_COLOR: color },
      CELL_ATTRS,
    );
  }

  appendParagraph(text: unknown): Paragraph {
    checkArgs('TableCell.appendParagraph', [text], typeof text === 'string');
    const cell = this._n();
    const p = adopt(cell, new ParagraphNode(text as string));
    cell.children.push(p);
    return asApi(new FakeParagraph(this._rt, p));
  }
}

/** The text of one paragraph. */
export class FakeText extends FakeObject implements Pick<Text, 'setAttributes'> {
  constructor(
    rt: Runtime,
    private readonly paragraph: ParagraphNode,
  ) {
    super(rt, 'Text', FAMILY);
  }

  // Styles characters start..end inclusive: https://developers.google.com/apps-script/reference/document/text#setattributesstartoffset,-endoffsetinclusive,-attributes
  setAttributes(...args: unknown[]): Text {
    const p = this.paragraph;
    if (!attached(p)) fail('Text: this element is no longer in the document.');
    const [start, end, attributes] = args;
    const ok =
      args.length === 3 &&
      isInteger(start) &&
      isInteger(end) &&
      start >= 0 &&
      end >= start &&
      end < p.text.length;
    checkArgs('Text.setAttributes', args, ok);
    const entries = readAttributes('Text.setAttributes', attributes);
    for (const [k] of entries) {
      if (!TEXT_ATTRS.has(k)) fail(`Fake Apps Script: ${k} cannot be set on a text range.`);
    }
    for (let i = start as number; i <= (end as number); i++) {
      const attrs = (p.chars[i] ??= new Map<string, unknown>());
      setAll(attrs, entries);
    }
    return asApi(this);
  }
}

// ---------------------------------------------------------------------------------------------
// DriveApp

// Without a Drive scope in the manifest every DriveApp call throws: https://developers.google.com/apps-script/concepts/scopes
const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive';

export class FakeDriveApp
  extends FakeObject
  implements Pick<GoogleAppsScript.Drive.DriveApp, 'getFileById'>
{
  constructor(private readonly world: DocumentWorld) {
    super(world.rt, 'DriveApp', DRIVE_FAMILY);
  }

  getFileById(id: string): DriveFile {
    if (!this.world.drive.scope) {
      fail(
        `You do not have permission to call DriveApp.getFileById. Required permissions: ${DRIVE_SCOPE}`,
      );
    }
    checkArgs('DriveApp.getFileById', [id], typeof id === 'string');
    const file = this.world.drive.files.get(id);
    if (!file || this.world.docs.get(id)?.deleted) {
      fail(
        'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
      );
    }
    return asApi(new FakeDriveFile(this.world, file));
  }
}

export class FakeDriveFile
  extends FakeObject
  implements Pick<DriveFile, 'getParents' | 'moveTo' | 'isTrashed'>
{
  constructor(
    world: DocumentWorld,
    private readonly file: DriveFileModel,
  ) {
    super(world.rt, 'File', DRIVE_FAMILY);
  }

  getParents(): FolderIterator {
    return asApi(new FakeFolderIterator(this._rt, [...this.file.parents]));
  }

  // The file leaves its old folders: https://developers.google.com/apps-script/reference/drive/file#movetodestination
  moveTo(destination: DriveFolder): DriveFile {
    const target = destination as unknown;
    checkArgs('File.moveTo', [destination], target instanceof FakeDriveFolder);
    this.file.parents = [(target as FakeDriveFolder)._id];
    return asApi(this);
  }

  isTrashed(): boolean {
    return this.file.trashed;
  }
}

/** A folder: the add-on only passes it to File.moveTo. */
export class FakeDriveFolder extends FakeObject {
  constructor(
    rt: Runtime,
    readonly _id: string,
  ) {
    super(rt, 'Folder', DRIVE_FAMILY);
  }
}

export class FakeFolderIterator
  extends FakeObject
  implements Pick<FolderIterator, 'hasNext' | 'next'>
{
  constructor(
    rt: Runtime,
    private readonly ids: string[],
  ) {
    super(rt, 'FolderIterator', DRIVE_FAMILY);
  }

  hasNext(): boolean {
    return this.ids.length > 0;
  }

  next(): DriveFolder {
    const id = this.ids.shift();
    if (id === undefined) fail('Cannot retrieve the next object: iterator has reached the end.');
    return asApi(new FakeDriveFolder(this._rt, id));
  }
}

// ---------------------------------------------------------------------------------------------
// Set-up and state

export interface DocumentOptions {
  /** True: the manifest grants the Drive scope, DriveApp works. Default false (ours has none). */
  driveScope?: boolean;
  /** The folder holding the bound spreadsheet (default: My Drive's root). */
  spreadsheetFolder?: { id: string; name: string };
}

const ROOT_FOLDER = { id: 'fake-root-folder', name: 'Drive của tôi' };

export function createDocumentWorld(
  rt: Runtime,
  spreadsheetId: string,
  options: DocumentOptions = {},
): DocumentWorld {
  let ids = 0;
  const folder = options.spreadsheetFolder ?? ROOT_FOLDER;
  const files = new Map([
    [spreadsheetId, { id: spreadsheetId, parents: [folder.id], trashed: false }],
  ]);
  return {
    rt,
    docs: new Map(),
    drive: { scope: options.driveScope ?? false, files },
    nextId: () => `fake-doc-id-${++ids}`,
  };
}

/** A paragraph as tests see it: text, attributes set (effective, non-null), styled ranges. */
export interface ParagraphDump {
  type: 'PARAGRAPH';
  text: string;
  attributes: Record<string, unknown>;
  /** Character ranges with their own text attributes, [start, end] inclusive. */
  ranges: { start: number; end: number; attributes: Record<string, unknown> }[];
}

export interface CellDump {
  text: string;
  /** 1, more for a merged head cell, 0 for a cell merged over. */
  colSpan: number;
  background: string | null;
  attributes: Record<string, unknown>;
  paragraphs: ParagraphDump[];
}

export interface TableDump {
  type: 'TABLE';
  attributes: Record<string, unknown>;
  columnWidths: (number | null)[];
  rows: { attributes: Record<string, unknown>; cells: CellDump[] }[];
}

export interface DocumentDump {
  id: string;
  name: string;
  url: string;
  deleted: boolean;
  trashed: boolean;
  /** Drive folder ids holding the file. */
  folders: string[];
  page: BodyNode['page'];
  blocks: (ParagraphDump | TableDump)[];
  /** Every paragraph and cell text in order, one per line. */
  text: string;
}

export interface DocumentsState {
  /** Every document created, in creation order. */
  list(): DocumentDump[];
  get(id: string): DocumentDump;
  /** Simulates the user deleting the document for good: openById throws from then on. */
  remove(id: string): void;
  /** Moves the document to the trash (it still opens by id, as in Apps Script). */
  trash(id: string): void;
  /**
   * Adds a Google Doc holding exactly `tree` (an imported Word plan) as DocumentApp reads it:
   * list items with a BULLET or NUMBER glyph, every cell of a merge present, the head with its
   * spans, the cells it covers with spans of 0. Returns its id.
   */
  addTree(tree: DocTree, name?: string): string;
}

function plain(attrs: Attrs): Record<string, unknown> {
  return Object.fromEntries([...attrs].sort(([a], [b]) => a.localeCompare(b)));
}

function dumpParagraph(p: ParagraphNode): ParagraphDump {
  const ranges: ParagraphDump['ranges'] = [];
  let current: ParagraphDump['ranges'][number] | null = null;
  for (let i = 0; i < p.text.length; i++) {
    const own = p.chars[i];
    const key = own && own.size ? JSON.stringify(plain(own)) : '';
    if (current && key && JSON.stringify(current.attributes) === key && current.end === i - 1) {
      current.end = i;
    } else if (key && own) {
      current = { start: i, end: i, attributes: plain(own) };
      ranges.push(current);
    } else current = null;
  }
  return { type: 'PARAGRAPH', text: p.text, attributes: plain(p.attrs), ranges };
}

function dumpTable(t: TableNode): TableDump {
  const columns = t.rows[0]?.cells.length ?? 0;
  return {
    type: 'TABLE',
    attributes: plain(t.attrs),
    columnWidths: Array.from({ length: columns }, (_, i) => t.columnWidths.get(i) ?? null),
    rows: t.rows.map((r) => ({
      attributes: plain(r.attrs),
      cells: r.cells.map((cell) => ({
        text: textOf(cell),
        colSpan: cell.colSpan,
        background: (cell.attrs.get('BACKGROUND_COLOR') as string | undefined) ?? null,
        attributes: plain(cell.attrs),
        paragraphs: cell.children.map(dumpParagraph),
      })),
    })),
  };
}

function dumpDocument(world: DocumentWorld, model: DocumentModel): DocumentDump {
  const file = world.drive.files.get(model.id);
  return {
    id: model.id,
    name: model.name,
    url: documentUrl(model.id),
    deleted: model.deleted,
    trashed: file?.trashed ?? false,
    folders: [...(file?.parents ?? [])],
    page: { ...model.body.page },
    blocks: model.body.children.map((c) =>
      c.kind === 'PARAGRAPH' ? dumpParagraph(c) : dumpTable(c),
    ),
    text: textOf(model.body),
  };
}

export function documentsState(world: DocumentWorld): DocumentsState {
  const find = (id: string): DocumentModel =>
    world.docs.get(id) ?? fail(`Fake state: no document ${id}`);
  return {
    list: () => [...world.docs.values()].map((m) => dumpDocument(world, m)),
    get: (id) => dumpDocument(world, find(id)),
    remove(id) {
      find(id).deleted = true;
    },
    addTree(tree, name = 'Kế hoạch nhập') {
      const id = world.nextId();
      const body = new BodyNode();
      const para = (parent: BodyNode | CellNode, q: DocParagraph) => {
        const node = adopt(parent, new ParagraphNode(q.text));
        node.glyph = q.list ? { bullet: 'BULLET', number: 'NUMBER' }[q.list] : null;
        return node;
      };
      body.children = tree.blocks.map((block) => {
        if (block.type === 'paragraph') return para(body, block);
        const table = adopt(body, new TableNode());
        for (const cells of block.rows) {
          const row = adopt(table, new RowNode());
          for (const c of cells) {
            const cell = adopt(row, new CellNode());
            cell.colSpan = c.colSpan;
            cell.rowSpan = c.rowSpan;
            const paragraphs = c.paragraphs.length ? c.paragraphs : [{ text: '' }];
            cell.children.push(...paragraphs.map((q) => para(cell, q)));
            row.cells.push(cell);
          }
          table.rows.push(row);
        }
        return table;
      });
      world.docs.set(id, { id, name, body, deleted: false, saves: 0 });
      world.drive.files.set(id, { id, parents: [ROOT_FOLDER.id], trashed: false });
      return id;
    },
    trash(id) {
      find(id);
      const file = world.drive.files.get(id);
      if (file) file.trashed = true;
    },
  };
}

// Opening or creating documents needs full authorization: https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
export function registerDocumentAuth(rt: Runtime): void {
  rt.requireAuth('DocumentApp', 'FULL');
  rt.requireAuth('Docs.Documents', 'FULL');
  rt.requireAuth('DriveApp', 'FULL');
}
