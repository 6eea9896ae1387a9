/** The status line under the header, and how the page looks while a server call is under way. */
// @ts-nocheck

import { byId } from './dom';
import { T } from './strings';

/** Shows a message in the status line ('' clears it); red when it reports an error. */
export function say(message: string, error = false): void {
  const box = byId('status');
  box.textContent = message;
  box.className = message ? (error ? 'bad' : 'good') : '';
}

/** A call that did not reach the server or failed there: what is typed stays on screen. */
export function failure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  say(/network|mạng/i.test(message) ? T.offline : T.failed(message), true);
}

/** Submit buttons say T.saving and are disabled while a call is under way, then read again. */
export function showBusy(busy: boolean): void {
  document.body.classList.toggle('busy', busy);
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-submit]')) {
    b.disabled = busy;
    b.textContent = busy ? T.saving : (b.dataset.submit ?? '');
  }
}
