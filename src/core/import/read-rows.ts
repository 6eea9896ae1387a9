/**
 * The rows of one plan table → items: fields by column, labelled lines routed to their field,
 * merged cells read as DocumentApp reports them, standards and criteria carried from the rows
 * and headings above, money and time taken from prose where the table has no column for them.
 * Every guess is counted and reported by the Doc's table and row.
 */
import { parseBudget } from '../parse/budget';
import { findCriterion, LEVEL_LABEL, parseLevel, type Catalog } from '../plan/catalog/catalog';
import { parsePeriod } from '../parse/period';
import { PLAN_COLUMNS, type PlanField } from '../plan/contract';
import { cleanMultiline, cleanText } from '../parse/text';
import type { Issue } from '../plan/model';
import type { SchoolYear } from '../parse/dates';
import { enter, readCriterion, suggestCriterion, type Place } from './criteria';
import { headingOf } from '../plan/headings';
import { IMPORT } from '../messages';
import { ITEM_INPUT_FIELDS } from '../plan/item';
import { fromProse, labelField, type ProseField } from './prose';
import type { ImportColumn, TableLayout } from './table-layout';

/** The fields an imported row fills: the item's editable fields, in the contract's order. */
export const ITEM_FIELDS = ITEM_INPUT_FIELDS satisfies readonly PlanField[];

export type ItemField = (typeof ITEM_FIELDS)[number];

export type ImportedItem = Record<ItemField, string> & {
  /** The standard the row sits under (`1`, `M4`), also when its criterion is unknown. */
  standard: string;
  /** Where the row is in the Doc: table and row, 1-based. */
  source: { table: number; row: number };
};

export interface ImportStats {
  tables: { table: number; plan: boolean; rows: number }[];
  /** Items per standard code; '' for rows whose standard is unknown. */
  rowsPerStandard: Record<string, number>;
  columns: { recognised: { header: string; field: string }[]; ignored: string[] };
  criteriaGuessed: number;
  periodsNotUnderstood: { table: number; row: number; text: string }[];
  /** Rows whose period, lead or money was taken from prose. */
  fromProse: number;
  /** Owner names and roles that match nobody in `Nhân sự` (only when a roster is given). */
  ownersUnmatched: string[];
}

/** Fields that make a row work of its own (not only a criterion, a result or dates). */
const CONTENT = ITEM_FIELDS.filter(
  (f) => !/^(?:criterion|selfAssessment|start|deadline|fundingSource|status)$/.test(f),
);
const PROSE_FIELDS: readonly ProseField[] = ['period', 'lead', 'budget', 'fundingSource'];
const ROUTED = new Set<string>(CONTENT.concat(['deadline', 'start', 'fundingSource']));

export interface Table {
  /** 1-based, in the document's order (all tables counted). */
  index: number;
  /** Per cell, the cell whose content it shows (see mergeOrigins). */
  origins: [number, number][][];
  grid: string[][];
  layout: TableLayout | null;
}

export interface Reading {
  ctx: Place;
  year: SchoolYear | null;
  catalog: Catalog | null;
  items: ImportedItem[];
  issues: Issue[];
  stats: ImportStats;
}

/** An issue in the check's shape, placed in the Doc (no sheet column letter). */
export function docIssue(
  sheet: string,
  row: number | null,
  field: string | null,
  column: string | null,
  message: string,
): Issue {
  return { sheet, row, field, column, columnLetter: null, message };
}

