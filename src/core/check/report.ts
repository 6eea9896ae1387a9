/** The check report as an HTML dialog page and as plain text. Pure: the server shows them. */
import { REPORT } from '../messages';
import type { CheckResult, Issue } from '../plan/model';
import { escapeHtml, HTML_HEAD } from '../parse/text';

const MAX_ROWS_SHOWN = 200;

/** The check report: errors, then warnings; each with sheet, row, column and what to do. */
export function reportHtml(result: CheckResult): string {
  const section = (title: string, issues: Issue[], cls: string): string => {
    if (!issues.length) return '';
    const shown = issues.slice(0, MAX_ROWS_SHOWN);
    const rows = shown
      .map(
        (i) =>
          `<tr><td>${escapeHtml(i.sheet)}</td><td class="n">${i.row ?? ''}</td>` +
          `<td>${escapeHtml(i.column ?? '')}${i.columnLetter ? ` (${escapeHtml(i.columnLetter)})` : ''}</td>` +
          `<td>${escapeHtml(stripLocation(i.message))}</td></tr>`,
      )
      .join('');
    const more =
      issues.length > shown.length
        ? `<p>${escapeHtml(REPORT.more(issues.length - shown.length))}</p>`
        : '';
    return (
      `<h2 class="${cls}">${escapeHtml(title)} (${issues.length})</h2>` +
      `<table><thead><tr><th>${REPORT.colSheet}</th><th>${REPORT.colRow}</th>` +
      `<th>${REPORT.colColumn}</th><th>${REPORT.colMessage}</th></tr></thead>` +
      `<tbody>${rows}</tbody></table>${more}`
    );
  };
  const empty = !result.errors.length && !result.warnings.length;
  const body = empty
    ? `<p class="ok">${escapeHtml(REPORT.ok)}</p>`
    : `<p>${escapeHtml(REPORT.summary(result.errors.length, result.warnings.length))}</p>` +
      section(REPORT.errors, result.errors, 'err') +
      section(REPORT.warnings, result.warnings, 'warn');
  return (
    HTML_HEAD +
    '<style>' +
    'body{font:13px/1.45 Arial,sans-serif;color:#202124;margin:8px}' +
    'h2{font-size:14px;margin:14px 0 6px}h2.err{color:#b3261e}h2.warn{color:#8a5a00}' +
    'table{border-collapse:collapse;width:100%}th,td{border:1px solid #dadce0;padding:4px 6px;' +
    'vertical-align:top;text-align:left}th{background:#f1f3f4}td.n{text-align:right}.ok{color:#137333}' +
    `</style></head><body>${body}</body></html>`
  );
}

/** The table already shows sheet, row and column: the cell keeps only what to do. */
function stripLocation(message: string): string {
  return message.replace(/^Dòng \d+(, cột “[^”]*”( \([A-Z]+\))?)?: /, '');
}

/** The report as plain text (first 20 of each), for a UI that shows no HTML dialog. */
export function reportText(result: CheckResult): string {
  if (!result.errors.length && !result.warnings.length) return REPORT.ok;
  const part = (title: string, issues: Issue[]): string[] =>
    issues.length
      ? [
          `${title} (${issues.length}):`,
          ...issues.slice(0, 20).map((i) => `• ${i.sheet} — ${i.message}`),
          ...(issues.length > 20 ? [REPORT.more(issues.length - 20)] : []),
        ]
      : [];
  return [
    REPORT.summary(result.errors.length, result.warnings.length),
    ...part(REPORT.errors, result.errors),
    ...part(REPORT.warnings, result.warnings),
  ].join('\n');
}
