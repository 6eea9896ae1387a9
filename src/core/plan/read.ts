/**
 * Sheet rows → the typed plan, and the check. Pure: takes the values each sheet holds
 * (exactly what getValues returns) and never writes.
 */
import {
  applyOverrides,
  builtInCatalogs,
  chooseCatalog,
  findCriterion,
  parseCriterionCode,
  parseLevel,
  type Catalog,
  type CatalogOverride,
} from './catalog/catalog';
import {
  ERROR,
  finding,
  WARNING,
  type Finding,
  type Level,
  type Person,
  type PlanItem,
  type Grid,
  type SheetValues,
} from './model';
import { CHECK, FIELD } from '../messages';
import { parsePlanInfo, type PlanInfo } from './info';
import { parseRoster } from './roster';
import {
  emptyItemInput,
  ITEM_INPUT_FIELDS,
  parseItemInput,
  type ItemInput,
  effectiveDates,
  itemRuleFindings,
} from './item';
import {
  CATALOG_COLUMNS,
  headerKey,
  mapHeaders,
  PLAN_COLUMNS,
  ROSTER_COLUMNS,
  SHEET,
  type ColumnSpec,
  type HeaderMap,
  type PlanField,
} from './contract';
import { cleanText } from '../parse/text';
import { headingOf } from './headings';
import { cellToInput, cleanCellText } from './cells';

interface Assessment {
  code: string;
  level: Level;
  row: number;
}

export interface Plan {
  info: PlanInfo;
  /** The plan's catalog with the school's overrides; null when it cannot be chosen. */
  catalog: Catalog | null;
  items: PlanItem[];
  /** Self-assessment per criterion, from any row that states it (first wins). */
  assessments: Record<string, Assessment>;
  roster: Person[];
  planHeader: HeaderMap<PlanField> | null;
}

/** Fields that make a row an item; a criterion and a result alone only record the assessment. */
const CONTENT_FIELDS: readonly PlanField[] = ITEM_INPUT_FIELDS.filter(
  (f) => f !== 'criterion' && f !== 'selfAssessment',
);

const SHEET_ERROR = /^#(REF!|N\/A|VALUE!|ERROR!|NAME\?|DIV\/0!|NUM!|NULL!|SPILL!|CALC!)$/;

export interface BuildResult {
  plan: Plan;
  findings: Finding[];
}

/** What a plan's rows are read against: its info and its catalog (overrides applied). */
interface PlanContext {
  info: PlanInfo;
  catalog: Catalog | null;
}

/** The info and catalog alone, without reading the items (a save checks one item). */
export function planContext(sheets: Pick<SheetValues, 'info' | 'catalog'>): PlanContext {
  return readContext(sheets, []);
}

export function buildPlan(sheets: SheetValues): BuildResult {
  const findings: Finding[] = [];
  const { info, catalog } = readContext(sheets, findings);

  const rosterParse = parseRoster(sheets.roster);
  if (!sheets.roster) findings.push({ ...sheetMissing(SHEET.roster), severity: WARNING });
  else {
    findings.push(...columnFindings(SHEET.roster, rosterParse.header, ROSTER_COLUMNS));
    findings.push(...rosterParse.findings);
  }

  const plan: Plan = {
    info,
    catalog,
    items: [],
    assessments: {},
    roster: rosterParse.people,
    planHeader: null,
  };
  if (!sheets.plan) findings.push(sheetMissing(SHEET.plan));
  else readItems(sheets.plan, plan, findings);
  return { plan, findings };
}

function readContext(
  sheets: Pick<SheetValues, 'info' | 'catalog'>,
  findings: Finding[],
): PlanContext {
  const infoParse = parsePlanInfo(sheets.info);
  const info = infoParse.info;
  if (!sheets.info) findings.push(sheetMissing(SHEET.info));
  else findings.push(...infoParse.findings);

  const overrides = readOverrides(sheets.catalog, findings);
  const base = builtInCatalogs();
  const first = chooseCatalog(base, info.catalogText, info.schoolLevel);
  const defaultId = first.ok ? first.catalog.id : first.id;
  const catalogs = overrides.length ? applyOverrides(base, overrides, defaultId) : base;
  const choice = chooseCatalog(catalogs, info.catalogText, info.schoolLevel);
  let catalog: Catalog | null = null;
  if (choice.ok) {
    catalog = choice.catalog;
    if (catalog.provisional)
      findings.push(
        finding(
          WARNING,
          SHEET.info,
          infoParse.rows.catalog ?? null,
          'catalog',
          CHECK.infoProvisional(catalog.id),
        ),
      );
  } else if (choice.reason === 'unknown-catalog') {
    findings.push(
      finding(
        ERROR,
        SHEET.info,
        infoParse.rows.catalog ?? null,
        'catalog',
        CHECK.infoCatalogUnknown(choice.id),
      ),
    );
  }
  return { info, catalog };
}

