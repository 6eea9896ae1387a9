/** The header: the school, the reload button, and the tabs (none on the first run). */
// @ts-nocheck

import { h, type Kid } from '../dom';
import { data, type Go, type View } from '../state';
import { T } from '../strings';

export function topBar(current: View['kind'], go: Go, reload: () => void): Kid[] {
  const { check, info, catalog, firstRun } = data();
  const tabs: [View['kind'], string][] = [
    ['list', T.tabs.criteria],
    ['roster', T.tabs.roster],
    ['info', T.tabs.info],
    ['check', `${T.tabs.check}${check.errors ? ` (${check.errors})` : ''}`],
  ];
  const sub = [info.schoolYearText && `${T.year} ${info.schoolYearText}`, catalog?.id].filter(
    Boolean,
  );
  return [
    h(
      'div',
      { class: 'school' },
      h('span', { class: 'name' }, info.schoolName || T.info.title),
      h(
        'button',
        { type: 'button', class: 'icon', title: T.reload, 'aria-label': T.reload, onclick: reload },
        '↻',
      ),
    ),
    sub.length ? h('div', { class: 'sub' }, sub.join(' · ')) : null,
    firstRun
      ? null
      : h(
          'nav',
          { class: 'tabs', 'aria-label': T.tabs.label },
          ...tabs.map(([kind, label]) =>
            h(
              'button',
              {
                type: 'button',
                'aria-current': kind === current ? 'page' : null,
                onclick: () => go({ kind } as View),
              },
              label,
            ),
          ),
        ),
  ];
}
