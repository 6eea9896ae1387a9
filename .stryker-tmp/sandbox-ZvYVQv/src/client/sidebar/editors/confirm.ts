/** The bar where an editor asks before it discards changes or deletes a row. */
// @ts-nocheck

import { h } from '../dom';
import { T } from '../strings';

/** The bar, hidden until an editor asks in it (Escape hides it again). */
export const confirmBar = (): HTMLElement => h('div', { class: 'confirm', hidden: true });

/** Asks in the confirm bar; the red button (yes) takes the focus, the other one hides the bar. */
function ask(
  bar: HTMLElement,
  question: string,
  [yes, onYes]: [string, () => void],
  [no, onNo]: [string, (() => void)?],
): void {
  bar.replaceChildren(
    h('p', null, question),
    h('button', { type: 'button', class: 'danger', onclick: onYes }, yes),
    h(
      'button',
      {
        type: 'button',
        onclick: () => {
          bar.hidden = true;
          onNo?.();
        },
      },
      no,
    ),
  );
  bar.hidden = false;
  (bar.querySelector('button') as HTMLButtonElement).focus();
}

/** The editor's leave check, when it holds unsaved changes: asks, and stays (false). */
export function askLeave(bar: HTMLElement, discard: () => void, keepEditing?: () => void): false {
  ask(bar, T.unsaved, [T.discard, discard], [T.keepEditing, keepEditing]);
  return false;
}

/** Asks before deleting; yes hides the bar, then runs `remove`. */
export function askDelete(bar: HTMLElement, question: string, remove: () => void): void {
  const yes = (): void => {
    bar.hidden = true;
    remove();
  };
  ask(bar, question, [T.confirmYes, yes], [T.confirmNo]);
}
