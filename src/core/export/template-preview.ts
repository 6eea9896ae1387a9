/**
 * The school's own template filled as the export fills it, for the HTML preview. In: the
 * template as ONE Docs API `documents.get` returns it (plain JSON, styles included). The fill
 * plan is the export's own (planTemplateFill); each step is then drawn the way
 * src/server/docs.ts writes it: a copied paragraph with its text set (its paragraph style, the
 * text style of its first run), a copied table (merges, widths, shading kept) with cell texts
 * set, and the item table as a new, unmerged table in the template's column widths, each row
 * styled like the template row it repeats. Preview only: the server never imports this.
 * Resource: https://developers.google.com/workspace/docs/api/reference/rest/v1/documents
 */
import { EXPORT, PREVIEW } from '../messages';
import type { Grid } from '../plan/model';
import type { Plan } from '../plan/read';
import { describeTemplate, planTemplateFill, type FillStep } from './custom';
import { renderDocumentHtml } from './html';
import type {
  Align,
  Block,
  DocModel,
  ParagraphBlock,
  ParagraphStyle,
  TableBlock,
  TableCell,
  TextStyle,
} from './model';
import { documentName } from './official';
import { ND30_PLAN } from './templates/nd30-plan';

/** Points (the API's `Dimension` in `PT`). */
interface Dimension {
  magnitude?: number | null;
}
interface ApiColor {
  color?: { rgbColor?: { red?: number | null; green?: number | null; blue?: number | null } };
}
interface ApiTextStyle {
  bold?: boolean | null;
  italic?: boolean | null;
  underline?: boolean | null;
  fontSize?: Dimension;
  weightedFontFamily?: { fontFamily?: string | null };
}
interface ApiParagraph {
  elements?: { textRun?: { content?: string | null; textStyle?: ApiTextStyle } }[];
  paragraphStyle?: {
    alignment?: string | null;
    indentFirstLine?: Dimension;
    spaceAbove?: Dimension;
    spaceBelow?: Dimension;
    lineSpacing?: number | null;
  };
}
interface ApiCell {
  content?: ApiElement[];
  tableCellStyle?: {
    columnSpan?: number | null;
    backgroundColor?: ApiColor;
    borderTop?: { width?: Dimension };
  };
}
interface ApiTable {
  tableRows?: { tableCells?: ApiCell[] }[];
  tableStyle?: { tableColumnProperties?: { widthType?: string | null; width?: Dimension }[] };
}
interface ApiElement {
  paragraph?: ApiParagraph;
  table?: ApiTable;
  sectionBreak?: object;
}
/** The fields of a Docs API `Document` the preview reads. */
export interface TemplateDocument {
  documentStyle?: {
    pageSize?: { width?: Dimension; height?: Dimension };
    marginTop?: Dimension;
    marginBottom?: Dimension;
    marginLeft?: Dimension;
    marginRight?: Dimension;
  };
  body?: { content?: ApiElement[] };
}

// What a new Google Doc uses when the template sets nothing: US Letter, 1-inch margins, Arial
// 11 pt, 1.15 lines, 1-pt black table borders.
const DEFAULT_FONT = 'Arial';
const DEFAULT_SIZE = 11;
const DEFAULT_LINE = 1.15;
const DEFAULT_BORDER = 1;

const size = (d: Dimension | undefined, fallback: number): number => d?.magnitude ?? fallback;
const cellParagraphs = (c: ApiCell | undefined): ApiParagraph[] =>
  (c?.content ?? []).flatMap((x) => (x.paragraph ? [x.paragraph] : []));

/** The body without section breaks, as DocumentApp counts its children (docs.ts does the same). */
const elementsOf = (doc: TemplateDocument): ApiElement[] =>
  (doc.body?.content ?? []).filter((e) => !e.sectionBreak);

type Style = ParagraphStyle & TextStyle;

const ALIGN: Record<string, Align> = {
  START: 'left',
  CENTER: 'center',
  END: 'right',
  JUSTIFIED: 'justify',
};

/** What a text style sets (undefined where it sets none). */
function textPart(t: ApiTextStyle): Partial<Style> {
  return {
    size: t.fontSize?.magnitude ?? undefined,
    bold: t.bold ?? undefined,
    italic: t.italic ?? undefined,
    underline: t.underline ?? undefined,
    font: t.weightedFontFamily?.fontFamily ?? undefined,
  };
}

const defined = (s: Partial<Style>): Partial<Style> =>
  Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined));