function sheetMissing(sheet: string): Finding {
  return finding(ERROR, sheet, null, null, CHECK.sheetMissing(sheet));
}

function columnFindings<K extends string>(
  sheet: string,
  header: HeaderMap<K> | null,
  columns: readonly ColumnSpec<K>[],
): Finding[] {
  if (!header) return [];
  const out: Finding[] = [];
  for (const key of header.missing) {
    const spec = columns.find((c) => c.key === key);
    out.push(finding(ERROR, sheet, 1, key, CHECK.columnMissing(spec?.header ?? key, sheet)));
  }
  for (const key of header.duplicates) {
    out.push(finding(WARNING, sheet, 1, key, CHECK.columnDuplicate(header.found[key] ?? key)));
  }
  return out;
}

function readOverrides(values: Grid | null, findings: Finding[]): CatalogOverride[] {
  if (!values || values.length < 2) return [];
  const header = mapHeaders(values[0] ?? [], CATALOG_COLUMNS);
  findings.push(...columnFindings(SHEET.catalog, header, CATALOG_COLUMNS));
  if (header.missing.length) return [];
  const out: CatalogOverride[] = [];
  const get = (row: readonly unknown[], k: keyof typeof header.index): string => {
    const i = header.index[k];
    return i === undefined ? '' : cleanCellText(k, row[i]);
  };
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const criterion = get(row, 'criterion');
    const name = get(row, 'criterionName');
    if (!criterion && !name) continue;
    if (!parseCriterionCode(criterion).code) {
      findings.push(
        finding(WARNING, SHEET.catalog, r + 1, 'criterion', CHECK.catalogRowUnreadable(criterion)),
      );
      continue;
    }
    if (!name) {
      findings.push(
        finding(WARNING, SHEET.catalog, r + 1, 'criterionName', CHECK.catalogRowNoName),
      );
      continue;
    }
    out.push({
      row: r + 1,
      catalog: get(row, 'catalog'),
      standard: get(row, 'standard'),
      standardName: get(row, 'standardName'),
      criterion,
      criterionName: name,
    });
  }
  return out;
}

