/**
 * DocumentApp (documents made of paragraphs and tables, styled by attributes) and DriveApp
 * (the files' folders, behind a scope switch). Counted under the 'Document' and 'Drive'
 * families.
 *
 * Modelled as Google Docs behaves, as far as we know it:
 * - a new or cleared body holds one empty paragraph; the last paragraph of a body cannot be
 *   removed;
 * - setAttributes on a container (body, table, row, cell) applies its text and paragraph
 *   attributes to every paragraph inside it at that moment (later paragraphs do not inherit);
 *   BACKGROUND_COLOR is the cell's shading on a cell and the text highlight on a paragraph;
 * - appendTable(cells) takes a rectangular array of strings, one paragraph per cell; a `\n` in
 *   a text stays in the paragraph as a line break;
 * - handles to elements removed by clear() or removeFromParent() throw when used;
 * - openById of a deleted document throws; a trashed one still opens (as in Apps Script);
 * - DriveApp needs the Drive scope: without `drive: { scope: true }` (our manifest has none)
 *   every DriveApp call throws the permission error Apps Script gives.
 * Not modelled (throws): images, lists, headers/footers, named ranges, merged cells, tabs.
 */
import { FakeEnum, FakeObject, Runtime, asApi, checkArgs, fail, isInteger } from './strict';

type Doc = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;
type TableCell = GoogleAppsScript.Document.TableCell;
type Text = GoogleAppsScript.Document.Text;
type HorizontalAlignment = GoogleAppsScript.Document.HorizontalAlignment;
type DriveFile = GoogleAppsScript.Drive.File;
type DriveFolder = GoogleAppsScript.Drive.Folder;
type FolderIterator = GoogleAppsScript.Drive.FolderIterator;

const FAMILY = 'Document';
const DRIVE_FAMILY = 'Drive';

// ---------------------------------------------------------------------------------------------
// Attributes

export const ATTRIBUTES = [
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

const TEXT_ATTRS = new Set<string>([
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'STRIKETHROUGH',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'BACKGROUND_COLOR',
  'LINK_URL',
]);
const PARAGRAPH_ATTRS = new Set<string>([
  'HORIZONTAL_ALIGNMENT',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'INDENT_END',
  'SPACING_BEFORE',
  'SPACING_AFTER',
  'LINE_SPACING',
  'HEADING',
  'LEFT_TO_RIGHT',
]);
const CELL_ATTRS = new Set<string>([
  'BACKGROUND_COLOR',
  'PADDING_TOP',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
]);
const PAGE_ATTRS = new Set<string>([
  'MARGIN_TOP',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'PAGE_WIDTH',
  'PAGE_HEIGHT',
]);
const BOOLEAN = new Set(['BOLD', 'ITALIC', 'UNDERLINE', 'STRIKETHROUGH', 'LEFT_TO_RIGHT']);
const COLOR = new Set(['FOREGROUND_COLOR', 'BACKGROUND_COLOR', 'BORDER_COLOR']);

export const HORIZONTAL_ALIGNMENTS = ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const;
const VERTICAL_ALIGNMENTS = ['BOTTOM', 'CENTER', 'TOP'] as const;
const HEADINGS = [
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
] as const;

type Attrs = Map<string, unknown>;

/** Checks one attribute value the way Docs would reject it. */
function checkValue(name: string, value: unknown): void {
  if (value === null) return;
  const ok = BOOLEAN.has(name)
    ? typeof value === 'boolean'
    : COLOR.has(name)
      ? typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value)
      : name === 'FONT_FAMILY' || name === 'LINK_URL'
        ? typeof value === 'string' && value !== ''
        : name === 'HORIZONTAL_ALIGNMENT'
          ? (HORIZONTAL_ALIGNMENTS as readonly unknown[]).includes(value)
          : name === 'VERTICAL_ALIGNMENT'
            ? (VERTICAL_ALIGNMENTS as readonly unknown[]).includes(value)
            : name === 'HEADING'
              ? (HEADINGS as readonly unknown[]).includes(value)
              : name === 'FONT_SIZE'
                ? typeof value === 'number' && value >= 1 && value <= 400
                : typeof value === 'number' && Number.isFinite(value) && value >= 0;
  if (!ok) fail(`Invalid value ${JSON.stringify(value)} for attribute ${name}.`);
}

