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
import { formatDmy, isDateValue, dateToIso, schoolYearRange, ymd } from '../parse/dates';
import type { Finding } from './findings';
import { at, CHECK, FIELD, FIELD_LABEL } from '../messages/index';
import { isValidEmail, resolveOwners } from './owners';
import { parsePeriod } from '../parse/period';
import { cellString, parsePlanInfo, type PlanInfo } from './info';
import { parseRoster } from './roster';
import { reminderLogFindings } from '../reminders/digests';
import { emptyItemInput, ITEM_INPUT_FIELDS, parseItemInput, type ItemInput } from './item';
import {
  CATALOG_COLUMNS,
  columnLetter,
  headerKey,
  INFO_COLUMNS,
  INFO_ROWS,
  mapHeaders,
  PLAN_COLUMNS,
  ROSTER_COLUMNS,
  SHEET,
  type ColumnSpec,
  type HeaderMap,
  type PlanField,
} from './contract';
import { cleanText, foldKey } from '../parse/text';
import type { CheckResult, Issue, Level, Person, PlanItem, SchoolYear } from './model';

export type Grid = readonly (readonly unknown[])[];

/** The values of each sheet, null when the sheet does not exist. */
export interface SheetValues {
  plan: Grid | null;
  roster: Grid | null;
  info: Grid | null;
  catalog: Grid | null;
  /** `Nhật ký nhắc hạn`, read by the check for failed reminder runs (optional). */
  reminderLog?: Grid | null;
}