function readItems(values: Grid, plan: Plan, findings: Finding[]): void {
  const header = mapHeaders(values[0] ?? [], PLAN_COLUMNS);
  plan.planHeader = header;
  findings.push(...columnFindings(SHEET.plan, header, PLAN_COLUMNS));
  let previousCriterion = '';
  let heading = '';
  const readRow = (r: number): PlanItem | null => {
    const rowNumber = r + 1;
    const row = values[r] ?? [];
    const flag = (severity: Finding['severity'], field: string, message: string): void => {
      findings.push(finding(severity, SHEET.plan, rowNumber, field, message));
    };
    const raw: Partial<Record<PlanField, unknown>> = {};
    for (const col of PLAN_COLUMNS) {
      const i = header.index[col.key];
      if (i !== undefined) raw[col.key] = row[i];
    }
    const input: ItemInput = emptyItemInput();
    for (const f of ITEM_INPUT_FIELDS) input[f] = cellToInput(f, raw[f]);
    const id = cleanCellText('id', raw.id);
    const filled = (f: PlanField): boolean => cleanCellText(f, raw[f]) !== '';
    if (!PLAN_COLUMNS.some((c) => filled(c.key))) return null;

    const sheetErrors = new Set<string>();
    for (const f of ITEM_INPUT_FIELDS) {
      const text = cleanText(input[f]);
      if (SHEET_ERROR.test(text)) {
        flag(ERROR, f, FIELD.formulaError(text));
        sheetErrors.add(f);
        input[f] = '';
      }
    }

    if (isHeadingRow(raw, header.found)) return null;
    const hasContent = CONTENT_FIELDS.some(filled) || sheetErrors.size > 0;
    if (!hasContent) {
      // Not an item: a self-assessment row (criterion + result), or a heading
      // (`Tiêu chuẩn 3: …`, `MỨC 4`), a bare criterion or id — all left as they are.
      const code = parseCriterionCode(raw.criterion).code;
      const level = parseLevel(input.selfAssessment);
      if (code && level) recordAssessment(plan, code, level, rowNumber);
      if (code && level === undefined)
        flag(ERROR, 'selfAssessment', FIELD.levelUnreadable(cleanText(input.selfAssessment)));
      return null;
    }

    const parsed = parseItemInput(input, { catalog: plan.catalog });
    for (const e of parsed.errors) {
      if (header.index[e.field] === undefined) continue; // reported once, as a missing column
      // Pasted from Word, a criterion cell merged over several rows is empty below its first.
      const merged = e.field === 'criterion' && !cleanText(input.criterion) && previousCriterion;
      const message = merged ? CHECK.criterionMerged(previousCriterion) : e.message;
      flag(ERROR, e.field, message);
    }
    const v = parsed.values;
    if (typeof raw.criterion === 'number' && v.criterion && plan.catalog) {
      const [std] = v.criterion.split('.');
      if (v.criterion.endsWith('.1') && findCriterion(plan.catalog, `${std}.10`))
        flag(WARNING, 'criterion', FIELD.criterionNumber(v.criterion));
    }
    const criterion = v.criterion ?? '';
    if (criterion) previousCriterion = criterion;
    const dates = effectiveDates(v, input.period, plan.info.schoolYear);
    const item: PlanItem = {
      row: rowNumber,
      id,
      criterion,
      standard: criterion.startsWith('M4.') ? 'M4' : (criterion.split('.')[0] ?? ''),
      headingStandard: '',
      selfAssessment: v.selfAssessment ?? null,
      weakness: v.weakness ?? '',
      target: v.target ?? '',
      actions: v.actions ?? '',
      lead: v.lead ?? '',
      partners: v.partners ?? '',
      period: v.period ?? '',
      start: dates.start,
      deadline: dates.deadline,
      deadlineDerived: !dates.deadlineTyped && dates.deadline !== null,
      vague: dates.vague,
      budget: v.budget ?? null,
      budgetText: cleanText(input.budget),
      fundingSource: v.fundingSource ?? '',
      support: v.support ?? '',
      evidence: v.evidence ?? '',
      status: v.status ?? null,
      notes: v.notes ?? '',
      updated: cleanCellText('updated', raw.updated),
    };
    if (criterion && item.selfAssessment)
      recordAssessment(plan, criterion, item.selfAssessment, rowNumber);
    for (const f of itemRuleFindings(item, plan.info, dates.deadlineTyped, dates.periodRecognized))
      findings.push({ ...f, row: rowNumber, sheet: SHEET.plan });
    return item;
  };
  for (let r = 1; r < values.length; r++) {
    const item = readRow(r);
    if (!item) heading = headingAfter(values[r] ?? [], heading);
    else {
      if (!item.criterion) item.headingStandard = heading;
      plan.items.push(item);
    }
  }
}

/**
 * The standard items take after a row that is not an item: a standard heading opens it, a
 * level-4 heading closes it (level 4 has no standard), anything else leaves it as it was.
 */
function headingAfter(row: readonly unknown[], current: string): string {
  for (const cell of row) {
    const heading = typeof cell === 'string' ? headingOf(cell) : null;
    if (heading?.kind === 'standard') return heading.standard;
    if (heading?.kind === 'levels' && heading.level4) return '';
  }
  return current;
}

/**
 * Rows pasted from a Word plan that are not items: a standard or level heading alone in one
 * cell (`1. Tiêu chuẩn 1: …`, `MỨC 4`), or the table's header repeated.
 */
function isHeadingRow(
  raw: Partial<Record<PlanField, unknown>>,
  found: Partial<Record<PlanField, string>>,
): boolean {
  const filled = (Object.keys(raw) as PlanField[]).filter((f) => cleanText(raw[f]) !== '');
  if (filled.length === 0) return false;
  if (filled.every((f) => headerKey(raw[f]) === headerKey(found[f]))) return true;
  const only = filled.length === 1 ? cleanText(raw[filled[0] as PlanField]) : '';
  if (headingOf(only)) return true;
  // A closing `Tổng cộng` row: a total label and amounts only.
  const total = filled.map((f) => headingOf(cleanText(raw[f]))?.kind === 'total');
  return total.some(Boolean) && filled.every((f, i) => f === 'budget' || total[i]);
}

function recordAssessment(plan: Plan, code: string, level: Level, row: number): void {
  const known = plan.assessments[code];
  // A `Chưa đạt` anywhere makes the criterion weak.
  if (!known || (level === 'CD' && known.level !== 'CD'))
    plan.assessments[code] = { code, level, row };
}
