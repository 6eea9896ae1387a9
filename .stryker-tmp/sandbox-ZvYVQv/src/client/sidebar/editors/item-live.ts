/** The live lines under the item's fields: parsed dates, amount, owners; and the check's warnings. */
// @ts-nocheck

import {
  clip,
  formatDmy,
  formatVnd,
  ITEM_INPUT_FIELDS,
  parseBudget,
  resolveOwners,
  type ItemCheck,
  type ItemInputField,
} from '../core';
import { h } from '../dom';
import { people } from '../plan';
import type { ItemInput } from '../protocol';
import { T } from '../strings';
import type { Field } from './fields';

export function showLive(
  fields: Record<ItemInputField, Field>,
  input: ItemInput,
  check: ItemCheck,
): void {
  for (const f of ITEM_INPUT_FIELDS) fields[f].live.replaceChildren();
  const line = (f: ItemInputField, text: string, cls = 'live'): void => {
    fields[f].live.append(h('span', { class: cls }, text));
  };
  if (check.periodRecognized && input.period.trim() && !check.vague && check.deadline)
    line('period', T.live.range(formatDmy(check.start), formatDmy(check.deadline)));
  if (!input.deadline.trim() && check.derivedDeadline)
    line('deadline', T.live.autoDeadline(formatDmy(check.derivedDeadline)));
  const budget = parseBudget(input.budget);
  if (budget.ok && budget.amount !== null)
    line(
      'budget',
      budget.amount === 0 ? T.live.budgetNone : T.live.budget(formatVnd(budget.amount)),
    );
  const roster = people();
  for (const f of ['lead', 'partners'] as const) {
    const resolved = resolveOwners(input[f], roster);
    const names = [...new Set(resolved.flatMap((r) => r.people.map((p) => p.name)))];
    if (names.length) line(f, T.live.owners(clip(names.join(', '), 160)));
    for (const r of resolved)
      if (!r.people.length && !r.email) line(f, T.live.ownerUnknown(r.token), 'warn');
  }
  for (const w of check.warnings) line(w.field, w.message, 'warn');
}
