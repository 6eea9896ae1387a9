/**
 * The one place converting between cells and text, both ways: a cell as a person would type it
 * (what the shared item schema parses), as the sidebar form shows it, and a checked value as
 * the add-on writes it (text that looks like a formula or a number written as text).
 */
import { dateToIso, formatDmy, isDateValue, isoToDate, ymd, type IsoDate } from '../parse/dates';
import { parseCriterionCode, parseLevel, LEVEL_LABEL } from './catalog/catalog';
import { cleanText, looksLikeFormula } from '../parse/text';
import { parseStatus } from './codes';
import { STATUS_LABEL } from '../messages';
import { type ItemValues, type ItemInput, type ItemInputField, ITEM_INPUT_FIELDS } from './item';

/** A cell as text: Dates as dd/mm/yyyy, everything else as written. */
export function cellString(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (isDateValue(v)) return formatDmy(dateToIso(v));
  return String(v);
}

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

/** A cell as typed text, cleaned (one line, spaces collapsed): how ids and stamps compare. */
export function cleanCellText(field: string, value: unknown): string {
  return cleanText(cellToInput(field, value));
}

const groupDigits = (n: number): string =>
  String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** A cell as the form shows it: codes and labels normalised, numbers grouped, dates dd/mm/yyyy. */
export function formString(field: string, raw: unknown): string {
  const text = cellToInput(field, raw);
  switch (field) {
    case 'criterion':
      return parseCriterionCode(raw).code || cleanText(text);
    case 'selfAssessment': {
      const level = parseLevel(text);
      return level ? LEVEL_LABEL[level] : cleanText(text);
    }
    case 'status': {
      const status = parseStatus(text);
      return status ? STATUS_LABEL[status] : cleanText(text);
    }
    case 'budget':
      return typeof raw === 'number' && Number.isFinite(raw) ? groupDigits(raw) : cleanText(text);
    default:
      return text;
  }
}

/** A value to write: text (kept as text), a number, or a civil date. */
export type CellOut = string | number | { date: IsoDate };

/** The cells of a checked item, as the add-on writes them. */
export function itemCells(
  v: Partial<ItemValues>,
  derivedDeadline: IsoDate | null,
  input: ItemInput,
): Record<ItemInputField, CellOut> {
  const out = {} as Record<ItemInputField, CellOut>;
  for (const f of ITEM_INPUT_FIELDS) out[f] = (v[f] as string | null | undefined) ?? '';
  const date = (iso: IsoDate | null | undefined): CellOut => (iso ? { date: iso } : '');
  out.selfAssessment = v.selfAssessment ? LEVEL_LABEL[v.selfAssessment] : '';
  out.status = v.status ? STATUS_LABEL[v.status] : '';
  out.start = date(v.start);
  out.deadline = date(v.deadline ?? derivedDeadline);
  const text = cleanText(input.budget);
  // A number when it reads as one (sums work); `Không` stays a word.
  out.budget =
    v.budget === null || v.budget === undefined
      ? ''
      : v.budget || /\d/.test(text)
        ? v.budget
        : text;
  return out;
}

/** The form string a written cell will read back as. */
export function writtenForm(field: string, cell: CellOut): string {
  return typeof cell === 'object' ? formatDmy(cell.date) : formString(field, cell);
}

/**
 * User text as Sheets must receive it to keep it text: a leading apostrophe stops
 * `=…`, `+…`, `-…`, `@…` becoming formulas and `1.10` becoming a number.
 */
export function asCellText(text: string): string {
  if (text === '') return '';
  // Digits, dates, times, percents and exponents (`1e3`, `2E5`) would become numbers.
  if (
    looksLikeFormula(text) ||
    /^[\d\s.,/:%-]+$/.test(text) ||
    /^[+-]?(\d+\.?\d*|\.\d+)e[+-]?\d+$/i.test(text.trim()) ||
    text.startsWith("'")
  )
    return `'${text}`;
  return text;
}

/** A form's text as a cell: stays text (formulas, numbers, dates and TRUE/FALSE alike). */
function textCell(text: string): string {
  return /^\s*(true|false)\s*$/i.test(text) ? `'${text}` : asCellText(text);
}

/** The value setValues receives for a cell to write, or for a cell kept as it was. */
export function cellValue(cell: CellOut | { keep: unknown }): unknown {
  if (typeof cell === 'string') return textCell(cell);
  if (typeof cell === 'number') return cell;
  if ('date' in cell) return isoToDate(cell.date);
  const kept = cell.keep;
  if (typeof kept === 'string') return textCell(kept);
  return typeof kept === 'number' || typeof kept === 'boolean' || isDateValue(kept) ? kept : '';
}