export function readTable(table: Table, layout: TableLayout, reading: Reading): void {
  const { ctx, items, issues, stats } = reading;
  const { columns } = layout;
  const has = (f: ImportColumn): boolean => columns.includes(f);
  const prose = new Set(PROSE_FIELDS.filter((f) => !has(f)));
  let carried = '';
  // `Tiêu chuẩn 2: …` merged across the top of its own table, above the header.
  for (const row of table.grid.slice(0, layout.headerRows)) {
    const heading = new Set(row).size === 1 ? headingOf(row[0] ?? '') : null;
    if (heading && heading.kind !== 'total') enter(ctx, heading);
  }
  for (let r = layout.headerRows; r < table.grid.length; r++) {
    const texts = table.grid[r] ?? [];
    const rowNo = r + 1;
    const place = (field: string | null, message: string): void => {
      const c = field ? columns.indexOf(field as ImportColumn) : -1;
      const column = c >= 0 ? (layout.headers[c] ?? null) : null;
      issues.push(
        docIssue(
          IMPORT.sheet(table.index),
          rowNo,
          field,
          column,
          IMPORT.at(table.index, rowNo, column) + message,
        ),
      );
    };
    const filled = texts.map((t, c) => (columns[c] === 'tt' ? '' : cleanText(t)));
    if (!filled.some(Boolean)) continue;
    // A row whose content is one cell (or one merged cell): a standard, `MỨC 4`, a total.
    const origins = new Set(
      filled.flatMap((t, c) => (t ? [(table.origins[r]?.[c] ?? [r, c]).join()] : [])),
    );
    const only = filled.find(Boolean) ?? '';
    const heading = headingOf(only);
    if (
      heading?.kind === 'total' &&
      filled.every((t, c) => !t || t === only || columns[c] === 'budget')
    )
      continue;
    if (origins.size === 1 && heading) {
      // `total` was handled above: this is a standard or a `MỨC …` block.
      enter(ctx, heading);
      carried = '';
      continue;
    }
    if (isRepeatedHeader(texts, layout)) continue;

    const item = emptyItem(table.index, rowNo);
    const get = (f: ImportColumn): string => {
      const c = columns.indexOf(f);
      return c >= 0 ? cleanMultiline(texts[c]) : '';
    };
    for (let c = 0; c < columns.length; c++) {
      const f = columns[c];
      const text = cleanMultiline(texts[c]);
      // Nothing is lost: a column the import does not know goes to the notes, under its header.
      if (!f && text && layout.headers[c] && table.origins[r]?.[c]?.[1] === c)
        item.notes = [item.notes, `${layout.headers[c]}: ${text}`].filter(Boolean).join('\n');
      if (!isItemField(f) || f === 'criterion') continue;
      const [or, oc] = table.origins[r]?.[c] ?? [r, c];
      // A cell merged across belongs to its head's column.
      if (oc !== c && columns[oc] !== f) continue;
      if (f === 'budget' && or !== r) {
        if (texts[c]) place('budget', IMPORT.budgetMerged(`${or + 1}–${rowNo}`));
        continue;
      }
      routeLines(item, f, text);
    }
    item.actions = bulletLines(item.actions);
    // `Kinh phí (triệu đồng)` over bare numbers: the unit is the header's.
    const unit = /triệu|nghìn|ngàn/i.exec(layout.headers[columns.indexOf('budget')] ?? '');
    if (unit && /^\d[\d.,]*$/.test(item.budget)) item.budget += ` ${unit[0]}`;

    const standardCell = get('standard');
    const stdHeading = headingOf(standardCell);
    if (stdHeading?.kind === 'standard' || /^\d{1,2}$/.test(standardCell)) {
      const s =
        stdHeading?.kind === 'standard' ? stdHeading.standard : String(Number(standardCell));
      if (s !== ctx.standard) enter(ctx, { kind: 'standard', standard: s });
    }
    const criterionCell = get('criterion');
    const read = criterionCell ? readCriterion(criterionCell, ctx) : null;
    if (read?.standard && read.standard !== ctx.standard)
      Object.assign(ctx, { standard: read.standard, level4: false });
    if (read?.rest && !has('actions')) routeLines(item, 'actions', read.rest);
    const level = item.selfAssessment ? parseLevel(item.selfAssessment) : read?.level;
    if (item.selfAssessment && level === undefined)
      place('selfAssessment', IMPORT.levelUnreadable(item.selfAssessment));
    else if (level) item.selfAssessment = LEVEL_LABEL[level];
    if (read?.levelText) place('criterion', IMPORT.levelUnreadable(read.levelText));

    if (!CONTENT.some((f) => item[f])) {
      // A criterion row with no work of its own: it heads the rows below.
      if (read?.code) Object.assign(ctx, { criterion: read.code, level: item.selfAssessment });
      continue;
    }
    if (read?.code) {
      item.criterion = read.code;
      carried = read.code;
      ctx.criterion = '';
    } else if (read) {
      // A criterion written by its name only: the catalog's closest name, as a suggestion.
      const named =
        reading.catalog && !ctx.level4
          ? suggestCriterion(reading.catalog, ctx.standard, criterionCell)
          : null;
      if (named) {
        item.criterion = named;
        stats.criteriaGuessed++;
        place('criterion', IMPORT.criterionGuessed(named));
      } else place('criterion', IMPORT.criterionUnreadable(cleanText(criterionCell)));
    } else if (ctx.criterion) {
      item.criterion = ctx.criterion;
      item.selfAssessment ||= ctx.level;
    } else if (has('criterion') && carried) {
      item.criterion = carried;
      stats.criteriaGuessed++;
      place('criterion', IMPORT.criterionCarried(carried));
    } else if (/^\d{1,2}\.\d{1,2}$/.test(get('tt')) && get('tt').startsWith(`${ctx.standard}.`)) {
      // No criterion column, rows numbered `1.1`, `1.2` under `Tiêu chuẩn 1`: likely the criterion.
      item.criterion = get('tt');
      stats.criteriaGuessed++;
      place('criterion', IMPORT.criterionFromNumber(item.criterion));
    } else {
      const suggestion =
        reading.catalog && ctx.standard && !ctx.level4
          ? suggestCriterion(
              reading.catalog,
              ctx.standard,
              `${item.weakness} ${item.target} ${item.actions}`,
            )
          : null;
      if (suggestion) {
        item.criterion = suggestion;
        stats.criteriaGuessed++;
        place('criterion', IMPORT.criterionGuessed(suggestion));
      } else place('criterion', IMPORT.noCriterion(ctx.level4 ? 'M4' : ctx.standard));
    }
    item.standard = item.criterion.startsWith('M4.')
      ? 'M4'
      : item.criterion.split('.')[0] || (ctx.level4 ? 'M4' : ctx.standard);
    if (item.criterion && reading.catalog && !findCriterion(reading.catalog, item.criterion))
      place('criterion', IMPORT.criterionNotInCatalog(item.criterion, reading.catalog.id));

    if (prose.size && item.actions) {
      const found = fromProse(
        item.actions,
        new Set([...prose].filter((f) => !item[f])),
        reading.year,
      );
      // Named by the columns they go to (`Thời gian thực hiện`, `Chủ trì`).
      const names = PLAN_COLUMNS.filter((c) => c.key in found).map((c) => c.header);
      if (names.length) {
        Object.assign(item, found);
        stats.fromProse++;
        place('actions', IMPORT.fromProse(names.join(', ')));
      }
    }
    if (item.period && !parsePeriod(item.period, reading.year).recognized) {
      stats.periodsNotUnderstood.push({ table: table.index, row: rowNo, text: item.period });
      place('period', IMPORT.periodUnreadable(item.period));
    }
    if (item.budget && !parseBudget(item.budget).ok)
      place('budget', IMPORT.budgetUnreadable(item.budget));
    stats.rowsPerStandard[item.standard] = (stats.rowsPerStandard[item.standard] ?? 0) + 1;
    items.push(item);
  }
}

