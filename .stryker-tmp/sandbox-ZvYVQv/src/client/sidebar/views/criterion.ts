/** One criterion: its name and self-assessment, its items as cards, and the way to add one. */
// @ts-nocheck

import { checkItem, formatDmy, ITEM_INPUT_FIELDS, LEVEL_LABEL, viewInput } from '../core';
import { h, heading } from '../dom';
import { coverage, criteria, entryOf, itemsOf, type Entry } from '../plan';
import type { ItemView } from '../protocol';
import { data, type Go } from '../state';
import { STATUS_LABEL, T } from '../strings';

const STATUS_AT = ITEM_INPUT_FIELDS.indexOf('status');
const ACTIONS_AT = ITEM_INPUT_FIELDS.indexOf('actions');
const LEAD_AT = ITEM_INPUT_FIELDS.indexOf('lead');

export function criterionView(code: string, go: Go): Node {
  const list = criteria();
  const at = list.findIndex((c) => c.code === code);
  /** The previous or next criterion's button; disabled at either end. */
  const step = (label: string, to: Entry | undefined, glyph: string): HTMLButtonElement =>
    h(
      'button',
      {
        type: 'button',
        class: 'small',
        disabled: !to,
        'aria-label': to ? `${label} (${to.code || T.unassigned})` : label,
        onclick: () => to && go({ kind: 'criterion', code: to.code }),
      },
      glyph,
    );
  const entry = entryOf(code);
  const cov = coverage(code);
  const items = itemsOf(code);
  return h(
    'div',
    null,
    h(
      'div',
      { class: 'bar' },
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          onclick: () => go({ kind: 'list' }, `[data-code="${code}"]`),
        },
        T.back,
      ),
      h('span', null, step(T.prev, list[at - 1], '‹'), step(T.next, list[at + 1], '›')),
    ),
    heading(code ? T.criterion(code) : T.unassigned),
    h('p', { class: 'official' }, code ? entry.name : T.unassignedHint),
    cov.level ? h('p', { class: 'muted' }, T.selfAssessed(LEVEL_LABEL[cov.level])) : null,
    cov.state === 'weak' ? h('p', { class: 'note bad' }, T.weakNoItem) : null,
    items.length === 0 ? h('p', { class: 'muted' }, T.noItems) : null,
    h('ul', { class: 'items' }, ...items.map((item) => h('li', null, itemCard(code, item, go)))),
    h(
      'button',
      { type: 'button', class: 'primary', onclick: () => go({ kind: 'item', code, item: null }) },
      T.addItem,
    ),
  );
}

/** An item's card: the first line of its actions, lead and deadline, status chip. */
function itemCard(code: string, item: ItemView, go: Go): HTMLButtonElement {
  const status = item.fields[STATUS_AT] ?? '';
  const title = (item.fields[ACTIONS_AT] ?? '').split('\n').find((l) => l.trim()) ?? '';
  return h(
    'button',
    {
      type: 'button',
      class: 'card',
      'data-item': item.id || `row-${item.row}`,
      onclick: () => go({ kind: 'item', code, item }),
    },
    h('span', { class: 'title' }, title || T.editItem(item.id)),
    h(
      'span',
      { class: 'meta' },
      [item.fields[LEAD_AT], deadlineOf(item)].filter(Boolean).join(' · '),
    ),
    status ? h('span', { class: `chip s-${statusKey(status)}` }, status) : null,
  );
}

function deadlineOf(item: ItemView): string {
  const { catalog, info } = data();
  const check = checkItem(viewInput(item), catalog, info);
  return check.deadline ? T.deadline(formatDmy(check.deadline)) : T.noDeadline;
}

/** The status's key (chua, dang…) for the chip's colour; x for a label the add-on does not know. */
function statusKey(label: string): string {
  const entry = Object.entries(STATUS_LABEL).find(([, l]) => l === label);
  return entry ? entry[0] : 'x';
}
