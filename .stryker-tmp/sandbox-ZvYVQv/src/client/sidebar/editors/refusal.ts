/** A save or delete the server refused: the message, the field errors, or the conflict panel. */
// @ts-nocheck

import { h, put, type Kid } from '../dom';
import type { Busy, Conflict, Invalid } from '../protocol';
import { say } from '../status';
import { T } from '../strings';

/** The alert box a conflict explains itself in, hidden until one comes. */
export const conflictBox = (): HTMLElement =>
  h('div', { class: 'conflict', hidden: true, role: 'alert' });

/** Says the refusal's message, then shows the conflict or the field errors. */
export function refused<V, F extends string>(
  res: Conflict<V> | Invalid<F> | Busy,
  showConflict: (message: string, current: V | null) => void,
  showErrors?: (errors: Invalid<F>['errors']) => void,
): void {
  say(res.message, true);
  if (res.kind === 'invalid') showErrors?.(res.errors);
  if (res.kind === 'conflict') showConflict(res.message, res.current);
}

/**
 * Fills the conflict box: the message; when the row still exists, what it holds now (`theirs`)
 * and the choice between taking it and keeping what is typed; when it was deleted, saving as new.
 * A choice hides the box; keeping what is typed also says how to go on.
 */
export function conflictPanel<V>(
  box: HTMLElement,
  message: string,
  current: V | null,
  on: {
    theirs: (current: V) => Kid[];
    useTheirs: (current: V) => void;
    /** The next save overwrites `to`, or adds a new row when it is null. */
    keepMine: (to: V | null) => void;
  },
): void {
  const choice = (label: string, run: () => void): HTMLButtonElement =>
    h(
      'button',
      {
        type: 'button',
        onclick: () => {
          box.hidden = true;
          run();
        },
      },
      label,
    );
  const keep = (to: V | null) => (): void => {
    say(T.keepMineHint);
    on.keepMine(to);
  };
  box.replaceChildren(h('p', { class: 'bad' }, message));
  put(
    box,
    ...(current ? on.theirs(current) : []),
    h(
      'div',
      { class: 'actions' },
      ...(current
        ? [choice(T.useTheirs, () => on.useTheirs(current)), choice(T.keepMine, keep(current))]
        : [choice(T.saveAsNew, keep(null))]),
    ),
  );
  box.hidden = false;
}
