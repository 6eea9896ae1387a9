/** In a conflict: the fields where the sheet's version of an item differs from the form's. */
// @ts-nocheck

import { checkItem, formatDmy, ITEM_INPUT_FIELDS } from '../core';
import { h } from '../dom';
import type { ItemInput } from '../protocol';
import { data } from '../state';
import { FIELD_LABEL, T } from '../strings';

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The differing fields side by side, theirs then mine; or a line saying there is none. */
export function itemDiff(mine: ItemInput, theirs: ItemInput): Node {
  const { catalog, info } = data();
  // A deadline the add-on derived from the same period is not a difference.
  const derived = formatDmy(checkItem(mine, catalog, info).derivedDeadline);
  const diff = ITEM_INPUT_FIELDS.filter(
    (f) =>
      norm(theirs[f]) !== norm(mine[f]) &&
      !(f === 'deadline' && !mine.deadline.trim() && theirs.deadline === derived),
  );
  if (!diff.length) return h('p', null, T.sameContent);
  const side = (cls: string, who: string, text: string): HTMLElement =>
    h('dd', { class: cls }, h('span', { class: 'who' }, `${who}: `), text || T.empty);
  return h(
    'dl',
    { class: 'diff' },
    ...diff.flatMap((f) => [
      h('dt', null, FIELD_LABEL[f] ?? f),
      side('theirs', T.theirs, theirs[f]),
      side('mine', T.mine, mine[f]),
    ]),
  );
}
