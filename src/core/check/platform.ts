/**
 * Findings about the platform rather than the plan: a locale that reads typed dates month
 * first, and cell text that looks like a pasted formula or HTML (stored and shown as text
 * everywhere; the check only points at it).
 */
import { PLAN_COLUMNS, SHEET } from '../plan/contract';
import { finding, WARNING, type Finding, type SheetValues } from '../plan/model';
import type { Plan } from '../plan/read';
import { readsMonthFirst } from '../parse/zones';
import { PLATFORM } from '../messages';

// `=` anything; `+`/`-` straight before a function or a cell (`+SUM(`, `-A1`), never a
// `- ` bullet or a number; `@` before a name. Markup: a tag such as `<img …>` or `</b>`.
const FORMULA = /^(=.|[+-]\s?[A-Za-z_][\w.]*\(|[+-][A-Za-z]{1,3}\d|@[A-Za-z_])/;
const HTML = /<\/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?\/?>|<(script|iframe|img|svg)\b/i;

export function platformFindings(sheets: SheetValues, plan: Plan): Finding[] {
  const out: Finding[] = [];
  if (sheets.locale && readsMonthFirst(sheets.locale)) {
    const message = PLATFORM.monthFirstLocale(sheets.locale);
    out.push(finding(WARNING, SHEET.info, null, null, message));
  }
  const index = plan.planHeader?.index ?? {};
  const columns = PLAN_COLUMNS.flatMap((c) => {
    const i = index[c.key];
    return i === undefined ? [] : [[c.key, i] as const];
  });
  (sheets.plan ?? []).forEach((row, r) => {
    if (r === 0) return;
    for (const [field, i] of columns) {
      const text = row[i]; // the reader has dropped a forcing apostrophe
      if (typeof text !== 'string') continue;
      const message = FORMULA.test(text)
        ? PLATFORM.formulaText(text)
        : HTML.test(text)
          ? PLATFORM.htmlText(text)
          : null;
      if (message) out.push(finding(WARNING, SHEET.plan, r + 1, field, message));
    }
  });
  return out;
}
