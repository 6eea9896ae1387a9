/**
 * The one place converting between cells and text, both ways: a cell as a person would type it
 * (what the shared item schema parses), as the sidebar form shows it, and a checked value as
 * the add-on writes it (text that looks like a formula or a number written as text).
 */
import { dateToIso, formatDmy, isDateValue, ymd } from '../parse/dates';

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