/** An attribute object as passed to setAttributes → checked entries. */
function readAttributes(method: string, attributes: unknown): [string, unknown][] {
  checkArgs(
    method,
    [attributes],
    attributes !== null && typeof attributes === 'object' && !Array.isArray(attributes),
  );
  const entries = Object.entries(attributes as Record<string, unknown>);
  for (const [name, value] of entries) {
    if (!(ATTRIBUTES as readonly string[]).includes(name))
      fail(`Invalid attribute key: ${name} (use DocumentApp.Attribute).`);
    checkValue(name, value);
  }
  return entries;
}

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
  parent: ContainerNode | null = null;
  readonly attrs: Attrs = new Map();
  /** Per-character text attributes set on ranges (Text.setAttributes(start, end, …)). */
  chars: (Attrs | undefined)[] = [];

  constructor(public text: string) {}

  setText(text: string): void {
    this.text = text;
    this.chars = [];
  }

  /** Effective value at one character (or for the whole paragraph: null when mixed). */
  attribute(name: string, offset?: number): unknown {
    const base = this.attrs.get(name) ?? null;
    if (!TEXT_ATTRS.has(name)) return base;
    if (offset !== undefined) return this.chars[offset]?.get(name) ?? base;
    let value: unknown = undefined;
    for (let i = 0; i < this.text.length; i++) {
      const v = this.chars[i]?.get(name) ?? base;
      if (value === undefined) value = v;
      else if (v !== value) return null;
    }
    return value === undefined ? base : value;
  }
}

export class CellNode {
  readonly kind = 'TABLE_CELL';
  parent: RowNode | null = null;
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
  readonly attrs: Attrs = new Map();
  /** Google Docs' defaults for a new document: US Letter, 1-inch margins. */
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

  reset(): void {
    for (const c of this.children) detach(c);
    const p = new ParagraphNode('');
    p.parent = this;
    this.children = [p];
  }
}

type ContainerNode = BodyNode | CellNode;
type AnyNode = BodyNode | TableNode | RowNode | CellNode | ParagraphNode;

function detach(node: Exclude<AnyNode, BodyNode>): void {
  node.parent = null;
}

