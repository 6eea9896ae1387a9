/**
 * The school's own Doc template (`Mẫu văn bản` = a Google Doc link): a plain description of
 * its body (paragraph texts; table cells as paragraph texts) → what to copy and which texts to
 * set, or the first problem. `{{Mục}}` = a row of `Thông tin chung`; a paragraph whose value has
 * several lines (`{{Căn cứ}}`, `{{Nơi nhận}}`) repeats once per line; a table row holding
 * `Kế hoạch` column names repeats once per item (catalog order), a row holding `{{Tiêu chuẩn}}`
 * once per standard. Values are plain text, never read as placeholders again.
 */
import { EXPORT } from '../messages';
import {
  type ColumnSpec,
  headerKey,
  INFO_COLUMNS,
  INFO_ROWS,
  mapHeaders,
  PLAN_COLUMNS,
} from '../plan/contract';
import { cellString } from '../plan/cells';
import type { Grid, PlanItem } from '../plan/model';
import type { Plan } from '../plan/read';
import { formatDmy } from '../parse/dates';
import { docIdOf, NOT_A_DOC } from '../parse/links';
import { fieldValue, groupItems, groupTitle, legalBases } from './build';
import { recipientLines, schoolYearLabel } from './official';
import type { ItemField } from './template';
import { ND30_PLAN } from './templates/nd30-plan';

/** A body element: a paragraph's text, a table (rows → cells → paragraph texts), or null. */
export type Described = string | string[][][] | null;

/** Per body element, its table's merged cells: [row, column, span] of each head (span > 1). */
export type Merges = ([number, number, number][] | undefined)[];

/** The parts of a Docs API `Document` (one documents.get) the description reads. */
interface SourceElement {
  sectionBreak?: object | null;
  paragraph?: SourceParagraph | null;
  table?: {
    tableRows?: { tableCells?: SourceCell[] | null }[] | null;
  } | null;
}
interface SourceParagraph {
  elements?: { textRun?: { content?: string | null } | null }[] | null;
}
interface SourceCell {
  content?: SourceElement[] | null;
  tableCellStyle?: { columnSpan?: number | null } | null;
}

const sourceText = (p: SourceParagraph): string =>
  (p.elements ?? [])
    .map((x) => x.textRun?.content ?? '')
    .join('')
    .replace(/\n$/, '');

/**
 * A template as planTemplateFill reads it, from the Docs API body (section breaks left out, as
 * DocumentApp counts the body's children): the description and the merged cells.
 */
export function describeTemplate(content: readonly SourceElement[]): [Described[], Merges] {
  const elements = content.filter((e) => !e.sectionBreak);
  // A merge's head cell has its columnSpan; the cells it covers stay listed, empty (the fakes'
  // Docs API, test/fakes/docs-api.ts, cites the page).
  const merges: Merges = elements.map((e) =>
    e.table?.tableRows?.flatMap((r, row) =>
      (r.tableCells ?? []).flatMap((c, col): [number, number, number][] => {
        const span = c.tableCellStyle?.columnSpan ?? 1;
        return span > 1 ? [[row, col, span]] : [];
      }),
    ),
  );
  const described = elements.map((e): Described =>
    e.paragraph
      ? sourceText(e.paragraph)
      : e.table
        ? (e.table.tableRows ?? []).map((r) =>
            (r.tableCells ?? []).map((c) =>
              (c.content ?? []).flatMap((x) => (x.paragraph ? [sourceText(x.paragraph)] : [])),
            ),
          )
        : null,
  );
  return [described, merges];
}

export type FillStep =
  /** Copy element `from` once per text (null: as it is). */
  | { from: number; texts: (string | null)[] }
  /** Copy table `from`, then set cell paragraph [row, cell, paragraph] texts. */
  | { from: number; edits: [number, number, number, string][] }
  /**
   * A new table of these rows, each styled like template row `like` (`item`: the item row),
   * its cells merged as in the rows they repeat ([row, column, span]).
   */
  | {
      from: number;
      item: number;
      rows: { like: number; cells: string[] }[];
      merges: [number, number, number][];
    };

type Filled = { ok: true; steps: FillStep[] } | { ok: false; message: string };

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const STANDARD = headerKey('Tiêu chuẩn');
const ITEM_KEYS = new Map<string, string>(
  (PLAN_COLUMNS as readonly ColumnSpec<string>[]).flatMap((c) =>
    [c.header, ...(c.synonyms ?? [])].map((h) => [headerKey(h), c.key]),
  ),
);
ITEM_KEYS.set(headerKey('TT'), 'tt');

/** The document id in a Docs link (`…/document/d/<id>/edit…`) or a bare id; null otherwise. */
export const templateDocId = (value: string): string | null =>
  NOT_A_DOC.test(value) ? null : docIdOf(value);

const names = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');

