/** The status line under the header, and how the page looks while a server call is under way. */
import { byId } from './dom';
import { T } from './strings';

/**
 * Shows a message in the status line ('' clears it); red when it reports an error. `cause`
 * names what the message is about, so `settle` can update or clear it once that is fixed.
 */
export function say(message: string, error = false, cause = ''): void {
  const box = byId('status');
  box.textContent = message;
  box.className = message ? (error ? 'bad' : 'good') : '';
  box.dataset.cause = message ? cause : '';
}

/** The message about `cause`, if one is shown, becomes `message` ('' clears it). */
export function settle(cause: string, message: string): void {
  if (byId('status').dataset.cause === cause) say(message, true, cause);
}

/** A call that did not reach the server or failed there: what is typed stays on screen. */
export function failure(error: unknown): void {
  say(failureText(error), true);
}

const VIETNAMESE = /[ăâđêôơưạảãàáẹẻẽèéịỉĩìíọỏõòóụủũùúỵỷỹỳý]/i;

/**
 * Google's failures reach the page in English (`Exception: Service Spreadsheets timed out…`):
 * the person reads what happened in Vietnamese, never the raw text. A message the add-on
 * itself wrote (Vietnamese) is shown as it is, without the `Exception:` prefix.
 */
export function failureText(error: unknown): string {
  const raw = (error instanceof Error ? error.message : String(error))
    .replace(/^(\w*(Exception|Error):\s*)+/i, '')
    .trim();
  if (/network|failed to fetch|mất kết nối|mạng/i.test(raw)) return T.offline;
  if (/timed? ?out|maximum execution time|deadline exceeded/i.test(raw)) return T.fail.timeout;
  if (/too many times|quota|rate limit|bandwidth/i.test(raw)) return T.fail.quota;
  if (/authori[sz]ation|permission|access denied|not authorized/i.test(raw))
    return T.fail.permission;
  if (/lock/i.test(raw)) return T.fail.busy;
  if (VIETNAMESE.test(raw)) return T.failed(raw);
  return T.fail.unknown;
}

/** Submit buttons say T.saving and are disabled while a call is under way, then read again. */
export function showBusy(busy: boolean): void {
  document.body.classList.toggle('busy', busy);
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-submit]')) {
    b.disabled = busy;
    b.textContent = busy ? T.saving : (b.dataset.submit ?? '');
  }
}
