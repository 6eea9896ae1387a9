/** The roster: one card per person, and the way to add one. */
// @ts-nocheck

import { h, heading } from '../dom';
import { data, type Go } from '../state';
import { T } from '../strings';

export function rosterView(go: Go): Node {
  const { roster } = data();
  return h(
    'div',
    null,
    heading(T.roster.title),
    roster.length ? null : h('p', { class: 'muted' }, T.roster.none),
    h(
      'ul',
      { class: 'items' },
      ...roster.map((p) =>
        h(
          'li',
          null,
          h(
            'button',
            {
              type: 'button',
              class: 'card',
              'data-person': p.row,
              onclick: () => go({ kind: 'person', person: p }),
            },
            h('span', { class: 'title' }, p.name),
            h('span', { class: 'meta' }, [p.position, p.roles].filter(Boolean).join(' · ')),
            h('span', { class: 'meta' }, p.email || '—'),
          ),
        ),
      ),
    ),
    h(
      'button',
      { type: 'button', class: 'primary', onclick: () => go({ kind: 'person', person: null }) },
      T.roster.add,
    ),
  );
}
