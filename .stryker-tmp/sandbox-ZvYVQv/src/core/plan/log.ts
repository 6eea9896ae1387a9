/**
 * The reminder log sheet `Nhật ký nhắc hạn`, read: what was sent, skipped, deferred or failed.
 * A plan sheet like the others: the reminders read it to avoid sending twice, the check reads
 * it to warn about failed sends.
 */
// @ts-nocheck

import { addDays, todayIso } from '../parse/dates';
import { cleanText } from '../parse/text';
import { weekKey } from '../parse/weeks';
import { REMIND } from '../messages';
import { LOG_COLUMNS, mapHeaders, SHEET } from './contract';
import type { Finding, Grid } from './model';

export type LogResult = keyof typeof REMIND.result;

export interface LogRow {
  row: number;
  week: string;
  who: string;
  email: string;
  result: LogResult | undefined;
  detail: string;
}

export function readLog(values: Grid | null | undefined): LogRow[] {
  const { index } = mapHeaders(values?.[0] ?? [], LOG_COLUMNS);
  const results = Object.entries(REMIND.result);
  return (values ?? []).slice(1).map((row, r) => {
    const get = (k: keyof typeof index): string => cleanText(row[index[k] ?? -1]);
    return {
      row: r + 2,
      week: get('week'),
      who: get('person'),
      email: get('email').toLowerCase(),
      result: results.find(([, label]) => label === get('result'))?.[0] as LogResult | undefined,
      detail: get('detail'),
    };
  });
}

/** `result|email|person`: skip rows are written once a week. */
export const logKey = (result: string, email: string, who: string): string =>
  `${result}|${email.toLowerCase()}|${who}`;

/**
 * Warnings for the check: failed (`Lỗi`) and deferred (`Hoãn`) sends of this week and last,
 * unless the same person got that week's digest later.
 */
export function reminderLogFindings(
  values: Grid | null | undefined,
  today = todayIso(),
): Finding[] {
  const weeks = [weekKey(today), weekKey(addDays(today, -7))];
  const rows = readLog(values).filter((r) => weeks.includes(r.week));
  const done = new Set(rows.map((r) => (r.result === 'sent' ? `${r.week}|${r.email}` : '')));
  const seen = new Set<string>();
  return rows
    .filter((r) => {
      const key = `${r.week}|${r.email}`;
      const open =
        (r.result === 'error' || r.result === 'deferred') &&
        !done.has(key) &&
        !seen.has(key + r.who);
      seen.add(key + r.who);
      return open;
    })
    .map((r) => ({
      severity: 'warning' as const,
      sheet: SHEET.reminderLog,
      row: r.row,
      field: 'result',
      message: REMIND.logIssue(r.email ? `${r.who} (${r.email})` : r.who, r.detail),
    }));
}