/** True while a node is still part of a document. */
function attached(node: AnyNode): boolean {
  let n: AnyNode | null = node;
  while (n && n.kind !== 'BODY_SECTION') n = n.parent as AnyNode | null;
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

function textOf(node: AnyNode): string {
  switch (node.kind) {
    case 'PARAGRAPH':
      return node.text;
    case 'TABLE_CELL':
      return node.children.map((p) => p.text).join('\n');
    case 'TABLE_ROW':
      return node.cells.map(textOf).join('\n');
    case 'TABLE':
      return node.rows.map(textOf).join('\n');
    case 'BODY_SECTION':
      return node.children.map(textOf).join('\n');
  }
}

export interface DocumentModel {
  id: string;
  name: string;
  body: BodyNode;
  /** Set by state.documents.remove(): openById fails from then on. */
  deleted: boolean;
}

export interface DriveFileModel {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
}

export interface DocumentWorld {
  rt: Runtime;
  docs: Map<string, DocumentModel>;
  drive: {
    scope: boolean;
    rootId: string;
    folders: Map<string, { id: string; name: string }>;
    files: Map<string, DriveFileModel>;
  };
  nextId(): string;
}

// ---------------------------------------------------------------------------------------------
// DocumentApp

export class FakeDocumentApp
  extends FakeObject
  implements Pick<GoogleAppsScript.Document.DocumentApp, 'create' | 'openById' | 'openByUrl'>
{
  readonly Attribute: FakeEnum;
  readonly HorizontalAlignment: FakeEnum;
  readonly VerticalAlignment: FakeEnum;
  readonly ParagraphHeading: FakeEnum;
  readonly ElementType: FakeEnum;

  constructor(private readonly world: DocumentWorld) {
    super(world.rt, 'DocumentApp', FAMILY);
    const rt = world.rt;
    this.Attribute = new FakeEnum(rt, 'DocumentApp.Attribute', FAMILY, ATTRIBUTES);
    this.HorizontalAlignment = new FakeEnum(
      rt,
      'DocumentApp.HorizontalAlignment',
      FAMILY,
      HORIZONTAL_ALIGNMENTS,
    );
    this.VerticalAlignment = new FakeEnum(
      rt,
      'DocumentApp.VerticalAlignment',
      FAMILY,
      VERTICAL_ALIGNMENTS,
    );
    this.ParagraphHeading = new FakeEnum(rt, 'DocumentApp.ParagraphHeading', FAMILY, HEADINGS);
    this.ElementType = new FakeEnum(rt, 'DocumentApp.ElementType', FAMILY, [
      'BODY_SECTION',
      'PARAGRAPH',
      'TABLE',
      'TABLE_ROW',
      'TABLE_CELL',
      'TEXT',
    ]);
  }

  create(name: string): Doc {
    checkArgs('DocumentApp.create', [name], typeof name === 'string' && name !== '');
    const id = this.world.nextId();
    const model: DocumentModel = { id, name, body: new BodyNode(), deleted: false };
    this.world.docs.set(id, model);
    const { drive } = this.world;
    drive.files.set(id, {
      id,
      name,
      mimeType: 'application/vnd.google-apps.document',
      parents: [drive.rootId],
      trashed: false,
    });
    return asApi(new FakeDocument(this.world, model));
  }

  openById(id: string): Doc {
    checkArgs('DocumentApp.openById', [id], typeof id === 'string');
    const model = this.world.docs.get(id);
    if (!model || model.deleted)
      fail("Document is missing (perhaps it was deleted, or you don't have read access?)");
    return asApi(new FakeDocument(this.world, model));
  }

  openByUrl(url: string): Doc {
    checkArgs('DocumentApp.openByUrl', [url], typeof url === 'string');
    return this.openById(/\/document\/d\/([^/?#]+)/.exec(url)?.[1] ?? '');
  }
}

export class FakeDocument
  extends FakeObject
  implements Pick<Doc, 'getBody' | 'getId' | 'getName' | 'setName' | 'getUrl' | 'saveAndClose'>
{
  constructor(
    private readonly world: DocumentWorld,
    private readonly model: DocumentModel,
  ) {
    super(world.rt, 'Document', FAMILY);
  }

  private _live(): DocumentModel {
    if (this.model.deleted) fail('Document is missing (perhaps it was deleted?)');
    return this.model;
  }

  getBody(): Body {
    return asApi(new FakeBody(this.world.rt, this._live().body));
  }

  getId(): string {
    return this._live().id;
  }

  getName(): string {
    return this._live().name;
  }

  setName(name: string): Doc {
    checkArgs('Document.setName', [name], typeof name === 'string' && name !== '');
    this._live().name = name;
    const file = this.world.drive.files.get(this.model.id);
    if (file) file.name = name;
    return asApi(this);
  }

  getUrl(): string {
    return documentUrl(this._live().id);
  }

  saveAndClose(): void {
    this._live();
  }
}

export function documentUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/** Wraps a node in its fake class. */
function wrapNode(rt: Runtime, node: ParagraphNode | TableNode): FakeParagraph | FakeTable {
  return node.kind === 'PARAGRAPH' ? new FakeParagraph(rt, node) : new FakeTable(rt, node);
}

/** Shared by every element: liveness, attributes, text. */
abstract class FakeElement<N extends AnyNode> extends FakeObject {
  constructor(
    rt: Runtime,
    service: string,
    readonly _node: N,
  ) {
    super(rt, service, FAMILY);
  }

  protected _n(): N {
    if (!attached(this._node)) fail(`${this._service}: this element is no longer in the document.`);
    return this._node;
  }

  /** Attribute keys this element accepts (beyond text and paragraph ones for containers). */
  protected abstract _own(): Set<string>;

  protected _set(method: string, attributes: unknown): void {
    const node = this._n();
    const entries = readAttributes(method, attributes);
    const own = this._own();
    const down: [string, unknown][] = [];
    const here: [string, unknown][] = [];
    for (const entry of entries) {
      const [name] = entry;
      if (own.has(name)) here.push(entry);
      else if (name === 'BACKGROUND_COLOR' && node.kind !== 'PARAGRAPH')
        fail(`Fake Apps Script: attribute ${name} on ${this._service} is not modelled.`);
      else if (TEXT_ATTRS.has(name) || PARAGRAPH_ATTRS.has(name)) down.push(entry);
      else fail(`Fake Apps Script: attribute ${name} on ${this._service} is not modelled.`);
    }
    if (node.kind === 'BODY_SECTION') {
      for (const [k, v] of here)
        if (typeof v === 'number') node.page[k as keyof BodyNode['page']] = v;
    } else {
      setAll(node.attrs, here);
    }
    if (node.kind !== 'PARAGRAPH') setAll(node.attrs, down);
    for (const p of paragraphsIn(node)) {
      setAll(p.attrs, down);
      for (const [k] of down) for (const c of p.chars) c?.delete(k);
    }
  }

  protected _get(): Record<string, unknown> {
    const node = this._n();
    const out: Record<string, unknown> = {};
    const names = new Set([...TEXT_ATTRS, ...PARAGRAPH_ATTRS, ...this._own()]);
    for (const name of names) {
      if (node.kind === 'PARAGRAPH') out[name] = node.attribute(name);
      else if (node.kind === 'BODY_SECTION' && PAGE_ATTRS.has(name))
        out[name] = node.page[name as keyof BodyNode['page']];
      else out[name] = node.attrs.get(name) ?? null;
    }
    return out;
  }

  getText(): string {
    return textOf(this._n());
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return this._n().kind as unknown as GoogleAppsScript.Document.ElementType;
  }
}

export class FakeBody
  extends FakeElement<BodyNode>
  implements
    Pick<
      Body,
      | 'appendParagraph'
      | 'insertParagraph'
      | 'appendTable'
      | 'insertTable'
      | 'clear'
      | 'getNumChildren'
      | 'getChild'
      | 'getChildIndex'
      | 'getParagraphs'
      | 'getTables'
      | 'getText'
      | 'getType'
      | 'setAttributes'
      | 'getAttributes'
      | 'setMarginTop'
      | 'setMarginBottom'
      | 'setMarginLeft'
      | 'setMarginRight'
      | 'getMarginTop'
      | 'getMarginBottom'
      | 'getMarginLeft'
      | 'getMarginRight'
      | 'setPageWidth'
      | 'setPageHeight'
      | 'getPageWidth'
      | 'getPageHeight'
    >
{
  constructor(rt: Runtime, node: BodyNode) {
    super(rt, 'Body', node);
  }

  protected _own(): Set<string> {
    return PAGE_ATTRS;
  }

  private _insert<T extends ParagraphNode | TableNode>(index: number, node: T): T {
    const body = this._n();
    node.parent = body;
    body.children.splice(index, 0, node);
    return node;
  }

  private _index(method: string, index: unknown, allowEnd: boolean): number {
    const max = this._n().children.length - (allowEnd ? 0 : 1);
    checkArgs(method, [index], isInteger(index));
    if ((index as number) < 0 || (index as number) > max)
      fail(
        `Child index (${String(index)}) must be less than the number of child elements (${max + 1}).`,
      );
    return index as number;
  }

  /** Text only (appending a Paragraph element is not modelled). */
  appendParagraph(text: unknown): Paragraph {
    checkArgs('Body.appendParagraph', [text], typeof text === 'string');
    const node = this._insert(this._n().children.length, new ParagraphNode(text as string));
    return asApi(new FakeParagraph(this._rt, node));
  }

  insertParagraph(childIndex: number, text: unknown): Paragraph {
    checkArgs('Body.insertParagraph', [childIndex, text], typeof text === 'string');
    const node = this._insert(
      this._index('Body.insertParagraph', childIndex, true),
      new ParagraphNode(text as string),
    );
    return asApi(new FakeParagraph(this._rt, node));
  }

  /** From a rectangular array of strings (an empty table or a Table element is not modelled). */
  appendTable(cells?: unknown): Table {
    const node = this._insert(this._n().children.length, tableFrom('Body.appendTable', cells));
    return asApi(new FakeTable(this._rt, node));
  }

  insertTable(childIndex: number, cells?: unknown): Table {
    const index = this._index('Body.insertTable', childIndex, true);
    const node = this._insert(index, tableFrom('Body.insertTable', cells));
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
    const node = this._n().children[this._index('Body.getChild', childIndex, false)];
    return asApi(wrapNode(this._rt, node as ParagraphNode | TableNode));
  }

  getChildIndex(child: GoogleAppsScript.Document.Element): number {
    const node = (child as unknown as FakeElement<AnyNode>)._node;
    const i = this._n().children.indexOf(node as ParagraphNode);
    if (i < 0) fail('Element is not a child of this body.');
    return i;
  }

  getParagraphs(): Paragraph[] {
    return paragraphsIn(this._n()).map((p) => asApi<Paragraph>(new FakeParagraph(this._rt, p)));
  }

  getTables(): Table[] {
    return this._n()
      .children.filter((c): c is TableNode => c.kind === 'TABLE')
      .map((t) => asApi<Table>(new FakeTable(this._rt, t)));
  }

  setAttributes(attributes: unknown): Body {
    this._set('Body.setAttributes', attributes);
    return asApi(this);
  }

  getAttributes(): Record<string, unknown> {
    return this._get();
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

  getMarginTop(): number {
    return this._n().page.MARGIN_TOP;
  }

  getMarginBottom(): number {
    return this._n().page.MARGIN_BOTTOM;
  }

  getMarginLeft(): number {
    return this._n().page.MARGIN_LEFT;
  }

  getMarginRight(): number {
    return this._n().page.MARGIN_RIGHT;
  }

  getPageWidth(): number {
    return this._n().page.PAGE_WIDTH;
  }

  getPageHeight(): number {
    return this._n().page.PAGE_HEIGHT;
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
  if (rows.some((r) => (r as string[]).length !== width))
    fail(`${method}: every row must have the same number of cells.`);
  const table = new TableNode();
  for (const r of rows as string[][]) {
    const row = new RowNode();
    row.parent = table;
    for (const text of r) {
      const cell = new CellNode();
      cell.parent = row;
      const p = new ParagraphNode(text);
      p.parent = cell;
      cell.children.push(p);
      row.cells.push(cell);
    }
    table.rows.push(row);
  }
  return table;
}

export class FakeParagraph
  extends FakeElement<ParagraphNode>
  implements
    Pick<
      Paragraph,
      | 'getText'
      | 'setText'
      | 'getType'
      | 'setAttributes'
      | 'getAttributes'
      | 'setAlignment'
      | 'getAlignment'
      | 'setHeading'
      | 'getHeading'
      | 'setIndentFirstLine'
      | 'getIndentFirstLine'
      | 'setSpacingAfter'
      | 'getSpacingAfter'
      | 'setSpacingBefore'
      | 'getSpacingBefore'
      | 'setLineSpacing'
      | 'getLineSpacing'
      | 'editAsText'
      | 'removeFromParent'
      | 'asParagraph'
    >
{
  constructor(rt: Runtime, node: ParagraphNode) {
    super(rt, 'Paragraph', node);
  }

  protected _own(): Set<string> {
    return EMPTY;
  }

  setText(text: string): Paragraph {
    checkArgs('Paragraph.setText', [text], typeof text === 'string');
    this._n().setText(text);
    return asApi(this);
  }

  setAttributes(attributes: unknown): Paragraph {
    this._set('Paragraph.setAttributes', attributes);
    return asApi(this);
  }

  getAttributes(): Record<string, unknown> {
    return this._get();
  }

  private _one(method: string, name: string, value: unknown): Paragraph {
    checkArgs(method, [value], value !== undefined);
    this._set(method, { [name]: value });
    return asApi(this);
  }

  setAlignment(alignment: HorizontalAlignment): Paragraph {
    return this._one('Paragraph.setAlignment', 'HORIZONTAL_ALIGNMENT', alignment);
  }

  getAlignment(): HorizontalAlignment {
    return this._n().attribute('HORIZONTAL_ALIGNMENT') as HorizontalAlignment;
  }

  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): Paragraph {
    return this._one('Paragraph.setHeading', 'HEADING', heading);
  }

  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    return (this._n().attribute('HEADING') ??
      'NORMAL') as unknown as GoogleAppsScript.Document.ParagraphHeading;
  }

  setIndentFirstLine(indentFirstLine: number): Paragraph {
    return this._one('Paragraph.setIndentFirstLine', 'INDENT_FIRST_LINE', indentFirstLine);
  }

  getIndentFirstLine(): number {
    return this._n().attribute('INDENT_FIRST_LINE') as number;
  }

  setSpacingAfter(spacingAfter: number): Paragraph {
    return this._one('Paragraph.setSpacingAfter', 'SPACING_AFTER', spacingAfter);
  }

  getSpacingAfter(): number {
    return this._n().attribute('SPACING_AFTER') as number;
  }

  setSpacingBefore(spacingBefore: number): Paragraph {
    return this._one('Paragraph.setSpacingBefore', 'SPACING_BEFORE', spacingBefore);
  }

  getSpacingBefore(): number {
    return this._n().attribute('SPACING_BEFORE') as number;
  }

  setLineSpacing(multiplier: number): Paragraph {
    return this._one('Paragraph.setLineSpacing', 'LINE_SPACING', multiplier);
  }

  getLineSpacing(): number {
    return this._n().attribute('LINE_SPACING') as number;
  }

  editAsText(): Text {
    return asApi(new FakeText(this._rt, [this._n()]));
  }

  asParagraph(): Paragraph {
    this._n();
    return asApi(this);
  }

  removeFromParent(): Paragraph {
    const node = this._n();
    const parent = node.parent as ContainerNode;
    const siblings = parent.children as (ParagraphNode | TableNode)[];
    if (siblings.filter((c) => c.kind === 'PARAGRAPH').length === 1)
      fail("Can't remove the last paragraph in a document section.");
    siblings.splice(siblings.indexOf(node), 1);
    detach(node);
    return asApi(this);
  }
}

const EMPTY = new Set<string>();
const TABLE_ATTRS = new Set(['BORDER_WIDTH', 'BORDER_COLOR']);
const ROW_ATTRS = new Set(['MINIMUM_HEIGHT']);

export class FakeTable
  extends FakeElement<TableNode>
  implements
    Pick<
      Table,
      | 'getNumRows'
      | 'getRow'
      | 'getCell'
      | 'setColumnWidth'
      | 'getColumnWidth'
      | 'setBorderWidth'
      | 'getBorderWidth'
      | 'setBorderColor'
      | 'getBorderColor'
      | 'setAttributes'
      | 'getAttributes'
      | 'getText'
      | 'getType'
      | 'asTable'
    >
{
  constructor(rt: Runtime, node: TableNode) {
    super(rt, 'Table', node);
  }

  protected _own(): Set<string> {
    return TABLE_ATTRS;
  }

  asTable(): Table {
    this._n();
    return asApi(this);
  }

  getNumRows(): number {
    return this._n().rows.length;
  }

  private _row(method: string, rowIndex: unknown): RowNode {
    const rows = this._n().rows;
    checkArgs(method, [rowIndex], isInteger(rowIndex));
    const row = rows[rowIndex as number];
    if (!row)
      fail(
        `Child index (${String(rowIndex)}) must be less than the number of child elements (${rows.length}).`,
      );
    return row;
  }

  getRow(rowIndex: number): TableRow {
    return asApi(new FakeTableRow(this._rt, this._row('Table.getRow', rowIndex)));
  }

  getCell(rowIndex: number, cellIndex: number): TableCell {
    const row = this._row('Table.getCell', rowIndex);
    checkArgs('Table.getCell', [rowIndex, cellIndex], isInteger(cellIndex));
    const cell = row.cells[cellIndex];
    if (!cell)
      fail(
        `Child index (${cellIndex}) must be less than the number of child elements (${row.cells.length}).`,
      );
    return asApi(new FakeTableCell(this._rt, cell));
  }

  setColumnWidth(columnIndex: number, width: number): Table {
    const table = this._n();
    const columns = table.rows[0]?.cells.length ?? 0;
    checkArgs(
      'Table.setColumnWidth',
      [columnIndex, width],
      isInteger(columnIndex) && typeof width === 'number' && Number.isFinite(width) && width > 0,
    );
    if (columnIndex < 0 || columnIndex >= columns)
      fail(`Column index ${columnIndex} is out of range.`);
    table.columnWidths.set(columnIndex, width);
    return asApi(this);
  }

  getColumnWidth(columnIndex: number): number {
    checkArgs('Table.getColumnWidth', [columnIndex], isInteger(columnIndex));
    return this._n().columnWidths.get(columnIndex) ?? (null as unknown as number);
  }

  setBorderWidth(width: number): Table {
    this._set('Table.setBorderWidth', { BORDER_WIDTH: width });
    return asApi(this);
  }

  getBorderWidth(): number {
    return (this._n().attrs.get('BORDER_WIDTH') ?? 1) as number;
  }

  setBorderColor(color: string): Table {
    this._set('Table.setBorderColor', { BORDER_COLOR: color });
    return asApi(this);
  }

  getBorderColor(): string {
    return (this._n().attrs.get('BORDER_COLOR') ?? '#000000') as string;
  }

  setAttributes(attributes: unknown): Table {
    this._set('Table.setAttributes', attributes);
    return asApi(this);
  }

  getAttributes(): Record<string, unknown> {
    return this._get();
  }
}

export class FakeTableRow
  extends FakeElement<RowNode>
  implements
    Pick<
      TableRow,
      'getNumCells' | 'getCell' | 'setAttributes' | 'getAttributes' | 'getText' | 'getType'
    >
{
  constructor(rt: Runtime, node: RowNode) {
    super(rt, 'TableRow', node);
  }

  protected _own(): Set<string> {
    return ROW_ATTRS;
  }

  getNumCells(): number {
    return this._n().cells.length;
  }

  getCell(cellIndex: number): TableCell {
    checkArgs('TableRow.getCell', [cellIndex], isInteger(cellIndex));
    const cell = this._n().cells[cellIndex];
    if (!cell) fail(`Child index (${cellIndex}) must be less than the number of child elements.`);
    return asApi(new FakeTableCell(this._rt, cell));
  }

  setAttributes(attributes: unknown): TableRow {
    this._set('TableRow.setAttributes', attributes);
    return asApi(this);
  }

  getAttributes(): Record<string, unknown> {
    return this._get();
  }
}

export class FakeTableCell
  extends FakeElement<CellNode>
  implements
    Pick<
      TableCell,
      | 'getText'
      | 'setText'
      | 'getType'
      | 'setAttributes'
      | 'getAttributes'
      | 'setBackgroundColor'
      | 'getBackgroundColor'
      | 'getNumChildren'
      | 'getChild'
      | 'appendParagraph'
      | 'editAsText'
      | 'getColSpan'
    >
{
  constructor(rt: Runtime, node: CellNode) {
    super(rt, 'TableCell', node);
  }

  protected _own(): Set<string> {
    return CELL_ATTRS;
  }

  setText(text: string): TableCell {
    checkArgs('TableCell.setText', [text], typeof text === 'string');
    const cell = this._n();
    for (const p of cell.children.splice(0)) detach(p);
    const p = new ParagraphNode(text);
    p.parent = cell;
    cell.children.push(p);
    return asApi(this);
  }

  setAttributes(attributes: unknown): TableCell {
    this._set('TableCell.setAttributes', attributes);
    return asApi(this);
  }

  getAttributes(): Record<string, unknown> {
    return this._get();
  }

  setBackgroundColor(color: string): TableCell {
    this._set('TableCell.setBackgroundColor', { BACKGROUND_COLOR: color });
    return asApi(this);
  }

  getBackgroundColor(): string {
    return (this._n().attrs.get('BACKGROUND_COLOR') ?? null) as string;
  }

  getNumChildren(): number {
    return this._n().children.length;
  }

  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    checkArgs('TableCell.getChild', [childIndex], isInteger(childIndex));
    const p = this._n().children[childIndex];
    if (!p) fail(`Child index (${childIndex}) must be less than the number of child elements.`);
    return asApi(new FakeParagraph(this._rt, p));
  }

  appendParagraph(text: unknown): Paragraph {
    checkArgs('TableCell.appendParagraph', [text], typeof text === 'string');
    const cell = this._n();
    const p = new ParagraphNode(text as string);
    p.parent = cell;
    cell.children.push(p);
    return asApi(new FakeParagraph(this._rt, p));
  }

  editAsText(): Text {
    return asApi(new FakeText(this._rt, this._n().children));
  }

  getColSpan(): number {
    this._n();
    return 1;
  }
}

/**
 * The text of one paragraph, or of a cell's paragraphs joined by `\n` (offsets count that
 * separator, as in Docs).
 */
export class FakeText
  extends FakeObject
  implements
    Pick<
      Text,
      | 'getText'
      | 'setAttributes'
      | 'getAttributes'
      | 'isBold'
      | 'isItalic'
      | 'isUnderline'
      | 'getFontSize'
      | 'getFontFamily'
      | 'getForegroundColor'
    >
{
  constructor(
    rt: Runtime,
    private readonly paragraphs: ParagraphNode[],
  ) {
    super(rt, 'Text', FAMILY);
  }

  private _live(): ParagraphNode[] {
    if (!this.paragraphs.every(attached)) fail('Text: this element is no longer in the document.');
    return this.paragraphs;
  }

  /** Character offset → [paragraph, index] (null on a separator). */
  private _at(offset: number): [ParagraphNode, number] | null {
    let start = 0;
    for (const p of this._live()) {
      if (offset < start + p.text.length) return [p, offset - start];
      if (offset === start + p.text.length) return null;
      start += p.text.length + 1;
    }
    return fail(`Offset ${offset} is out of range.`);
  }

  getText(): string {
    return this._live()
      .map((p) => p.text)
      .join('\n');
  }

  /** setAttributes(attributes) or setAttributes(startOffset, endOffsetInclusive, attributes). */
  setAttributes(...args: unknown[]): Text {
    const length = this.getText().length;
    if (args.length === 1) {
      const entries = readAttributes('Text.setAttributes', args[0]).filter(([k]) =>
        TEXT_ATTRS.has(k),
      );
      for (const p of this._live()) {
        setAll(p.attrs, entries);
        for (const c of p.chars) for (const [k] of entries) c?.delete(k);
      }
      return asApi(this);
    }
    const [start, end, attributes] = args;
    checkArgs(
      'Text.setAttributes',
      args,
      args.length === 3 &&
        isInteger(start) &&
        isInteger(end) &&
        start >= 0 &&
        end >= start &&
        end < length,
    );
    const entries = readAttributes('Text.setAttributes', attributes);
    for (const [k] of entries)
      if (!TEXT_ATTRS.has(k)) fail(`Fake Apps Script: ${k} cannot be set on a text range.`);
    for (let i = start as number; i <= (end as number); i++) {
      const at = this._at(i);
      if (!at) continue;
      const [p, j] = at;
      const attrs = p.chars[j] ?? new Map<string, unknown>();
      setAll(attrs, entries);
      p.chars[j] = attrs;
    }
    return asApi(this);
  }

  private _attr(name: string, offset?: unknown): unknown {
    if (offset === undefined) {
      const values = this._live().map((p) => p.attribute(name));
      return values.every((v) => v === values[0]) ? (values[0] ?? null) : null;
    }
    checkArgs(`Text.${name}`, [offset], isInteger(offset));
    const at = this._at(offset as number);
    return at ? at[0].attribute(name, at[1]) : null;
  }

  getAttributes(offset?: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of TEXT_ATTRS) out[name] = this._attr(name, offset);
    return out;
  }

  isBold(offset?: number): boolean {
    return this._attr('BOLD', offset) as boolean;
  }

  isItalic(offset?: number): boolean {
    return this._attr('ITALIC', offset) as boolean;
  }

  isUnderline(offset?: number): boolean {
    return this._attr('UNDERLINE', offset) as boolean;
  }

  getFontSize(offset?: number): number {
    return this._attr('FONT_SIZE', offset) as number;
  }

  getFontFamily(offset?: number): string {
    return this._attr('FONT_FAMILY', offset) as string;
  }

  getForegroundColor(offset?: number): string {
    return this._attr('FOREGROUND_COLOR', offset) as string;
  }
}

// ---------------------------------------------------------------------------------------------
// DriveApp

const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive';

export class FakeDriveApp
  extends FakeObject
  implements
    Pick<GoogleAppsScript.Drive.DriveApp, 'getFileById' | 'getFolderById' | 'getRootFolder'>
{
  constructor(private readonly world: DocumentWorld) {
    super(world.rt, 'DriveApp', DRIVE_FAMILY);
  }

  private _scope(method: string): void {
    if (!this.world.drive.scope)
      fail(
        `You do not have permission to call DriveApp.${method}. Required permissions: ${DRIVE_SCOPE}`,
      );
  }

  getFileById(id: string): DriveFile {
    this._scope('getFileById');
    checkArgs('DriveApp.getFileById', [id], typeof id === 'string');
    const file = this.world.drive.files.get(id);
    if (!file || this.world.docs.get(id)?.deleted)
      fail(
        'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
      );
    return asApi(new FakeDriveFile(this.world, file));
  }

  getFolderById(id: string): DriveFolder {
    this._scope('getFolderById');
    checkArgs('DriveApp.getFolderById', [id], typeof id === 'string');
    const folder = this.world.drive.folders.get(id);
    if (!folder) fail('No item with the given ID could be found.');
    return asApi(new FakeDriveFolder(this.world, folder));
  }

  getRootFolder(): DriveFolder {
    this._scope('getRootFolder');
    const root = this.world.drive.folders.get(this.world.drive.rootId);
    return asApi(new FakeDriveFolder(this.world, root ?? fail('no root folder')));
  }
}

export class FakeDriveFile
  extends FakeObject
  implements
    Pick<DriveFile, 'getId' | 'getName' | 'getParents' | 'moveTo' | 'isTrashed' | 'setTrashed'>
{
  constructor(
    private readonly world: DocumentWorld,
    private readonly file: DriveFileModel,
  ) {
    super(world.rt, 'File', DRIVE_FAMILY);
  }

  getId(): string {
    return this.file.id;
  }

  getName(): string {
    return this.file.name;
  }

  getParents(): FolderIterator {
    const folders = this.file.parents.map((id) => this.world.drive.folders.get(id));
    return asApi(
      new FakeFolderIterator(
        this.world,
        folders.filter((f) => f !== undefined),
      ),
    );
  }

  moveTo(destination: DriveFolder): DriveFile {
    checkArgs('File.moveTo', [destination], destination instanceof FakeDriveFolder);
    this.file.parents = [(destination as unknown as FakeDriveFolder)._folder.id];
    return asApi(this);
  }

  isTrashed(): boolean {
    return this.file.trashed;
  }

  setTrashed(trashed: boolean): DriveFile {
    checkArgs('File.setTrashed', [trashed], typeof trashed === 'boolean');
    this.file.trashed = trashed;
    return asApi(this);
  }
}

export class FakeDriveFolder extends FakeObject implements Pick<DriveFolder, 'getId' | 'getName'> {
  constructor(
    world: DocumentWorld,
    readonly _folder: { id: string; name: string },
  ) {
    super(world.rt, 'Folder', DRIVE_FAMILY);
  }

  getId(): string {
    return this._folder.id;
  }

  getName(): string {
    return this._folder.name;
  }
}

export class FakeFolderIterator
  extends FakeObject
  implements Pick<FolderIterator, 'hasNext' | 'next'>
{
  private i = 0;

  constructor(
    private readonly world: DocumentWorld,
    private readonly folders: { id: string; name: string }[],
  ) {
    super(world.rt, 'FolderIterator', DRIVE_FAMILY);
  }

  hasNext(): boolean {
    return this.i < this.folders.length;
  }

  next(): DriveFolder {
    const folder = this.folders[this.i++];
    if (!folder) fail('Cannot retrieve the next object: iterator has reached the end.');
    return asApi(new FakeDriveFolder(this.world, folder));
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

export const ROOT_FOLDER = { id: 'fake-root-folder', name: 'Drive của tôi' };

export function createDocumentWorld(
  rt: Runtime,
  spreadsheetId: string,
  options: DocumentOptions = {},
): DocumentWorld {
  let ids = 0;
  const folders = new Map([[ROOT_FOLDER.id, { ...ROOT_FOLDER }]]);
  const folder = options.spreadsheetFolder ?? ROOT_FOLDER;
  folders.set(folder.id, { ...folder });
  const files = new Map<string, DriveFileModel>([
    [
      spreadsheetId,
      {
        id: spreadsheetId,
        name: 'spreadsheet',
        mimeType: 'application/vnd.google-apps.spreadsheet',
        parents: [folder.id],
        trashed: false,
      },
    ],
  ]);
  return {
    rt,
    docs: new Map(),
    drive: { scope: options.driveScope ?? false, rootId: ROOT_FOLDER.id, folders, files },
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
  /** Every document created or seeded, in creation order. */
  list(): DocumentDump[];
  get(id: string): DocumentDump;
  /** Simulates the user deleting the document for good: openById throws from then on. */
  remove(id: string): void;
  /** Moves the document to the trash (it still opens by id, as in Apps Script). */
  trash(id: string): void;
  /** Whether DriveApp calls are allowed (the Drive scope), live. */
  driveScope: boolean;
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

export function dumpDocument(world: DocumentWorld, model: DocumentModel): DocumentDump {
  const file = world.drive.files.get(model.id);
  const blocks = model.body.children.map((c): ParagraphDump | TableDump => {
    if (c.kind === 'PARAGRAPH') return dumpParagraph(c);
    const columns = c.rows[0]?.cells.length ?? 0;
    return {
      type: 'TABLE',
      attributes: plain(c.attrs),
      columnWidths: Array.from({ length: columns }, (_, i) => c.columnWidths.get(i) ?? null),
      rows: c.rows.map((r) => ({
        attributes: plain(r.attrs),
        cells: r.cells.map((cell) => ({
          text: textOf(cell),
          background: (cell.attrs.get('BACKGROUND_COLOR') as string | undefined) ?? null,
          attributes: plain(cell.attrs),
          paragraphs: cell.children.map(dumpParagraph),
        })),
      })),
    };
  });
  return {
    id: model.id,
    name: model.name,
    url: documentUrl(model.id),
    deleted: model.deleted,
    trashed: file?.trashed ?? false,
    folders: [...(file?.parents ?? [])],
    page: { ...model.body.page },
    blocks,
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
    trash(id) {
      find(id);
      const file = world.drive.files.get(id);
      if (file) file.trashed = true;
    },
    get driveScope() {
      return world.drive.scope;
    },
    set driveScope(value: boolean) {
      world.drive.scope = value;
    },
  };
}

/** Minimum authorization modes: opening or creating documents needs full authorization. */
export function registerDocumentAuth(rt: Runtime): void {
  rt.requireAuth('DocumentApp', 'FULL');
  rt.requireAuth('DriveApp', 'FULL');
}
