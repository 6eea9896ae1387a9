/**
 * The document model as a self-contained HTML page: an A4 page box (mm), the same fonts,
 * sizes, spacing and tables as the Google Doc, for judging the look without a Google
 * account. Tables are laid out the way the Doc has them once the Docs service has merged the
 * band cells and set the column widths. Every text is escaped.
 */
import { escapeHtml } from '../parse/text';
import {
  compactParagraphs,
  type DocModel,
  type TableCell,
  type TableRow,
  type ParagraphBlock,
  type TableBlock,
  type TextStyle,
} from './model';

/** CSS line height of single spacing for Times New Roman, as Google Docs draws it. */
const SINGLE = 1.15;
/** Google Docs' default table-cell padding, pt. */
const CELL_PADDING = 5;

const num = (n: number): string => String(Math.round(n * 100) / 100);

/** A font and look-alikes found on Linux (Liberation, Tinos/Arimo) for the preview. */
const family = (font: string): string =>
  `'${font.replace(/['"<>;]/g, '')}', ` +
  (/times|serif|tinos/i.test(font)
    ? `'Liberation Serif', Tinos, Times, serif`
    : `'Liberation Sans', Arimo, Arial, sans-serif`);

function runCss(r: TextStyle): string {
  return (
    (r.font ? `font-family:${family(r.font)};` : '') +
    `font-size:${num(r.size)}pt` +
    (r.bold ? ';font-weight:bold' : '') +
    (r.italic ? ';font-style:italic' : '') +
    (r.underline ? ';text-decoration:underline' : '')
  );
}

function paragraphHtml(p: ParagraphBlock): string {
  const first = p.runs[0];
  const css =
    `text-align:${p.align};text-indent:${num(p.indentFirstLine)}pt;` +
    `margin:${num(p.spaceBefore)}pt 0 ${num(p.spaceAfter)}pt 0;` +
    `line-height:${num(p.lineSpacing * SINGLE)};${first ? runCss(first) : ''}`;
  const runs = p.runs
    .map((r, i) =>
      i === 0 ? escapeHtml(r.text) : `<span style="${runCss(r)}">${escapeHtml(r.text)}</span>`,
    )
    .join('');
  const role = p.role ? ` data-role="${escapeHtml(p.role)}"` : '';
  // An empty paragraph still takes a line, as in Docs.
  return `<p${role} style="${css}">${runs || '&#8203;'}</p>`;
}

/** The row's cells as the Doc has them after the merges, padded to the table's columns. */
function mergedRow(row: TableRow, columns: number): TableCell[] {
  const out = [...row.cells];
  let covered = out.reduce((n, c) => n + (c.colSpan ?? 1), 0);
  for (; covered < columns; covered++) out.push({ paragraphs: [] });
  return out;
}

function tableHtml(t: TableBlock): string {
  const border = t.borderWidth > 0 ? `${num(t.borderWidth)}pt solid #000` : 'none';
  const width = t.columnWidths.reduce((a, b) => a + b, 0);
  const cols = t.columnWidths.map((w) => `<col style="width:${num(w)}pt">`).join('');
  const rows = t.rows
    .map((row) => {
      const cells = mergedRow(row, t.columnWidths.length)
        .map((cell) => {
          const paragraphs = cell.paragraphs.length
            ? compactParagraphs(cell.paragraphs).map(paragraphHtml).join('')
            : paragraphHtml({ kind: 'paragraph', runs: [], ...t.cellStyle });
          const bg = cell.background ? `background:${escapeHtml(cell.background)};` : '';
          const span = (cell.colSpan ?? 1) > 1 ? ` colspan="${cell.colSpan}"` : '';
          return `<td${span} style="${bg}border:${border}">${paragraphs}</td>`;
        })
        .join('');
      const role = row.role ? ` data-role="${escapeHtml(row.role)}"` : '';
      return `<tr${role}>${cells}</tr>`;
    })
    .join('');
  const role = t.role ? ` data-role="${escapeHtml(t.role)}"` : '';
  return `<table${role} style="width:${num(width)}pt"><colgroup>${cols}</colgroup><tbody>${rows}</tbody></table>`;
}

interface HtmlOptions {
  /** A line above the page (not printed), e.g. the number of check errors. */
  banner?: string;
}

export function renderDocumentHtml(doc: DocModel, options: HtmlOptions = {}): string {
  const { page } = doc;
  const m = page.margins;
  const pad = `${num(m.top)}pt ${num(m.right)}pt ${num(m.bottom)}pt ${num(m.left)}pt`;
  const font = family(doc.font);
  const body = doc.blocks
    .map((b) => (b.kind === 'paragraph' ? paragraphHtml(b) : tableHtml(b)))
    .join('');
  const banner = options.banner ? `<div class="banner">${escapeHtml(options.banner)}</div>` : '';
  return (
    '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">' +
    `<title>${escapeHtml(doc.name)}</title><style>` +
    `@page{size:${num(page.width)}pt ${num(page.height)}pt;margin:${pad}}` +
    'html{background:#e8eaed}body{margin:0;padding:16px 0}' +
    '.banner{font:13px/1.4 Arial,sans-serif;color:#3c4043;max-width:' +
    `${num(page.width)}pt;margin:0 auto 12px}` +
    `.page{box-sizing:border-box;width:${num(page.width)}pt;min-height:${num(page.height)}pt;` +
    `padding:${pad};margin:0 auto;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.3);` +
    `font-family:${font};color:${escapeHtml(doc.color)}}` +
    'table{border-collapse:collapse;table-layout:fixed;margin:0}' +
    `td{vertical-align:top;padding:${CELL_PADDING}pt}` +
    'p{white-space:pre-wrap;overflow-wrap:anywhere}' +
    '@media print{html,body{background:none;padding:0}.banner{display:none}' +
    '.page{width:auto;min-height:0;padding:0;margin:0;box-shadow:none}}' +
    `</style></head><body>${banner}<div class="page" data-landscape="${page.landscape}">${body}</div></body></html>\n`
  );
}
