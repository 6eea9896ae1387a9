/**
 * The latest deletions (kept with their full content in the hidden sheet `Đã xóa`), each one
 * click from being put back, by whoever deleted it or any other editor.
 */
import { restoreItem } from '../api';
import { clip, viewInput } from '../core';
import { h } from '../dom';
import type { DeletedView } from '../protocol';
import { data, removeDeleted, storeItem, type Go } from '../state';
import { failure, say } from '../status';
import { T } from '../strings';

/** The deletions of criterion `code` (all of them when undefined); nothing when there is none. */
export function deletedList(go: Go, code?: string): Node | null {
  const list = data().deleted.filter((d) => code === undefined || d.code === code);
  if (!list.length) return null;
  return h(
    'details',
    { class: 'deleted', open: code !== undefined },
    h('summary', null, T.restore.title(list.length)),
    h('ul', null, ...list.map((d) => h('li', null, entry(d, go)))),
  );
}

function entry(d: DeletedView, go: Go): Node {
  const title =
    viewInput(d)
      .actions.split('\n')
      .find((l) => l.trim()) ?? '';
  const name = T.itemName(d.id, clip(title, 60), d.code);
  return h(
    'div',
    { class: 'gone', 'data-deleted': d.id },
    h('span', { class: 'title' }, name),
    h('span', { class: 'meta' }, T.restore.when(d.deleted)),
    h(
      'button',
      {
        type: 'button',
        'aria-label': `${T.restore.button}: ${name}`,
        onclick: () =>
          restoreItem({ id: d.id })
            .then((res) => {
              if (!res.ok) {
                if (res.kind === 'gone') removeDeleted(d.id);
                go({ kind: 'criterion', code: d.code });
                return say(res.message, true);
              }
              removeDeleted(d.id);
              storeItem(null, res.item, res.coverage);
              go(
                { kind: 'criterion', code: res.item.code },
                `[data-item="${res.item.id || `row-${res.item.row}`}"]`,
              );
              say(res.message || T.restore.done(name));
            })
            .catch(failure),
      },
      T.restore.button,
    ),
  );
}
