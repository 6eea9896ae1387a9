/**
 * Each person's view of the plan, above the criteria: one filter (my items, weak criteria
 * without items, overdue, due soon) and a search over criterion, text and owner. While either
 * is set, the matching items (or criteria) replace the list; the choice stays while the page
 * moves between views.
 */
import { ITEM_INPUT_FIELDS } from '../core';
import { h } from '../dom';
import { coverage, criteria, entryOf } from '../plan';
import type { ItemView } from '../protocol';
import { data, listFilter, setListFilter, type Filter, type Go } from '../state';
import { T } from '../strings';
import { itemCard } from './criterion';

const FILTERS: readonly Exclude<Filter, 'all'>[] = ['mine', 'weak', 'overdue', 'soon'];
const LEAD_AT = ITEM_INPUT_FIELDS.indexOf('lead');
const PARTNERS_AT = ITEM_INPUT_FIELDS.indexOf('partners');

/** Lower case, no diacritics, đ as d, spaces folded: "Trần Đức" finds "tran duc". */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** The filter bar and, under it, `results` redrawn on each change (the list when nothing is set). */
export function findBar(go: Go, list: () => Node): Node {
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const redraw = (): void => {
    const { filter, query } = listFilter();
    results.replaceChildren(filter === 'all' && !query.trim() ? list() : found(go));
    for (const b of bar.querySelectorAll<HTMLButtonElement>('button[data-filter]'))
      b.setAttribute('aria-pressed', String(b.dataset.filter === filter));
  };
  const search = h('input', {
    type: 'search',
    id: 'find',
    value: listFilter().query,
    placeholder: T.find.placeholder,
    autocomplete: 'off',
  });
  search.addEventListener('input', () => {
    setListFilter(listFilter().filter, search.value);
    redraw();
  });
  const bar = h(
    'div',
    { class: 'find' },
    h('label', { for: 'find', class: 'sr' }, T.find.label),
    search,
    h(
      'div',
      { class: 'chips', role: 'group', 'aria-label': T.find.filters },
      ...FILTERS.map((f) =>
        h(
          'button',
          {
            type: 'button',
            class: 'chip-btn',
            'data-filter': f,
            'aria-pressed': 'false',
            onclick: () => {
              setListFilter(listFilter().filter === f ? 'all' : f, search.value);
              redraw();
            },
          },
          T.find[f],
        ),
      ),
    ),
  );
  redraw();
  return h('div', null, bar, results);
}

/** What the filter and the search keep: criteria for `weak`, else item cards. */
function found(go: Go): Node {
  const { filter, query } = listFilter();
  const q = fold(query);
  const { items, me } = data();
  if (filter === 'weak') {
    const weak = criteria().filter(
      (c) => c.code && coverage(c.code).state === 'weak' && matchesCriterion(c.code, q),
    );
    return h(
      'div',
      null,
      h('p', { class: 'muted' }, T.find.countCriteria(weak.length)),
      h(
        'ul',
        { class: 'crits' },
        ...weak.map((c) =>
          h(
            'li',
            null,
            h(
              'button',
              {
                type: 'button',
                class: 'crit m-weak',
                'data-code': c.code,
                onclick: () => go({ kind: 'criterion', code: c.code }),
              },
              h('span', { class: 'mark', 'aria-hidden': 'true' }, '!'),
              h('span', { class: 'code' }, c.code),
              h('span', { class: 'name' }, c.name),
            ),
          ),
        ),
      ),
    );
  }
  const keep = (i: ItemView): boolean =>
    (filter === 'all' ||
      (filter === 'mine' && i.mine) ||
      (filter === 'overdue' && i.due === 'overdue') ||
      (filter === 'soon' && i.due === 'soon')) &&
    (!q || matchesItem(i, q));
  const shown = items.filter(keep);
  // Most urgent first when filtering by deadline; else the sheet's order.
  if (filter === 'overdue' || filter === 'soon')
    shown.sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0));
  return h(
    'div',
    null,
    filter === 'mine' && !me.person
      ? h('p', { class: 'note' }, T.find.notInRoster(me.email))
      : null,
    h('p', { class: 'muted' }, T.find.countItems(shown.length)),
    h('ul', { class: 'items' }, ...shown.map((i) => h('li', null, itemCard(i.code, i, go, true)))),
  );
}

function matchesCriterion(code: string, q: string): boolean {
  if (!q) return true;
  return fold(`${code} ${entryOf(code).name}`).includes(q);
}

/** Criterion (code, name), any text of the item, its owners. */
function matchesItem(item: ItemView, q: string): boolean {
  const owners = `${item.fields[LEAD_AT] ?? ''} ${item.fields[PARTNERS_AT] ?? ''}`;
  return (
    matchesCriterion(item.code, q) ||
    fold(owners).includes(q) ||
    fold(`${item.id} ${item.fields.join(' ')}`).includes(q)
  );
}
