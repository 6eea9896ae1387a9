/** The bar where an editor asks before it discards changes or deletes a row. */
import { h } from '../dom';
import { T } from '../strings';

/** The bar, hidden until an editor asks in it (Escape hides it again). */
export const confirmBar = (): HTMLElement =>
  h('div', { class: 'confirm', hidden: true, role: 'alertdialog' });

/**
 * Asks in the confirm bar. The safe answer (no) takes the focus, so Enter, or a second Enter
 * after the one that asked, never deletes or discards; the red button (yes) must be chosen.
 */
function ask(
  bar: HTMLElement,
  question: string,
  [yes, onYes]: [string, () => void],
  [no, onNo]: [string, (() => void)?],
): void {
  const safe = h(
    'button',
    {
      type: 'button',
      class: 'safe',
      onclick: () => {
        bar.hidden = true;
        onNo?.();
      },
    },
    no,
  );
  bar.replaceChildren(
    h('p', null, question),
    safe,
    h('button', { type: 'button', class: 'danger', onclick: onYes }, yes),
  );
  bar.hidden = false;
  safe.focus();
}

/** The editor's leave check, when it holds unsaved changes: asks, and stays (false). */
export function askLeave(
  bar: HTMLElement,
  question: string,
  discard: () => void,
  keepEditing?: () => void,
): false {
  ask(bar, question, [T.discard, discard], [T.keepEditing, keepEditing]);
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
