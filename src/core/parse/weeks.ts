/** Weeks in Asia/Ho_Chi_Minh: ISO weekday and week key, the next weekly run, date and time. */
import { addDays, formatDmy, isoToDate, pad2, todayIso, ymd, type IsoDate } from './dates';

const DAY = 864e5;

/** 1 = Monday … 7 = Sunday. */
function isoWeekday(iso: IsoDate): number {
  const { y, m, d } = ymd(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
}

/** ISO week of a civil date in Asia/Ho_Chi_Minh: `2026-W48` (Monday → Sunday). */
export function weekKey(iso: IsoDate): string {
  const { y, m, d } = ymd(addDays(iso, 4 - isoWeekday(iso))); // the week's Thursday
  const week = Math.floor((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / DAY / 7) + 1;
  return `${y}-W${pad2(week)}`;
}

/** The first `hour`:00 (Vietnam time) of weekday `day` (1 = Monday) after `nowMs`. */
export function nextWeeklyRun(nowMs: number, day: number, hour: number): number {
  const today = todayIso(nowMs);
  const at = isoToDate(addDays(today, (day - isoWeekday(today) + 7) % 7)).getTime() + hour * 36e5;
  return at > nowMs ? at : at + 7 * DAY;
}

/** `dd/mm/yyyy HH:mm`, Vietnam time. */
export function formatDateTime(ms: number): string {
  return `${formatDmy(todayIso(ms))} ${new Date(ms + 252e5).toISOString().slice(11, 16)}`;
}
