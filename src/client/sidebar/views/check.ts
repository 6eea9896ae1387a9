/**
 * The check's result as loaded: counts, then the findings, each one click from what it is
 * about: the item's editor, else the criterion's view (a weak criterion without items, whose
 * level sits on a row that is not an item).
 */
import { h, heading } from '../dom';
import type { SidebarFinding } from '../protocol';
import { data, type Go } from '../state';
import { T } from '../strings';

export function checkView(go: Go): Node {
  const { check } = data();
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
      ...findings.map((f) =>
        h(
          'li',
          { class: f.severity },
          h('span', { class: 'sev' }, f.severity === 'error' ? T.check.error : T.check.warning),
          ` ${f.message}`,
          link(f, go),
        ),
      ),
    ),
    more > 0 ? h('p', { class: 'muted' }, T.check.more(more)) : null,
  );
}

function link(f: SidebarFinding, go: Go): Node | null {
  const { items } = data();
  const item =
    (f.itemId && items.find((i) => i.id === f.itemId)) ||
    (f.sheet === 'Kế hoạch' && f.row ? items.find((i) => i.row === f.row) : undefined);
  const open = (label: string, run: () => void): HTMLButtonElement =>
    h('button', { type: 'button', class: 'link', onclick: run }, label);
  if (item) return open(T.check.open, () => go({ kind: 'item', code: item.code, item }));
  if (f.code)
    return open(T.check.openCriterion(f.code), () => go({ kind: 'criterion', code: f.code }));
  return null;
}
