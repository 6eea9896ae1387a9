/**
 * A Google Doc (as a DocTree) → the rows and header values an import would add, the issues
 * to review, and what the preview shows. Pure: writes nothing, reads nothing else. Rows keep
 * the document's order; what cannot be placed is reported by the Doc's table and row.
 */
import {
  builtInCatalogs,
  chooseCatalog,
  LEVEL_LABEL,
  parseCriterionCode,
  parseLevel,
  parseSchoolLevel,
  type Catalog,
} from '../plan/catalog/catalog';
import { parseSchoolYear } from '../parse/dates';
import { resolveOwners } from '../plan/owners';
import { mapHeaders, PLAN_COLUMNS } from '../plan/contract';
import { asciiKey, cleanText } from '../parse/text';
import type { Issue, Person } from '../plan/model';
import type { SchoolYear } from '../parse/dates';
import { enter, readCriterion, type Place } from './criteria';
import { headingOf } from '../plan/headings';
import { cellText, mergeOrigins, paragraphText, type DocTree } from './doc-tree';
import { IMPORT } from '../messages';
import { documentTitle, LABEL, readPlanHeader, type InfoValues } from './plan-header';
import { docIssue, readTable, type ImportedItem, type ImportStats, type Table } from './read-rows';
import { planLayout, type TableLayout } from './table-layout';

export { ITEM_FIELDS, type ImportedItem, type ImportStats, type ItemField } from './read-rows';

export interface DocImport {
  items: ImportedItem[];
  info: InfoValues;
  issues: Issue[];
  stats: ImportStats;
}

export interface ImportOptions {
  /** The plan's catalog; by default the one the document's school level or circular names. */
  catalog?: Catalog | null;
  schoolYear?: SchoolYear | null;
  /** `Nhân sự`, to list the owners that match nobody. */
  roster?: readonly Person[];
}

