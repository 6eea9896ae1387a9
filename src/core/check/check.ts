/**
 * The check: structure, every row (as the reader found them), rules across rows, and failed
 * reminder sends, placed at their sheet, row and column. Pure, never writes.
 */
import { findCriterion } from '../plan/catalog/catalog';
import {
  CATALOG_COLUMNS,
  columnLetter,
  INFO_COLUMNS,
  INFO_ROWS,
  mapHeaders,
  PLAN_COLUMNS,
  ROSTER_COLUMNS,
  SHEET,
  type ColumnSpec,
  type HeaderMap,
} from '../plan/contract';
import { reminderLogFindings } from '../plan/log';
import { platformFindings } from './platform';
import {
  ERROR,
  finding,
  WARNING,
  type CheckResult,
  type Finding,
  type Issue,
  type SheetValues,
} from '../plan/model';
import { isValidEmail, resolveOwners } from '../plan/owners';
import { buildPlan, type BuildResult, type Plan } from '../plan/read';
import { foldKey } from '../parse/text';
import { at, CHECK } from '../messages';

/** The whole check: structure, every row, and rules across rows. Never writes. */
export function checkSheets(
  sheets: SheetValues,
  built: BuildResult = buildPlan(sheets),
): CheckResult {
  // A copy: the caller's build stays as it was, so checking it twice reports things once.
  const findings = [...built.findings, ...crossRowFindings(built.plan)];
  if (sheets.reminderLog) findings.push(...reminderLogFindings(sheets.reminderLog));
  // One message per cell: a cell already flagged needs no second word about its text.
  const cell = (f: Finding): string => `${f.sheet ?? SHEET.plan}|${f.row}|${f.field}`;
  const flagged = new Set(findings.map(cell));
  for (const f of platformFindings(sheets, built.plan)) {
    if (!flagged.has(cell(f))) findings.push(f);
  }
  return placeFindings(findings, built.plan, sheets);
}

function crossRowFindings(plan: Plan): Finding[] {
  const out: Finding[] = [];
  const sheet = SHEET.plan;
  const withItems = new Set(plan.items.filter((i) => i.criterion).map((i) => i.criterion));
  for (const a of Object.values(plan.assessments)) {
    if (a.level !== 'CD' || withItems.has(a.code)) continue;
    const name = plan.catalog ? (findCriterion(plan.catalog, a.code)?.name ?? '') : '';
    out.push(finding(ERROR, sheet, a.row, 'selfAssessment', CHECK.weakWithoutItem(a.code, name)));
  }
  const byKey = new Map<string, number>();
  const byId = new Map<string, number>();
  for (const item of plan.items) {
    if (item.id) {
      const other = byId.get(item.id);
      if (other !== undefined)
        out.push(finding(ERROR, sheet, item.row, 'id', CHECK.duplicateId(item.id, other)));
      else byId.set(item.id, item.row);
    }
    if (item.criterion && item.actions) {
      const key = `${item.criterion}|${foldKey(item.actions)}`;
      const other = byKey.get(key);
      if (other !== undefined)
        out.push(finding(WARNING, sheet, item.row, 'actions', CHECK.duplicateItem(other)));
      else byKey.set(key, item.row);
    }
    for (const field of ['lead', 'partners'] as const) {
      for (const r of resolveOwners(item[field], plan.roster)) {
        if (r.email) continue;
        if (r.people.length === 0)
          out.push(finding(WARNING, sheet, item.row, field, CHECK.ownerNobody(r.token)));
        else if (!r.people.some((p) => isValidEmail(p.email)))
          out.push(
            finding(
              WARNING,
              sheet,
              item.row,
              field,
              CHECK.ownerNoEmail(
                r.token,
                r.people.map((p) => p.name),
              ),
            ),
          );
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