/**
 * A cell's lines into fields: a line labelled with another field's name (`Phối hợp: …`,
 * `Hạn: …`, as the add-on's own export writes them) goes to that field when it is empty; the
 * label of the cell's own field is dropped.
 */
function routeLines(item: ImportedItem, field: ItemField, text: string): void {
  const own: string[] = [];
  for (const line of text.split('\n').filter((l) => l.trim())) {
    const m = /^\s*([^:\n]{2,40}?)\s*:\s*(.+)$/.exec(line);
    const label = m ? labelField(m[1] ?? '') : undefined;
    if (m && label === field) own.push(m[2] ?? '');
    else if (m && label && ROUTED.has(label) && ROUTED.has(field) && !item[label])
      item[label] = cleanText(m[2]);
    else own.push(line);
  }
  const value = own.join('\n').trim();
  if (value) item[field] = item[field] ? `${item[field]}\n${value}` : value;
}

function isItemField(f: ImportColumn | null | undefined): f is ItemField {
  return (ITEM_FIELDS as readonly string[]).includes(f ?? '');
}

/** `- a - b` typed as one paragraph: one line per bullet, as the cell shows them in Word. */
function bulletLines(text: string): string {
  return text
    .split('\n')
    .flatMap((line) => (/^[-+•]/.test(line) ? line.split(/\s+(?=[-+•]\s*\p{Lu})/u) : [line]))
    .map((line) => line.replace(/^•\s*/, '- '))
    .join('\n');
}

function isRepeatedHeader(texts: readonly string[], layout: TableLayout): boolean {
  if (layout.headerRows === 0) return false;
  return (
    texts.every((t, c) => !cleanText(t) || cleanText(t) === layout.headers[c]) &&
    texts.some(Boolean)
  );
}

function emptyItem(table: number, row: number): ImportedItem {
  const item = { standard: '', source: { table, row } } as ImportedItem;
  for (const f of ITEM_FIELDS) item[f] = '';
  return item;
}