/** Every row of `Thông tin chung` by its `Mục` (and every known `Mục`, empty when absent). */
function infoValues(plan: Plan, grid: Grid | null): Map<string, string[]> {
  const header = mapHeaders(grid?.[0] ?? [], INFO_COLUMNS);
  const out = new Map<string, string[]>(INFO_ROWS.map((r) => [headerKey(r.label), []]));
  for (const row of (grid ?? []).slice(1)) {
    const label = headerKey(row[header.index.label ?? 0]);
    if (label) out.set(label, lines(cellString(row[header.index.value ?? 1])));
  }
  const year = schoolYearLabel(plan.info);
  out.set(headerKey('Căn cứ'), legalBases(plan, year || ND30_PLAN.texts.blank));
  out.set(headerKey('Nơi nhận'), recipientLines(plan.info.recipients, ND30_PLAN.texts.archive));
  return out;
}

const lines = (text: string): string[] =>
  text
    .normalize('NFC')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Fills `text`'s placeholders from `get` (one pass: values are never re-read). */
const put = (text: string, get: (key: string) => string): string =>
  text.replace(PLACEHOLDER, (_, n: string) => get(headerKey(n)));

/** `body` null: the link is not a readable Google Doc. */
export function planTemplateFill(
  plan: Plan,
  info: Grid | null,
  body: Described[] | null,
  merges: Merges = [],
): Filled {
  if (!body) return { ok: false, message: EXPORT.templateUnreadable };
  const values = infoValues(plan, info);
  const fail = (message: string): Filled => ({ ok: false, message });
  const one = (k: string): string => (values.get(k) ?? []).join('\n');
  const steps: FillStep[] = [];
  let items = false;
  const unknown = (list: string[], item: boolean): string | undefined =>
    list.find((n) => {
      const k = headerKey(n);
      return !values.has(k) && !(item && (ITEM_KEYS.has(k) || k === STANDARD));
    });
  for (const [from, el] of body.entries()) {
    if (el === null) continue;
    if (typeof el === 'string') {
      const found = names(el);
      const bad = unknown(found, false);
      if (bad !== undefined) return fail(EXPORT.templatePlaceholder(bad));
      const list = found.map(headerKey).find((k) => (values.get(k)?.length ?? 0) > 1);
      const texts = !found.length
        ? [null]
        : list
          ? (values.get(list) ?? []).map((line) => put(el, (k) => (k === list ? line : one(k))))
          : [put(el, one)];
      steps.push({ from, texts });
      continue;
    }
    const rowNames = el.map((row) => names(row.flat().join('\n')));
    const bad = rowNames.map((r) => unknown(r, true)).find((n) => n !== undefined);
    if (bad !== undefined) return fail(EXPORT.templatePlaceholder(bad));
    const isItem = (r: string[]): boolean => r.some((n) => ITEM_KEYS.has(headerKey(n)));
    const itemRow = rowNames.findIndex(isItem);
    if (itemRow < 0) {
      const edits: [number, number, number, string][] = [];
      el.forEach((row, r) =>
        row.forEach((cell, c) =>
          cell.forEach((p, k) => {
            if (names(p).length) edits.push([r, c, k, put(p, one)]);
          }),
        ),
      );
      steps.push({ from, edits });
      continue;
    }
    items = true;
    const rows = tableRows(plan, el, rowNames, itemRow, one);
    const merged = merges[from] ?? [];
    steps.push({
      from,
      item: itemRow,
      rows,
      merges: rows.flatMap(({ like }, r) =>
        merged
          .filter((m) => m[0] === like)
          .map(([, c, span]): [number, number, number] => [r, c, span]),
      ),
    });
  }
  return items ? { ok: true, steps } : fail(EXPORT.templateNoItems);
}

function tableRows(
  plan: Plan,
  table: string[][][],
  rowNames: string[][],
  itemRow: number,
  one: (k: string) => string,
): { like: number; cells: string[] }[] {
  const band = rowNames.findIndex((r) => r.some((n) => headerKey(n) === STANDARD));
  const text = (r: number, get: (k: string) => string): string[] =>
    (table[r] ?? []).map((cell) => cell.map((p) => put(p, get)).join('\n'));
  const rows: { like: number; cells: string[] }[] = [];
  table.forEach((_, r) => {
    if (r === band) return;
    if (r !== itemRow) return void rows.push({ like: r, cells: text(r, one) });
    let tt = 0;
    for (const group of groupItems(plan)) {
      const title = groupTitle(plan, ND30_PLAN, group);
      if (band >= 0)
        rows.push({ like: band, cells: text(band, (k) => (k === STANDARD ? title : one(k))) });
      let previous = '';
      for (const item of group.items) {
        const ctx = { tt: String(++tt), first: !item.criterion || item.criterion !== previous };
        previous = item.criterion;
        rows.push({ like: r, cells: text(r, (k) => itemValue(plan, item, k, ctx, one)) });
      }
    }
  });
  return rows;
}

function itemValue(
  plan: Plan,
  item: PlanItem,
  k: string,
  ctx: { tt: string; first: boolean },
  one: (k: string) => string,
): string {
  const field = ITEM_KEYS.get(k);
  if (!field) return one(k);
  if (field === 'start') return item.start ? formatDmy(item.start) : '';
  if (field === 'id' || field === 'updated') return item[field];
  return fieldValue(plan, ND30_PLAN, item, field as ItemField, ctx);
}