export interface Assessment {
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

/** A cell as the text a person would type for it (what the shared schema parses). */
export function cellToInput(field: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDateValue(value)) {
    const iso = dateToIso(value);
    // Sheets turns a typed `10/2025` into 01/10/2025: in a period it means the month.
    if (field === 'period' && ymd(iso).d === 1) return `${ymd(iso).m}/${ymd(iso).y}`;
    return formatDmy(iso);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  const text = String(value);
  // Some writers keep the apostrophe that forced text; it is not part of the value.
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

export interface BuildResult {
  plan: Plan;
  findings: Finding[];
}

export function buildPlan(sheets: SheetValues): BuildResult {
  const findings: Finding[] = [];
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
      findings.push({
        severity: 'warning',
        sheet: SHEET.info,
        row: infoParse.rows.catalog ?? null,
        field: 'catalog',
        message: CHECK.infoProvisional(catalog.id),
      });
  } else if (choice.reason === 'unknown-catalog') {
    findings.push({
      severity: 'error',
      sheet: SHEET.info,
      row: infoParse.rows.catalog ?? null,
      field: 'catalog',
      message: CHECK.infoCatalogUnknown(choice.id),
    });
  }

  const rosterParse = parseRoster(sheets.roster);
  if (!sheets.roster) findings.push({ ...sheetMissing(SHEET.roster), severity: 'warning' });
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

function sheetMissing(sheet: string): Finding {
  return { severity: 'error', sheet, row: null, field: null, message: CHECK.sheetMissing(sheet) };
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
    out.push({
      severity: 'error',
      sheet,
      row: 1,
      field: key,
      message: CHECK.columnMissing(spec?.header ?? key, sheet),
    });
  }
  for (const key of header.duplicates) {
    out.push({
      severity: 'warning',
      sheet,
      row: 1,
      field: key,
      message: CHECK.columnDuplicate(header.found[key] ?? key),
    });
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
    return i === undefined ? '' : cleanText(cellToInput(k, row[i]));
  };
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const criterion = get(row, 'criterion');
    const name = get(row, 'criterionName');
    if (!criterion && !name) continue;
    if (!parseCriterionCode(criterion).code) {
      findings.push({
        severity: 'warning',
        sheet: SHEET.catalog,
        row: r + 1,
        field: 'criterion',
        message: CHECK.catalogRowUnreadable(criterion),
      });
      continue;
    }
    if (!name) {
      findings.push({
        severity: 'warning',
        sheet: SHEET.catalog,
        row: r + 1,
        field: 'criterionName',
        message: CHECK.catalogRowNoName,
      });
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
  const place = (f: Omit<Finding, 'sheet'>): void => {
    findings.push({ ...f, sheet: SHEET.plan });
  };
  let previousCriterion = '';
  for (let r = 1; r < values.length; r++) {
    const rowNumber = r + 1;
    const row = values[r] ?? [];
    const raw: Partial<Record<PlanField, unknown>> = {};
    for (const col of PLAN_COLUMNS) {
      const i = header.index[col.key];
      if (i !== undefined) raw[col.key] = row[i];
    }
    const input: ItemInput = emptyItemInput();
    for (const f of ITEM_INPUT_FIELDS) input[f] = cellToInput(f, raw[f]);
    const id = cleanText(cellToInput('id', raw.id));
    const filled = (f: PlanField): boolean => cleanText(cellToInput(f, raw[f])) !== '';
    if (!PLAN_COLUMNS.some((c) => filled(c.key))) continue;

    const sheetErrors = new Set<string>();
    for (const f of ITEM_INPUT_FIELDS) {
      const text = cleanText(input[f]);
      if (SHEET_ERROR.test(text)) {
        place({ severity: 'error', row: rowNumber, field: f, message: FIELD.formulaError(text) });
        sheetErrors.add(f);
        input[f] = '';
      }
    }

    if (isHeadingRow(raw, header.found)) continue;
    const hasContent = CONTENT_FIELDS.some(filled) || sheetErrors.size > 0;
    if (!hasContent) {
      // Not an item: a self-assessment row (criterion + result), or a heading
      // (`Tiêu chuẩn 3: …`, `MỨC 4`), a bare criterion or id — all left as they are.
      const code = parseCriterionCode(raw.criterion).code;
      const level = parseLevel(input.selfAssessment);
      if (code && level) recordAssessment(plan, code, level, rowNumber);
      if (code && level === undefined)
        place({
          severity: 'error',
          row: rowNumber,
          field: 'selfAssessment',
          message: FIELD.levelUnreadable(cleanText(input.selfAssessment)),
        });
      continue;
    }

    const parsed = parseItemInput(input, { catalog: plan.catalog });
    for (const e of parsed.errors) {
      if (header.index[e.field] === undefined) continue; // reported once, as a missing column
      // Pasted from Word, a criterion cell merged over several rows is empty below its first.
      const merged = e.field === 'criterion' && !cleanText(input.criterion) && previousCriterion;
      const message = merged ? CHECK.criterionMerged(previousCriterion) : e.message;
      place({ severity: 'error', row: rowNumber, field: e.field, message });
    }
    const v = parsed.values;
    if (typeof raw.criterion === 'number' && v.criterion && plan.catalog) {
      const [std] = v.criterion.split('.');
      if (v.criterion.endsWith('.1') && findCriterion(plan.catalog, `${std}.10`))
        place({
          severity: 'warning',
          row: rowNumber,
          field: 'criterion',
          message: FIELD.criterionNumber(v.criterion),
        });
    }
    const criterion = v.criterion ?? '';
    if (criterion) previousCriterion = criterion;
    const period = parsePeriod(input.period, plan.info.schoolYear);
    const typedDeadline = v.deadline ?? null;
    const item: PlanItem = {
      row: rowNumber,
      id,
      criterion,
      standard: criterion.startsWith('M4.') ? 'M4' : (criterion.split('.')[0] ?? ''),
      selfAssessment: v.selfAssessment ?? null,
      weakness: v.weakness ?? '',
      target: v.target ?? '',
      actions: v.actions ?? '',
      lead: v.lead ?? '',
      partners: v.partners ?? '',
      period: v.period ?? '',
      start: v.start ?? period.start,
      deadline: typedDeadline ?? period.end,
      deadlineDerived: !typedDeadline && period.end !== null,
      vague: !typedDeadline && period.vague,
      budget: v.budget ?? null,
      budgetText: cleanText(input.budget),
      fundingSource: v.fundingSource ?? '',
      support: v.support ?? '',
      evidence: v.evidence ?? '',
      status: v.status ?? null,
      notes: v.notes ?? '',
      updated: cleanText(cellToInput('updated', raw.updated)),
    };
    if (criterion && item.selfAssessment)
      recordAssessment(plan, criterion, item.selfAssessment, rowNumber);
    for (const f of itemRuleFindings(item, plan.info, !!typedDeadline, period.recognized))
      place({ ...f, row: rowNumber });
    plan.items.push(item);
  }
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
  if (/^(?:(?:[IVX\d]+|[A-Z])\s*[.,):]?\s*)?(?:tiêu chuẩn\s+\d+|mức\s+[\d,\s]+)\b/i.test(only))
    return true;
  // A closing `Tổng cộng` row: a total label and amounts only.
  const texts = filled.map((f) => cleanText(raw[f]));
  return (
    texts.some((t) => /^(?:tổng cộng|tổng kinh phí|tổng|cộng)\b/i.test(t)) &&
    filled.every(
      (f, i) => f === 'budget' || /^(?:tổng cộng|tổng kinh phí|tổng|cộng)\b/i.test(texts[i] ?? ''),
    )
  );
}

function recordAssessment(plan: Plan, code: string, level: Level, row: number): void {
  const known = plan.assessments[code];
  // A `Chưa đạt` anywhere makes the criterion weak.
  if (!known || (level === 'CD' && known.level !== 'CD'))
    plan.assessments[code] = { code, level, row };
}

/** Rules across the fields of one item; shared with the sidebar's live check. */
export function itemRuleFindings(
  item: Pick<PlanItem, 'period' | 'start' | 'deadline' | 'vague'>,
  info: Pick<PlanInfo, 'schoolYear' | 'schoolYearText'>,
  deadlineTyped: boolean,
  periodRecognized: boolean,
): Omit<Finding, 'row'>[] {
  const out: Omit<Finding, 'row'>[] = [];
  if (item.period && !periodRecognized && !deadlineTyped)
    out.push({
      severity: 'warning',
      field: 'period',
      message: FIELD.periodUnreadable(item.period),
    });
  if (item.vague && item.deadline && !deadlineTyped)
    out.push({
      severity: 'warning',
      field: 'period',
      message: FIELD.periodVague(item.period, item.deadline),
    });
  if (item.start && item.deadline && item.start > item.deadline)
    out.push({
      severity: 'error',
      field: 'start',
      message: FIELD.startAfterDeadline(item.start, item.deadline),
    });
  const year = info.schoolYear;
  if (year && item.deadline && outsideYears(item.deadline, year))
    out.push({
      severity: 'warning',
      field: deadlineTyped ? 'deadline' : 'period',
      message: FIELD.outsideYear(item.deadline, `${year.startYear}-${year.endYear}`),
    });
  return out;
}

function outsideYears(deadline: string, year: SchoolYear): boolean {
  const { start, end } = schoolYearRange(year);
  return deadline < start || deadline > end;
}

/** The whole check: structure, every row, and rules across rows. Never writes. */
export function checkSheets(
  sheets: SheetValues,
  built: BuildResult = buildPlan(sheets),
): CheckResult {
  // A copy: the caller's build stays as it was, so checking it twice reports things once.
  const findings = [...built.findings, ...crossRowFindings(built.plan)];
  if (sheets.reminderLog) findings.push(...reminderLogFindings(sheets.reminderLog));
  return placeFindings(findings, built.plan, sheets);
}

function crossRowFindings(plan: Plan): Finding[] {
  const out: Finding[] = [];
  const sheet = SHEET.plan;
  const withItems = new Set(plan.items.filter((i) => i.criterion).map((i) => i.criterion));
  for (const a of Object.values(plan.assessments)) {
    if (a.level !== 'CD' || withItems.has(a.code)) continue;
    const name = plan.catalog ? (findCriterion(plan.catalog, a.code)?.name ?? '') : '';
    out.push({
      severity: 'error',
      sheet,
      row: a.row,
      field: 'selfAssessment',
      message: CHECK.weakWithoutItem(a.code, name),
    });
  }
  const byKey = new Map<string, number>();
  const byId = new Map<string, number>();
  for (const item of plan.items) {
    if (item.id) {
      const other = byId.get(item.id);
      if (other !== undefined)
        out.push({
          severity: 'error',
          sheet,
          row: item.row,
          field: 'id',
          message: CHECK.duplicateId(item.id, other),
        });
      else byId.set(item.id, item.row);
    }
    if (item.criterion && item.actions) {
      const key = `${item.criterion}|${foldKey(item.actions)}`;
      const other = byKey.get(key);
      if (other !== undefined)
        out.push({
          severity: 'warning',
          sheet,
          row: item.row,
          field: 'actions',
          message: CHECK.duplicateItem(other),
        });
      else byKey.set(key, item.row);
    }
    for (const field of ['lead', 'partners'] as const) {
      for (const r of resolveOwners(item[field], plan.roster)) {
        if (r.email) continue;
        if (r.people.length === 0)
          out.push({
            severity: 'warning',
            sheet,
            row: item.row,
            field,
            message: CHECK.ownerNobody(r.token),
          });
        else if (!r.people.some((p) => isValidEmail(p.email)))
          out.push({
            severity: 'warning',
            sheet,
            row: item.row,
            field,
            message: CHECK.ownerNoEmail(
              r.token,
              r.people.map((p) => p.name),
            ),
          });
      }
    }
  }
  return out;
}

/** Adds column header and letter, prefixes the location, splits errors from warnings. */
function placeFindings(findings: Finding[], plan: Plan, sheets: SheetValues): CheckResult {
  const rosterHeader = sheets.roster ? mapHeaders(sheets.roster[0] ?? [], ROSTER_COLUMNS) : null;
  const catalogHeader = sheets.catalog
    ? mapHeaders(sheets.catalog[0] ?? [], CATALOG_COLUMNS)
    : null;
  const infoHeader = sheets.info ? mapHeaders(sheets.info[0] ?? [], INFO_COLUMNS) : null;
  const locate = (f: Finding): { column: string | null; letter: string | null } => {
    if (!f.field) return { column: null, letter: null };
    const lookup = (
      header: HeaderMap<string> | null,
      columns: readonly ColumnSpec[],
      key: string,
    ): { column: string | null; letter: string | null } => {
      const i = header?.index[key];
      const name = header?.found[key] ?? columns.find((c) => c.key === key)?.header ?? null;
      return { column: name, letter: i === undefined ? null : columnLetter(i) };
    };
    switch (f.sheet) {
      case SHEET.plan:
        return lookup(plan.planHeader, PLAN_COLUMNS, f.field);
      case SHEET.roster:
        return lookup(rosterHeader, ROSTER_COLUMNS, f.field);
      case SHEET.catalog:
        return lookup(catalogHeader, CATALOG_COLUMNS, f.field);
      case SHEET.info: {
        const label = INFO_ROWS.find((r) => r.key === f.field)?.label ?? null;
        const i = infoHeader?.index.value ?? 1;
        return f.row === null
          ? { column: label, letter: null }
          : { column: 'Giá trị', letter: columnLetter(i) };
      }
      default:
        return { column: null, letter: null };
    }
  };
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    const { column, letter } = locate(f);
    const message = at(f.row, f.row === null ? null : column, letter) + f.message;
    const issue: Issue = {
      sheet: f.sheet ?? SHEET.plan,
      row: f.row,
      field: f.field,
      column,
      columnLetter: letter,
      message,
    };
    const key = `${f.severity}|${issue.sheet}|${issue.row}|${issue.field}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (f.severity === 'error' ? errors : warnings).push(issue);
  }
  const order = (a: Issue, b: Issue): number =>
    sheetOrder(a.sheet) - sheetOrder(b.sheet) || (a.row ?? 0) - (b.row ?? 0);
  return { errors: errors.sort(order), warnings: warnings.sort(order) };
}

const SHEET_ORDER: string[] = [SHEET.info, SHEET.plan, SHEET.roster, SHEET.catalog];
function sheetOrder(sheet: string): number {
  const i = SHEET_ORDER.indexOf(sheet);
  return i < 0 ? SHEET_ORDER.length : i;
}

export { cellString, FIELD_LABEL };
