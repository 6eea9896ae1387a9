/**
 * What the reminders keep in document properties, where users cannot break it (the log sheet
 * can be deleted, renamed or retyped): who owns the weekly trigger, the one pending retry, the
 * last failure, and who got this week's digest. Pure: the adapter reads and writes the store.
 */
import { REMIND } from '../messages';

/** Document property keys. `reminderTrigger` is also read by the installation check. */
export const KEY = {
  trigger: 'reminderTrigger',
  retry: 'reminderRetry',
  off: 'reminderOff',
  failure: 'reminderFailure',
  sent: 'reminderSent.',
} as const;

/** The weekly trigger: its creator (only they can delete it), since when, its unique id. */
export interface TriggerRecord {
  owner: string;
  since: number;
  uid: string;
}

/** The one pending retry trigger, and whether it must give back the weekly trigger's slot. */
export interface RetryRecord {
  owner: string;
  uid: string;
  at: number;
  restoreWeekly: boolean;
}

export interface FailureRecord {
  at: number;
  message: string;
}

type Store = Readonly<Record<string, string>>;

/** A record as stored, or null where it is missing or not JSON (a user cannot edit these). */
function read<T>(s: Store, key: string): T | null {
  try {
    return (JSON.parse(s[key] ?? 'null') as T | null) ?? null;
  } catch {
    return null;
  }
}

export const readTrigger = (s: Store): TriggerRecord | null => read(s, KEY.trigger);
export const readRetry = (s: Store): RetryRecord | null => read(s, KEY.retry);
export const readFailure = (s: Store): FailureRecord | null => read(s, KEY.failure);

// Apps Script allows 9 KB per property value: 2,600 characters are under 8 KB even at 3 bytes each.
const CHUNK = 2600;
const chunkKeys = (s: Store, week: string): string[] =>
  Object.keys(s)
    .filter((k) => k.startsWith(`${KEY.sent}${week}.`))
    .sort((a, b) => Number(a.split('.').pop()) - Number(b.split('.').pop()));

/** Lower-case addresses that got `week`'s digest. */
export function sentThisWeek(s: Store, week: string): Set<string> {
  return new Set(chunkKeys(s, week).flatMap((k) => (s[k] ?? '').split('\n').filter(Boolean)));
}

/** Sent records of other weeks: only the current week is kept (the store holds 500 KB). */
export const staleSentKeys = (s: Store, week: string): string[] =>
  Object.keys(s).filter((k) => k.startsWith(KEY.sent) && !k.startsWith(`${KEY.sent}${week}.`));

/** The one property write that records `email` as sent in `week`: [key, value]. */
export function recordSent(s: Store, week: string, email: string): [string, string] {
  const keys = chunkKeys(s, week);
  const last = keys[keys.length - 1];
  const value = last ? (s[last] ?? '') : '';
  const address = email.toLowerCase();
  if (last && value.length + address.length < CHUNK)
    return [last, value ? `${value}\n${address}` : address];
  return [`${KEY.sent}${week}.${keys.length}`, address];
}

// Sheets refuses a cell over 50,000 characters.
export const CELL_LIMIT = 50000;

/**
 * Text for one cell, within Sheets' limit: a long list (`a; b; c` or `a, b, c`) is cut at an
 * item and ends with how many items were left out.
 */
export function fitCell(text: string, limit = CELL_LIMIT): string {
  if (text.length <= limit) return text;
  const room = limit - REMIND.andMore(9_999_999).length;
  const head = text.slice(0, room);
  const cut = Math.max(head.lastIndexOf('; '), head.lastIndexOf(', '));
  const kept = cut > 0 ? head.slice(0, cut) : head;
  const rest = text.slice(kept.length).split(/[;,] /).filter(Boolean).length;
  return kept + REMIND.andMore(Math.max(rest, 1));
}
