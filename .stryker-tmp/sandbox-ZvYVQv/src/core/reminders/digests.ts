/**
 * Weekly reminders, pure: who gets which items this week, most urgent first, within the mail
 * quota; what the log sheet `Nhật ký nhắc hạn` says was already done; what the check reports.
 */
// @ts-nocheck

import { findCriterion } from '../plan/catalog/catalog';
import { daysBetween } from '../parse/dates';
import { REMIND } from '../messages';
import { isValidEmail, resolveOwners } from '../plan/owners';
import type { Plan } from '../plan/read';
import { cleanText } from '../parse/text';
import type { IsoDate } from '../parse/dates';
import type { Status } from '../plan/model';

export interface DigestItem {
  row: number;
  criterion: string;
  criterionName: string;
  weakness: string;
  actions: string;
  deadline: IsoDate;
  /** Days from today to the deadline; negative when late. */
  days: number;
  status: Status | null;
}

export interface Digest {
  name: string;
  email: string;
  /** Items the person leads (`Chủ trì`), most urgent first. */
  lead: DigestItem[];
  /** Items the person helps with (`Phối hợp`) and does not lead. */
  partner: DigestItem[];
}

interface SkipRecord {
  name: string;
  email: string;
  items: string;
  reason: string;
  /** False for the summary of rows that reach nobody. */
  person: boolean;
}

interface ReminderPlan {
  toSend: Digest[];
  deferred: Digest[];
  skipped: SkipRecord[];
}

const digestItems = (d: Digest): DigestItem[] => [...d.lead, ...d.partner];

/** `1.1 (dòng 5); 3.2 (dòng 8)`: the log's `Các mục`. */
export const itemsText = (d: Digest): string =>
  digestItems(d)
    .map((i) => `${i.criterion} (dòng ${i.row})`.trim())
    .join('; ');

/** Overdue by days late, then due soonest, then sheet order. */
const byUrgency = (a: DigestItem, b: DigestItem): number => a.days - b.days || a.row - b.row;
const urgency = (d: Digest): number => Math.min(...digestItems(d).map((i) => i.days));

/**
 * One digest per person with something overdue or due within `leadDays` (never `Hoàn thành`,
 * never without a deadline), reached through `Chủ trì` and `Phối hợp` as the check resolves
 * owners (BGH reaches HT and PHT), merged by address, each item once (under `Chủ trì` when the
 * person leads it). Opted-out and address-less people are skip records; addresses in `sent`
 * (lower case) already had this week's digest. People with overdue items, then the most urgent,
 * come first; those beyond `quota` are deferred.
 */
export function planDigests(
  plan: Plan,
  today: IsoDate,
  leadDays: number,
  sent: ReadonlySet<string>,
  quota = Infinity,
): ReminderPlan {
  type Acc = Digest & { remind: boolean; rows: Map<number, boolean> };
  const people = new Map<string, Acc>();
  const items = new Map<number, DigestItem>();
  const lost: number[] = [];
  for (const item of plan.items) {
    try {
      if (item.status === 'xong') continue;
      const days = item.deadline ? daysBetween(today, item.deadline) : NaN;
      if (days > leadDays) continue;
      let reached = 0;
      for (const lead of [true, false])
        for (const r of resolveOwners(lead ? item.lead : item.partners, plan.roster)) {
          const found = r.people.length
            ? r.people
            : r.email
              ? [{ name: r.email, email: r.email, remind: true, row: 0 }]
              : [];
          for (const p of found) {
            const email = cleanText(p.email);
            const key = isValidEmail(email) ? email.toLowerCase() : `#${p.row}`;
            const acc = people.get(key) ?? {
              name: p.name,
              email,
              remind: true,
              rows: new Map(),
              lead: [],
              partner: [],
            };
            people.set(key, acc);
            acc.remind &&= p.remind;
            acc.rows.set(item.row, acc.rows.get(item.row) || lead);
          }
          reached += found.length;
        }
      if (!reached || !item.deadline) {
        lost.push(item.row);
        continue;
      }
      items.set(item.row, {
        row: item.row,
        criterion: item.criterion,
        criterionName: (plan.catalog && findCriterion(plan.catalog, item.criterion)?.name) || '',
        weakness: item.weakness,
        actions: item.actions,
        deadline: item.deadline,
        days,
        status: item.status,
      });
    } catch {
      lost.push(item.row);
    }
  }

  const digests: Digest[] = [];
  const skipped: SkipRecord[] = [];
  for (const a of people.values()) {
    for (const [row, lead] of a.rows) {
      const item = items.get(row);
      if (item) (lead ? a.lead : a.partner).push(item);
    }
    const d: Digest = {
      name: a.name,
      email: a.email,
      lead: a.lead.sort(byUrgency),
      partner: a.partner.sort(byUrgency),
    };
    if (!digestItems(d).length) continue;
    const reason = !a.remind ? REMIND.optedOut : isValidEmail(a.email) ? '' : REMIND.noEmail;
    if (reason)
      skipped.push({ name: a.name, email: a.email, items: itemsText(d), reason, person: true });
    else if (!sent.has(a.email.toLowerCase())) digests.push(d);
  }
  if (lost.length)
    skipped.push({ name: '', email: '', items: '', reason: REMIND.rows(lost), person: false });
  // Overdue people first (their most urgent item is negative), the latest first.
  digests.sort((a, b) => urgency(a) - urgency(b) || a.name.localeCompare(b.name, 'vi'));
  const n = Math.max(0, Math.min(digests.length, Math.floor(quota)));
  return { toSend: digests.slice(0, n), deferred: digests.slice(n), skipped };
}
