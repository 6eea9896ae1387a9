/** The criteria, grouped by standard, each with its coverage mark and item count. */
import { h, heading } from '../dom';
import { coverage, criteria, itemsOf, type Entry } from '../plan';
import type { CoverageEntry } from '../protocol';
import { data, type Go } from '../state';
import { T } from '../strings';
import { deletedList } from './deleted';
import { findBar } from './find';

const MARK: Readonly<Record<CoverageEntry['state'], string>> = {
  none: '○',
  weak: '!',
  items: '●',
  done: '✓',
};

export function listView(go: Go): Node {
  const { catalog } = data();
  const list = criteria();
  const codes = list.filter((c) => c.code);
  const withItems = codes.filter((c) => coverage(c.code).items > 0).length;
  const weak = codes.filter((c) => coverage(c.code).state === 'weak').length;
  const out = h(
    'div',
    null,
    heading(catalog ? `${T.tabs.criteria} – ${catalog.id}` : T.tabs.criteria),
    catalog?.provisional ? h('p', { class: 'note' }, T.provisional) : null,
    catalog ? null : h('p', { class: 'note' }, T.noCatalog),
    h('p', { class: 'muted' }, T.summary(codes.length, withItems, weak)),
    h(
      'ul',
      { class: 'legend', 'aria-label': T.legendLabel },
      ...(['weak', 'none', 'items', 'done'] as const).map((s) =>
        h(
          'li',
          null,
          h('span', { class: `mark m-${s}`, 'aria-hidden': 'true' }, MARK[s]),
          T.coverage[s],
        ),
      ),
    ),
  );
  out.append(
    findBar(go, () => groups(list, go)),
    deletedList(go) ?? '',
  );
  return out;
}

/** The criteria under their standards' headings. */
function groups(list: Entry[], go: Go): Node {
  const { catalog } = data();
  const out = h('div', null);
  let group = '\u0000';
  let ul: HTMLUListElement | null = null;
  for (const c of list) {
    const key = c.code === '' ? '' : c.standard;
    if (key !== group) {
      group = key;
      const std = catalog?.standards.find((s) => s.code === key);
      const title =
        key === '' ? T.unassigned : key === 'M4' ? T.level4 : T.standard(key, std?.name ?? '');
      out.append(h('h3', null, title));
      ul = h('ul', { class: 'crits' });
      out.append(ul);
    }
    ul?.append(h('li', null, criterionButton(c, go)));
  }
  return out;
}

function criterionButton(c: Entry, go: Go): HTMLButtonElement {
  const cov = coverage(c.code);
  const state = c.code === '' ? 'items' : cov.state;
  const count = c.code === '' ? itemsOf('').length : cov.items;
  return h(
    'button',
    {
      type: 'button',
      class: `crit m-${state}`,
      'data-code': c.code,
      onclick: () => go({ kind: 'criterion', code: c.code }),
    },
    h('span', { class: 'mark', 'aria-hidden': 'true' }, MARK[state]),
    h('span', { class: 'code' }, c.code || '?'),
    h('span', { class: 'name' }, c.name),
    count
      ? h('span', { class: 'count', title: T.itemCount(count, cov.done) }, String(count))
      : null,
    h('span', { class: 'sr' }, ` – ${c.code === '' ? T.itemCount(count, 0) : T.coverage[state]}`),
  );
}