/** The style a paragraph sets itself: its paragraph style and its first run's text style. */
function ownStyle(p: ApiParagraph | undefined, withText = true): Partial<Style> {
  const s = p?.paragraphStyle ?? {};
  return defined({
    align: s.alignment ? ALIGN[s.alignment] : undefined,
    indentFirstLine: s.indentFirstLine?.magnitude ?? undefined,
    spaceBefore: s.spaceAbove?.magnitude ?? undefined,
    spaceAfter: s.spaceBelow?.magnitude ?? undefined,
    // A percentage: 100 = single.
    lineSpacing: s.lineSpacing != null ? s.lineSpacing / 100 : undefined,
    ...(withText ? textPart(p?.elements?.[0]?.textRun?.textStyle ?? {}) : {}),
  });
}

function resolve(s: Partial<Style>): Style {
  return {
    align: s.align ?? 'left',
    indentFirstLine: s.indentFirstLine ?? 0,
    spaceBefore: s.spaceBefore ?? 0,
    spaceAfter: s.spaceAfter ?? 0,
    lineSpacing: s.lineSpacing ?? DEFAULT_LINE,
    size: s.size ?? DEFAULT_SIZE,
    bold: !!s.bold,
    italic: !!s.italic,
    underline: !!s.underline,
    font: s.font ?? DEFAULT_FONT,
  };
}

function block(style: Style, runs: ParagraphBlock['runs'], role?: string): ParagraphBlock {
  const { align, indentFirstLine, spaceBefore, spaceAfter, lineSpacing } = style;
  return {
    kind: 'paragraph',
    align,
    indentFirstLine,
    spaceBefore,
    spaceAfter,
    lineSpacing,
    runs,
    ...(role ? { role } : {}),
  };
}

/** A paragraph as the template has it (every run), or with its text set (`setText`: one run). */
function paragraph(p: ApiParagraph, text: string | null, role?: string): ParagraphBlock {
  const style = resolve(ownStyle(p));
  if (text !== null) return block(style, text ? [{ ...style, text }] : [], role);
  const runs = (p.elements ?? []).flatMap((e) => {
    const content = (e.textRun?.content ?? '').replace(/\n$/, '');
    const own = defined(textPart(e.textRun?.textStyle ?? {}));
    return content ? [{ ...resolve({ ...ownStyle(p, false), ...own }), text: content }] : [];
  });
  return block(style, runs, role);
}

