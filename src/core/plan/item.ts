/**
 * One plan item: its zod/mini schema (shared by the sidebar before any server call and by the
 * server on save and in the check), its effective dates and its rules across fields. Input is
 * what a person typed: strings. Output is typed. Every message is ours, in Vietnamese: a value
 * that is not text gets FIELD.notText, so no zod locale ships.
 */
import * as z from 'zod/mini';
import {
  allowedLevels,
  findCriterion,
  LEVEL_LABEL,
  parseCriterionCode,
  parseLevel,
  type Catalog,
} from './catalog/catalog';
import { parseBudget } from '../parse/budget';
import { parseDateCell, schoolYearRange, type IsoDate, type SchoolYear } from '../parse/dates';
import { parsePeriod } from '../parse/period';
import { FIELD, FIELD_LABEL } from '../messages';
import { parseStatus } from './codes';
import { cleanMultiline, cleanText } from '../parse/text';
import { ERROR, WARNING, type Finding, type Level, type PlanItem, type Status } from './model';

interface ItemContext {
  catalog: Catalog | null;
}

type Ctx = { issues: { push(issue: z.core.$ZodRawIssue): void } };

function fail(ctx: Ctx, input: unknown, message: string): typeof z.NEVER {
  ctx.issues.push({ code: 'custom', input, message });
  return z.NEVER;
}

/**
 * A field's schema: text in, `parse` out. One z.transform that checks the type itself, not
 * z.pipe(z.string(), …): the same issues and messages, without zod's string and pipe (2 KB).
 */
function field<T>(parse: (s: string, ctx: Ctx) => T) {
  return z.transform((s: unknown, ctx): T =>
    typeof s === 'string' ? parse(s, ctx) : fail(ctx, s, FIELD.notText),
  );
}

const text = field((s) => cleanMultiline(s));
const line = field((s) => cleanText(s));

function required(key: string) {
  return field((s, ctx) => {
    const v = cleanMultiline(s);
    return v ? v : fail(ctx, s, FIELD.required(FIELD_LABEL[key] ?? key));
  });
}

const date = field((s, ctx): IsoDate | null => {
  const parsed = parseDateCell(s);
  if (parsed.ok) return parsed.date;
  return fail(
    ctx,
    s,
    parsed.reason === 'impossible' ? FIELD.dateImpossible(s) : FIELD.dateUnreadable(s),
  );
});

const budget = field((s, ctx): number | null => {
  const parsed = parseBudget(s);
  if (parsed.ok) return parsed.amount;
  return fail(
    ctx,
    s,
    parsed.reason === 'negative' ? FIELD.budgetNegative(s) : FIELD.budgetNotNumber(s),
  );
});

const status = field((s, ctx): Status | null => {
  const parsed = parseStatus(s);
  return parsed === undefined ? fail(ctx, s, FIELD.statusUnknown(s)) : parsed;
});

function criterion(context: ItemContext) {
  return field((s, ctx): string => {
    if (!cleanText(s)) return fail(ctx, s, FIELD.required(FIELD_LABEL.criterion ?? ''));
    const { code } = parseCriterionCode(s);
    if (!code) return fail(ctx, s, FIELD.criterionUnreadable(s));
    const { catalog } = context;
    if (catalog && !findCriterion(catalog, code))
      return fail(ctx, s, FIELD.criterionUnknown(code, catalog.id));
    return code;
  });
}

function level(context: ItemContext) {
  return field((s, ctx): Level | null => {
    const parsed = parseLevel(s);
    if (parsed === undefined) return fail(ctx, s, FIELD.levelUnreadable(s));
    const { catalog } = context;
    if (parsed && catalog && !allowedLevels(catalog).includes(parsed)) {
      const allowed = allowedLevels(catalog).map((l) => LEVEL_LABEL[l]);
      return fail(ctx, s, FIELD.levelNotAllowed(LEVEL_LABEL[parsed], catalog.id, allowed));
    }
    return parsed;
  });
}

/** The editable fields of an item, as typed. */
export const ITEM_INPUT_FIELDS = [
  'criterion',
  'selfAssessment',
  'weakness',
  'target',
  'actions',
  'lead',
  'partners',
  'period',
  'start',
  'deadline',
  'budget',
  'fundingSource',
  'support',
  'evidence',
  'status',
  'notes',
] as const;

export type ItemInputField = (typeof ITEM_INPUT_FIELDS)[number];
export type ItemInput = Record<ItemInputField, string>;

// A record of field schemas, not z.object: parseItemInput parses field by field (to report
// every field's error), so z.object's parser would never run yet cost 3.6 KB of the bundle.
function makeItemSchema(context: ItemContext) {
  return {
    criterion: criterion(context),
    selfAssessment: level(context),
    weakness: text,
    target: text,
    actions: required('actions'),
    lead: required('lead'),
    partners: text,
    period: line,
    start: date,
    deadline: date,
    budget,
    fundingSource: line,
    support: text,
    evidence: text,
    status,
    notes: text,
  };
}

