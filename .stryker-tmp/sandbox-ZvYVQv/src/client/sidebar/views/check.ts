/** The check's result as loaded: counts, then the findings, each plan row one click from its editor. */
// @ts-nocheck

import { h, heading } from '../dom';
import { data, type Go } from '../state';
import { T } from '../strings';

export function checkView(go: Go): Node {
  const { check, items } = data();
  const { errors, warnings, findings } = check;
  const more = errors + warnings - findings.length;
  return h(
    'div',
    null,
    heading(T.check.title),
    h(
      'p',
      { class: errors ? 'bad' : 'muted' },
      errors || warnings ? T.check.counts(errors, warnings) : T.check.ok,
    ),
    h(
      'ul',
      { class: 'findings' },
      ...findings.map((f) => {
        const item =
          f.sheet === 'Kế hoạch' && f.row ? items.find((i) => i.row === f.row) : undefined;
        return h(
          'li',
          { class: f.severity },
          h('span', { class: 'sev' }, f.severity === 'error' ? T.check.error : T.check.warning),
          ` ${f.message}`,
          item
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  onclick: () => go({ kind: 'item', code: item.code, item }),
                },
                T.check.open,
              )
            : null,
        );
      }),
    ),
    more > 0 ? h('p', { class: 'muted' }, T.check.more(more)) : null,
  );
}