const hex = (c: ApiColor | undefined): string | undefined => {
  const rgb = c?.color?.rgbColor;
  if (!rgb) return undefined;
  const part = (v: number | null | undefined) =>
    Math.round((v ?? 0) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${part(rgb.red)}${part(rgb.green)}${part(rgb.blue)}`;
};

/** The template's column widths, pt: fixed ones as set, the others share the rest evenly. */
function columnWidths(table: ApiTable, columns: number, textWidth: number): number[] {
  const props = table.tableStyle?.tableColumnProperties ?? [];
  const fixed = Array.from({ length: columns }, (_, c) => {
    const p = props[c];
    return p?.widthType === 'FIXED_WIDTH' ? (p.width?.magnitude ?? null) : null;
  });
  const free = fixed.filter((w) => w === null).length;
  const rest = textWidth - fixed.reduce<number>((s, w) => s + (w ?? 0), 0);
  const share = free ? Math.max(5, rest / free) : 0;
  return fixed.map((w) => Math.round((w ?? share) * 100) / 100);
}

function tableBlock(
  table: ApiTable,
  columns: number,
  textWidth: number,
  rows: TableBlock['rows'],
  role: string,
): TableBlock {
  const first = table.tableRows?.[0]?.tableCells?.[0];
  return {
    kind: 'table',
    role,
    columnWidths: columnWidths(table, columns, textWidth),
    borderWidth: size(first?.tableCellStyle?.borderTop?.width, DEFAULT_BORDER),
    cellStyle: resolve({}),
    rows,
  };
}

/** A copied table (merges, shading kept), `edits` setting cell paragraph texts. */
function copiedTable(
  table: ApiTable,
  edits: readonly [number, number, number, string][],
  textWidth: number,
): TableBlock {
  const columns = Math.max(0, ...(table.tableRows ?? []).map((r) => r.tableCells?.length ?? 0));
  const rows = (table.tableRows ?? []).map((r, ri) => {
    const cells: TableCell[] = [];
    const source = r.tableCells ?? [];
    for (let ci = 0; ci < source.length; ci++) {
      const cell = source[ci] as ApiCell;
      const span = Math.max(1, cell.tableCellStyle?.columnSpan ?? 1);
      const paragraphs = cellParagraphs(cell).map((p, k) => {
        const edit = edits.find(([er, ec, ek]) => er === ri && ec === ci && ek === k);
        return paragraph(p, edit ? edit[3] : null);
      });
      const background = hex(cell.tableCellStyle?.backgroundColor);
      cells.push({
        paragraphs,
        ...(background ? { background } : {}),
        ...(span > 1 ? { colSpan: span } : {}),
      });
      // The cells a merge covers stay in the row (empty): the head stands for them.
      if (source.length === columns) ci += span - 1;
    }
    return { cells };
  });
  return tableBlock(table, columns, textWidth, rows, 'template');
}

/** The item table as docs.ts writes it: one row per planned row, merged as the rows it repeats. */
function itemTable(
  table: ApiTable,
  { item, rows: planned, merges }: Extract<FillStep, { item: number }>,
  textWidth: number,
): TableBlock {
  const head = (like: number): ApiCell | undefined => table.tableRows?.[like]?.tableCells?.[0];
  const itemStyle = ownStyle(cellParagraphs(head(item))[0]);
  const columns = planned[0]?.cells.length ?? 0;
  const rows = planned.map(({ like, cells }, r) => {
    // The item rows' style on the whole table, the other rows' own style on top.
    const own = like === item ? {} : ownStyle(cellParagraphs(head(like))[0]);
    const style = resolve({ ...itemStyle, ...own });
    const background = like === item ? undefined : hex(head(like)?.tableCellStyle?.backgroundColor);
    const drawn: TableCell[] = [];
    for (let c = 0; c < cells.length; c++) {
      const text = cells[c] ?? '';
      const span = merges.find((m) => m[0] === r && m[1] === c)?.[2] ?? 1;
      drawn.push({
        paragraphs: [block(style, text ? [{ ...style, text }] : [])],
        ...(background ? { background } : {}),
        ...(span > 1 ? { colSpan: span } : {}),
      });
      // The Doc keeps a merge's text in its head cell; the covered cells go with it.
      c += span - 1;
    }
    return { role: like === item ? 'item' : `like-${like}`, cells: drawn };
  });
  return tableBlock(table, columns, textWidth, rows, 'template-items');
}

type Filled = { ok: true; model: DocModel } | { ok: false; message: string };

/** The document the export would write from this template, or the problem it would report. */
export function templateDocumentModel(
  plan: Plan,
  info: Grid | null,
  doc: TemplateDocument | null,
): Filled {
  const [body = null, merges] = doc ? describeTemplate(doc.body?.content ?? []) : [];
  const planned = planTemplateFill(plan, info, body, merges);
  if (!planned.ok) return planned;
  if (!doc) return { ok: false, message: EXPORT.templateUnreadable };
  const d = doc.documentStyle ?? {};
  const page = {
    width: size(d.pageSize?.width, 612),
    height: size(d.pageSize?.height, 792),
    margins: {
      top: size(d.marginTop, 72),
      bottom: size(d.marginBottom, 72),
      left: size(d.marginLeft, 72),
      right: size(d.marginRight, 72),
    },
  };
  const textWidth = page.width - page.margins.left - page.margins.right;
  const elements = elementsOf(doc);
  const blocks: Block[] = [];
  const drawn = (step: FillStep): Block[] => {
    const el = elements[step.from] ?? {};
    if ('texts' in step)
      return el.paragraph ? step.texts.map((t) => paragraph(el.paragraph as ApiParagraph, t)) : [];
    if (!el.table) return [];
    return 'edits' in step
      ? [copiedTable(el.table, step.edits, textWidth)]
      : [itemTable(el.table, step, textWidth)];
  };
  for (const step of planned.steps) blocks.push(...drawn(step));
  // Docs ends a body that ends with a table with an empty paragraph.
  if (blocks[blocks.length - 1]?.kind === 'table') blocks.push(block(resolve({}), []));
  return {
    ok: true,
    model: {
      name: documentName(plan.info, ND30_PLAN.texts.blank),
      page: { ...page, landscape: page.width > page.height },
      font: DEFAULT_FONT,
      color: '#000000',
      blocks,
    },
  };
}

/** The preview page of the school's template, or of the problem the export would report. */
export function renderTemplatePreviewHtml(
  plan: Plan,
  errors: number,
  info: Grid | null,
  doc: TemplateDocument | null,
): string {
  const filled = templateDocumentModel(plan, info, doc);
  if (filled.ok)
    return renderDocumentHtml(filled.model, {
      banner: PREVIEW.banner(filled.model.name, errors),
    });
  const empty: DocModel = {
    name: documentName(plan.info, ND30_PLAN.texts.blank),
    page: {
      width: 595.28,
      height: 841.89,
      margins: { top: 56.69, bottom: 56.69, left: 85.04, right: 42.52 },
      landscape: false,
    },
    font: DEFAULT_FONT,
    color: '#000000',
    blocks: [],
  };
  return renderDocumentHtml(empty, { banner: filled.message });
}