// One schema per catalog: building it for every row of a 300-item plan would dominate the check.
const schemas = new WeakMap<Catalog, ReturnType<typeof makeItemSchema>>();
let schemaWithoutCatalog: ReturnType<typeof makeItemSchema> | null = null;
function schemaFor(catalog: Catalog | null): ReturnType<typeof makeItemSchema> {
  if (!catalog) return (schemaWithoutCatalog ??= makeItemSchema({ catalog: null }));
  let schema = schemas.get(catalog);
  if (!schema) schemas.set(catalog, (schema = makeItemSchema({ catalog })));
  return schema;
}

type ItemSchema = ReturnType<typeof makeItemSchema>;
export type ItemValues = { [F in ItemInputField]: z.output<ItemSchema[F]> };

export interface FieldError {
  field: ItemInputField;
  message: string;
}

type ItemParse =
  | { ok: true; values: ItemValues; errors: [] }
  | { ok: false; values: Partial<ItemValues>; errors: FieldError[] };

/**
 * Parses typed input field by field, so every field's error is reported and the readable
 * fields are still returned (the check needs them even when one cell is wrong).
 */
export function parseItemInput(input: unknown, context: ItemContext): ItemParse {
  const schema = schemaFor(context.catalog);
  const record = (input ?? {}) as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const field of ITEM_INPUT_FIELDS) {
    const result = schema[field].safeParse(record[field] ?? '');
    if (result.success) values[field] = result.data;
    else for (const i of result.error.issues) errors.push({ field, message: i.message });
  }
  if (errors.length === 0) return { ok: true, values: values as ItemValues, errors: [] };
  return { ok: false, values: values as Partial<ItemValues>, errors };
}

/** An empty input (every field ''), for forms and for rows with missing columns. */
export function emptyItemInput(): ItemInput {
  return Object.fromEntries(ITEM_INPUT_FIELDS.map((f) => [f, ''])) as ItemInput;
}

/** An item's dates as they take effect: typed, else from the period (`HK1`, `10/2025`…). */
interface EffectiveDates {
  start: IsoDate | null;
  deadline: IsoDate | null;
  /** True when a deadline was typed (not derived from the period). */
  deadlineTyped: boolean;
  /** The deadline derived from the period, when none is typed and the period has a clear end. */
  derivedDeadline: IsoDate | null;
  /** No clear end (`Cả năm`, `Theo đợt`…) and no typed deadline. */
  vague: boolean;
  periodRecognized: boolean;
}

export function effectiveDates(
  values: Pick<Partial<ItemValues>, 'start' | 'deadline'>,
  period: string,
  schoolYear: SchoolYear | null,
): EffectiveDates {
  const p = parsePeriod(period, schoolYear);
  const typed = values.deadline ?? null;
  return {
    start: values.start ?? p.start,
    deadline: typed ?? p.end,
    deadlineTyped: !!typed,
    derivedDeadline: !typed && !p.vague && p.end ? p.end : null,
    vague: !typed && p.vague,
    periodRecognized: p.recognized,
  };
}

/** Rules across the fields of one item; shared with the sidebar's live check. */
export function itemRuleFindings(
  item: Pick<PlanItem, 'period' | 'start' | 'deadline' | 'vague'>,
  info: { schoolYear: SchoolYear | null; schoolYearText: string },
  deadlineTyped: boolean,
  periodRecognized: boolean,
): Omit<Finding, 'row'>[] {
  const out: Omit<Finding, 'row'>[] = [];
  if (item.period && !periodRecognized && !deadlineTyped)
    out.push({
      severity: WARNING,
      field: 'period',
      message: FIELD.periodUnreadable(item.period),
    });
  if (item.vague && item.deadline && !deadlineTyped)
    out.push({
      severity: WARNING,
      field: 'period',
      message: FIELD.periodVague(item.period, item.deadline),
    });
  if (item.start && item.deadline && item.start > item.deadline)
    out.push({
      severity: ERROR,
      field: 'start',
      message: FIELD.startAfterDeadline(item.start, item.deadline),
    });
  const year = info.schoolYear;
  if (year && item.deadline && outsideYears(item.deadline, year))
    out.push({
      severity: WARNING,
      field: deadlineTyped ? 'deadline' : 'period',
      message: FIELD.outsideYear(item.deadline, `${year.startYear}-${year.endYear}`),
    });
  return out;
}

function outsideYears(deadline: string, year: SchoolYear): boolean {
  const { start, end } = schoolYearRange(year);
  return deadline < start || deadline > end;
}
