/** A save or delete the server refused: the message, the field errors; conflicts: merge.ts. */
import { h } from '../dom';
import type { Busy, Invalid } from '../protocol';
import { say } from '../status';

/** The alert box a conflict explains itself in, hidden until one comes. */
export const conflictBox = (): HTMLElement =>
  h('div', { class: 'conflict', hidden: true, role: 'alert' });

/** Says the refusal's message, then shows the field errors. */
export function refused<F extends string>(
  res: Invalid<F> | Busy | { ok: false; kind: string; message: string },
  showErrors?: (errors: Invalid<F>['errors']) => void,
): void {
  say(res.message, true);
  if (res.kind === 'invalid') showErrors?.((res as Invalid<F>).errors);
}
