/**
 * A small declarative document model: what an exported plan looks like, with every style
 * resolved (no inheritance), so that each renderer (Google Docs in src/server/docs.ts, the
 * HTML preview in html.ts) only translates it. Lengths are points; 1 mm = 72 / 25.4 pt.
 */
import { hash32 } from '../parse/text';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface TextStyle {
  size: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Font family when not the document's (a school's own template). */
  font?: string;
}

interface Run extends TextStyle {
  /** Literal text; `\n` is a line break inside the paragraph. */
  text: string;
}

export interface ParagraphStyle {
  align: Align;
  /** First-line indent, pt. */
  indentFirstLine: number;
  spaceBefore: number;
  spaceAfter: number;
  /** Multiple of single spacing (1 = single). */
  lineSpacing: number;
}

export interface ParagraphBlock extends ParagraphStyle {
  kind: 'paragraph';
  runs: Run[];
  /** What the paragraph is, for tests and readers: `title`, `section`, `rule`, … */
  role?: string;
}

export interface TableCell {
  paragraphs: ParagraphBlock[];
  /** `#rrggbb`, or undefined for none. */
  background?: string;
  /** Columns this cell covers (default 1); renderers that cannot merge leave the rest empty. */
  colSpan?: number;
}

export interface TableRow {
  cells: TableCell[];
  header?: boolean;
  /** `header`, `standard`, `level`, `item`, `total`, … */
  role?: string;
}

export interface TableBlock {
  kind: 'table';
  /** One width per column, pt. */
  columnWidths: number[];
  /** Border width, pt; 0 = borderless. */
  borderWidth: number;
  /** The style of every cell paragraph unless the paragraph says otherwise. */
  cellStyle: ParagraphStyle & TextStyle;
  rows: TableRow[];
  role?: string;
}

export type Block = ParagraphBlock | TableBlock;

interface PageSetup {
  width: number;
  height: number;
  margins: { top: number; bottom: number; left: number; right: number };
  landscape: boolean;
}

export interface DocModel {
  /** The file name. */
  name: string;
  page: PageSetup;
  /** Font family of every run. */
  font: string;
  /** Text colour of every run. */
  color: string;
  blocks: Block[];
}

const PT_PER_MM = 72 / 25.4;

export function mm(value: number): number {
  return Math.round(value * PT_PER_MM * 100) / 100;
}

/** The text of a paragraph (runs joined). */
export function paragraphText(p: ParagraphBlock): string {
  return p.runs.map((r) => r.text).join('');
}

const TEXT_KEYS = ['size', 'bold', 'italic', 'underline'] as const;
const PARAGRAPH_KEYS = [
  'align',
  'indentFirstLine',
  'spaceBefore',
  'spaceAfter',
  'lineSpacing',
] as const;
const same =
  <K extends string>(keys: readonly K[]) =>
  (a: Record<K, unknown>, b: Record<K, unknown>): boolean =>
    keys.every((k) => a[k] === b[k]);
const pick = <K extends string>(o: Record<K, unknown>, keys: readonly K[]): Record<K, unknown> =>
  Object.fromEntries(keys.map((k) => [k, o[k]])) as Record<K, unknown>;

export const sameTextStyle: (a: TextStyle, b: TextStyle) => boolean = same(TEXT_KEYS);
export const sameParagraphStyle: (a: ParagraphStyle, b: ParagraphStyle) => boolean =
  same(PARAGRAPH_KEYS);
/** Both the paragraph fields and the text style agree. */
export const sameStyle: (a: ParagraphStyle & TextStyle, b: ParagraphStyle & TextStyle) => boolean =
  same([...PARAGRAPH_KEYS, ...TEXT_KEYS]);

/** A paragraph's own style: its paragraph fields and the style of its first run. */
export function paragraphStyleOf(p: ParagraphBlock): ParagraphStyle & TextStyle {
  const first = p.runs[0] ?? { size: 0, bold: false, italic: false, underline: false };
  return { ...pick(p, PARAGRAPH_KEYS), ...pick(first, TEXT_KEYS) } as ParagraphStyle & TextStyle;
}

/**
 * The paragraphs of a cell as few renderable paragraphs: consecutive single-run paragraphs of
 * one style without spacing or indent become one paragraph whose lines are joined by `\n`
 * (they look the same, and a renderer writes them in one call).
 */
export function compactParagraphs(paragraphs: readonly ParagraphBlock[]): ParagraphBlock[] {
  const out: ParagraphBlock[] = [];
  for (const p of paragraphs) {
    const last = out[out.length - 1];
    const run = p.runs[0];
    const lastRun = last?.runs[0];
    if (
      last &&
      run &&
      lastRun &&
      p.runs.length === 1 &&
      last.runs.length === 1 &&
      mergeable(p) &&
      mergeable(last) &&
      sameParagraphStyle(last, p) &&
      sameTextStyle(lastRun, run)
    ) {
      out[out.length - 1] = {
        ...last,
        runs: [{ ...lastRun, text: `${lastRun.text}\n${run.text}` }],
      };
    } else {
      out.push(p);
    }
  }
  return out;
}

function mergeable(p: ParagraphStyle): boolean {
  return p.spaceBefore === 0 && p.spaceAfter === 0 && p.indentFirstLine === 0;
}

/**
 * A row as one cell per column, the way Google Docs (which cannot merge cells through
 * DocumentApp) shows it: a spanning cell keeps its content in its first column.
 */
export function expandRow(row: TableRow, columns: number): TableCell[] {
  const out: TableCell[] = [];
  for (const cell of row.cells) {
    out.push(cell);
    for (let i = 1; i < (cell.colSpan ?? 1); i++)
      out.push({ paragraphs: [], ...(cell.background ? { background: cell.background } : {}) });
  }
  while (out.length < columns) out.push({ paragraphs: [] });
  return out.slice(0, columns);
}

/** Every text of the document in reading order (cells row by row), for the fingerprint. */
export function modelText(doc: DocModel): string {
  const parts: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') parts.push(paragraphText(b));
    else
      for (const row of b.rows)
        for (const c of row.cells) parts.push(...c.paragraphs.map(paragraphText));
  }
  return parts.join('\n');
}

/**
 * A short fingerprint of a document's text, spaces and line breaks ignored (Google Docs and
 * our model join paragraphs and cells differently): equal when nobody changed a word.
 */
export function fingerprint(text: string): string {
  const bare = text.replace(/\s+/g, '');
  // The hash with the length: a changed word changes either.
  return `${bare.length}-${hash32(bare).toString(36)}`;
}
