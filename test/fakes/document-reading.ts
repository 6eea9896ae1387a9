/**
 * The reading side of the DocumentApp fake, for the import: walking a body's children, tables'
 * rows and cells, list glyphs and merged cells. Kept apart from document.ts (which
 * models writing) and mixed into the same classes, so both grow without touching each other.
 * Enum values are returned as their names, which is what Apps Script enums stringify to.
 */
import type { DocBlock, DocParagraph, DocTree } from '../../src/core/import/doc-tree';
import {
  FakeBody,
  FakeDocument,
  FakeDocumentApp,
  FakeParagraph,
  FakeTable,
  FakeTableCell,
  FakeTableRow,
} from './document';
import type { FakeEnvironment } from './index';
import { asApi, checkArgs, fail, isInteger } from './strict';

type Element = GoogleAppsScript.Document.Element;

/** What the write model has no field for: a paragraph's list glyph, a cell's spans. */
interface ReadingExtras {
  glyph?: string;
  colSpan?: number;
  rowSpan?: number;
}

interface NodeLike extends ReadingExtras {
  kind: string;
  text?: string;
  children?: NodeLike[];
  rows?: { cells: NodeLike[] }[];
  cells?: NodeLike[];
}

const node = (el: object): NodeLike => (el as unknown as { _n(): NodeLike })._n();
const rtOf = (el: object): FakeBody['_rt'] => (el as FakeBody)._rt;

/** A list item: a paragraph with a glyph (https://developers.google.com/apps-script/reference/document/list-item). */
export class FakeListItem extends FakeParagraph {
  getGlyphType(): string {
    return node(this).glyph ?? 'BULLET';
  }

  asListItem(): FakeListItem {
    return this;
  }
}

function element(el: object, child: NodeLike): Element {
  const rt = rtOf(el);
  const make = FakeParagraph as unknown as new (rt: unknown, n: NodeLike) => FakeParagraph;
  if (child.kind === 'TABLE')
    return asApi(
      new (FakeTable as unknown as new (rt: unknown, n: NodeLike) => FakeTable)(rt, child),
    );
  if (child.glyph)
    return asApi(
      new (FakeListItem as unknown as new (rt: unknown, n: NodeLike) => FakeListItem)(rt, child),
    );
  return asApi(new make(rt, child));
}

function childAt<T>(method: string, list: readonly T[], index: unknown): T {
  checkArgs(method, [index], isInteger(index));
  return (
    list[index as number] ??
    fail(
      `Child index (${String(index)}) must be less than the number of child elements (${list.length}).`,
    )
  );
}

declare module './document' {
  interface FakeBody {
    getNumChildren(): number;
    getChild(childIndex: number): Element;
  }
  interface FakeParagraph {
    asParagraph(): FakeParagraph;
    getText(): string;
    getType(): string;
  }
  interface FakeTable {
    asTable(): FakeTable;
    getNumRows(): number;
    getType(): string;
  }
  interface FakeTableRow {
    getNumCells(): number;
    getCell(cellIndex: number): FakeTableCell;
  }
  interface FakeTableCell {
    getText(): string;
    getColSpan(): number;
    getRowSpan(): number;
  }
  interface FakeDocument {
    getName(): string;
  }
}

Object.assign(FakeBody.prototype, {
  // https://developers.google.com/apps-script/reference/document/body#getnumchildren
  getNumChildren(this: FakeBody): number {
    return node(this).children?.length ?? 0;
  },
  getChild(this: FakeBody, childIndex: number): Element {
    return element(this, childAt('Body.getChild', node(this).children ?? [], childIndex));
  },
});

// Element.asParagraph() / asTable() / asListItem() cast to the element's own type, and throw
// for another: https://developers.google.com/apps-script/reference/document/element
Object.assign(FakeParagraph.prototype, {
  asParagraph(this: FakeParagraph): FakeParagraph {
    return this;
  },
  getText(this: FakeParagraph): string {
    return node(this).text ?? '';
  },
  // https://developers.google.com/apps-script/reference/document/element-type
  getType(this: FakeParagraph): string {
    return node(this).glyph ? 'LIST_ITEM' : 'PARAGRAPH';
  },
});

Object.assign(FakeTable.prototype, {
  asTable(this: FakeTable): FakeTable {
    return this;
  },
  getNumRows(this: FakeTable): number {
    return node(this).rows?.length ?? 0;
  },
  getType(): string {
    return 'TABLE';
  },
});

Object.assign(FakeTableRow.prototype, {
  getNumCells(this: FakeTableRow): number {
    return node(this).cells?.length ?? 0;
  },
  getCell(this: FakeTableRow, cellIndex: number): FakeTableCell {
    const cell = childAt('TableRow.getCell', node(this).cells ?? [], cellIndex);
    const make = FakeTableCell as unknown as new (rt: unknown, n: NodeLike) => FakeTableCell;
    return new make(rtOf(this), cell);
  },
});

Object.assign(FakeTableCell.prototype, {
  // A cell's text is its paragraphs joined by line breaks (glyphs are not part of the text):
  // https://developers.google.com/apps-script/reference/document/table-cell#gettext
  getText(this: FakeTableCell): string {
    return (node(this).children ?? []).map((p) => p.text ?? '').join('\n');
  },
  // "the column span or 0 for a cell which is merged over by another cell":
  // https://developers.google.com/apps-script/reference/document/table-cell#getcolspan
  getColSpan(this: FakeTableCell): number {
    return node(this).colSpan ?? 1;
  },
  getRowSpan(this: FakeTableCell): number {
    return node(this).rowSpan ?? 1;
  },
});

Object.assign(FakeDocument.prototype, {
  getName(this: FakeDocument): string {
    return (this as unknown as { model: { name: string } }).model.name;
  },
});

const GLYPH = { bullet: 'BULLET', number: 'NUMBER' } as const;

function extras(target: NodeLike, p: DocParagraph): void {
  if (p.list) target.glyph = GLYPH[p.list];
}

/**
 * A Google Doc in the fakes built from a DocTree, as DocumentApp would report it: every cell of
 * a merged range present, merged-over cells with spans 0. Returns the new document's id.
 * Built on the raw fakes, so nothing is counted.
 */
export function addDocFromTree(fakes: FakeEnvironment, tree: DocTree, name = 'Kế hoạch'): string {
  const app = fakes.runtime.unwrap(fakes.globals.DocumentApp) as FakeDocumentApp;
  const doc = app.create(name) as unknown as FakeDocument;
  const body = doc.getBody() as unknown as FakeBody;
  const bodyNode = node(body);
  const first = bodyNode.children?.[0];
  const blocks: DocBlock[] = tree.blocks;
  blocks.forEach((block, i) => {
    if (block.type === 'paragraph') {
      // The body's first paragraph is the empty one every new document holds.
      const target =
        i === 0 && first ? first : node(body.appendParagraph(block.text) as unknown as object);
      target.text = block.text;
      extras(target, block);
      return;
    }
    const texts = block.rows.map((row) => row.map(() => ''));
    const table = body.appendTable(texts) as unknown as FakeTable;
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const raw = table.getCell(r, c) as unknown as FakeTableCell;
        const target = node(raw);
        cell.paragraphs.forEach((p, k) => {
          const pn =
            k === 0
              ? (target.children?.[0] as NodeLike)
              : node(raw.appendParagraph(p.text) as unknown as object);
          pn.text = p.text;
          extras(pn, p);
        });
        target.colSpan = cell.colSpan;
        target.rowSpan = cell.rowSpan;
      }),
    );
  });
  return doc.getId();
}