export function readPlanDoc(tree: DocTree, options: ImportOptions = {}): DocImport {
  const stats: ImportStats = {
    tables: [],
    rowsPerStandard: {},
    columns: { recognised: [], ignored: [] },
    criteriaGuessed: 0,
    periodsNotUnderstood: [],
    fromProse: 0,
    ownersUnmatched: [],
  };
  const outside: string[] = [];
  /** Self-assessment results found in other tables (`Tiêu chí | Tự đánh giá`), by code. */
  const assessments = new Map<string, string>();
  const tables = new Map<number, Table>();
  let previous: TableLayout | null = null;
  tree.blocks.forEach((block, b) => {
    if (block.type === 'paragraph') {
      outside.push(paragraphText(block));
      // Only a table right after the plan table (page break, `(tiếp theo)`) continues it.
      const text = cleanText(block.text);
      if (text && !headingOf(text) && !/^\(?tiếp/i.test(text)) previous = null;
      return;
    }
    const origins = mergeOrigins(block.rows);
    const grid = origins.map((row) => row.map(([r, c]) => cellText(block.rows[r]?.[c])));
    // A table with no header of its own that continues the previous plan table's columns.
    let layout = planLayout(grid);
    if (!layout && previous && grid[0]?.length === previous.columns.length)
      layout = { ...previous, headerRows: 0 };
    if (layout) previous = layout;
    const table = { index: stats.tables.length + 1, origins, grid, layout };
    tables.set(b, table);
    stats.tables.push({ table: table.index, plan: !!layout, rows: grid.length });
    if (!layout) {
      for (const row of grid) for (const text of row) outside.push(...text.split('\n'));
      readAssessments(grid, assessments);
    } else if (layout.headerRows > 0) {
      recordColumns(layout, stats);
      // A title merged across the table's top (`KẾ HOẠCH … NĂM HỌC 2024-2025`) is the Doc's.
      for (const row of grid.slice(0, layout.headerRows))
        if (row.length > 1 && new Set(row).size === 1) outside.push(row[0] ?? '');
    }
  });

  const info = readPlanHeader(outside);
  const title = documentTitle(outside);
  const year = options.schoolYear ?? parseSchoolYear(info[LABEL.schoolYear]);
  const catalog =
    options.catalog !== undefined
      ? options.catalog
      : defaultCatalog(info[LABEL.catalog], info[LABEL.schoolLevel]);

  const items: ImportedItem[] = [];
  const issues: Issue[] = [];
  const ctx: Place = {
    standard: '',
    level4: false,
    criterion: '',
    level: '',
  };
  tree.blocks.forEach((block, b) => {
    if (block.type === 'paragraph') {
      const text = cleanText(block.text);
      const heading = headingOf(text);
      if (heading?.kind === 'standard' || (heading?.kind === 'levels' && text.length < 40))
        enter(ctx, heading);
      else if (/^[IVX]{1,4}\s*[.)\-–]/.test(text)) ctx.criterion = '';
      else {
        // A short `Tiêu chí 1.1: …` line heads the tables under it; prose naming one does not.
        const read =
          text.length < 160 && /^(?:tieu chi|yeu cau)\s/.test(asciiKey(text))
            ? readCriterion(text, ctx)
            : null;
        if (read?.code)
          Object.assign(ctx, {
            criterion: read.code,
            level: read.level ? LEVEL_LABEL[read.level] : '',
          });
      }
      return;
    }
    const table = tables.get(b);
    if (table?.layout) readTable(table, table.layout, { ctx, year, catalog, items, issues, stats });
  });

  for (const item of items) {
    item.selfAssessment ||= assessments.get(item.criterion) ?? '';
    const owners = options.roster
      ? resolveOwners(`${item.lead}\n${item.partners}`, options.roster)
      : [];
    for (const { token, people } of owners)
      if (!people.length && !stats.ownersUnmatched.includes(token))
        stats.ownersUnmatched.push(token);
  }
  const improvement =
    // `Kế hoạch khắc phục tồn tại sau đánh giá ngoài` is one too.
    /cai tien|khac phuc/.test(asciiKey(title)) ||
    (!title && /cai tien chat luong/.test(asciiKey(outside.join(' ')))) ||
    items.some((i) => i.criterion || i.standard || i.weakness);
  if (!improvement)
    return {
      items: [],
      info: {},
      issues: [
        sheetIssue(
          outside.some((l) => cleanText(l))
            ? IMPORT.notImprovementPlan(title || IMPORT.document)
            : IMPORT.emptyDocument,
        ),
      ],
      stats,
    };
  if (!stats.tables.some((t) => t.plan)) issues.push(sheetIssue(IMPORT.noPlanTable));
  return { items, info, issues, stats };
}

function readAssessments(grid: readonly string[][], into: Map<string, string>): void {
  const { index } = mapHeaders(grid[0] ?? [], PLAN_COLUMNS);
  if (index.criterion === undefined || index.selfAssessment === undefined) return;
  for (const row of grid.slice(1)) {
    const code = parseCriterionCode(row[index.criterion]).code;
    const level = parseLevel(row[index.selfAssessment]);
    if (code && level) into.set(code, LEVEL_LABEL[level]);
  }
}

function recordColumns(layout: TableLayout, stats: ImportStats): void {
  layout.columns.forEach((f, c) => {
    const header = layout.headers[c] ?? '';
    if (!header) return;
    if (f && f !== 'tt') {
      if (!stats.columns.recognised.some((x) => x.header === header))
        stats.columns.recognised.push({ header, field: f });
    } else if (!f && !stats.columns.ignored.includes(header)) stats.columns.ignored.push(header);
  });
}

function defaultCatalog(
  catalogText: string | undefined,
  levelText: string | undefined,
): Catalog | null {
  const choice = chooseCatalog(
    builtInCatalogs(),
    catalogText ?? '',
    parseSchoolLevel(levelText ?? ''),
  );
  return choice.ok ? choice.catalog : null;
}

function sheetIssue(message: string): Issue {
  return docIssue(IMPORT.document, null, null, null, message);
}
