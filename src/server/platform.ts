/**
 * What every capability's adapter shares with the platform: the guard around entry points and
 * the dialogs and alerts (a run without a UI — trigger, test — simply shows nothing).
 */
import { ERROR } from '../core/messages';
import { type Busy } from '../core/sidebar/protocol';

/** A failure the user can act on: its Vietnamese message is shown as is. */
export class UserError extends Error {}

/** What the execution log keeps of a failure: its message (or stack), never the object. */
export const errorText = (err: unknown, stack = false): string =>
  err instanceof Error ? (stack ? (err.stack ?? err.message) : err.message) : String(err);

/**
 * Wraps an entry point: a UserError keeps its message; anything unexpected reaches the user
 * as a Vietnamese sentence while the details go to the execution log — never a stack trace.
 */
export function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof UserError) throw err;
    console.error(errorText(err, true));
    throw new Error(ERROR.unexpected, { cause: err });
  }
}

type Ui = GoogleAppsScript.Base.Ui;

/** The UI when there is one; null in triggers and other contexts without a user. */
function maybeUi(): Ui | null {
  try {
    return SpreadsheetApp.getUi();
  } catch {
    return null;
  }
}

/**
 * Showing is the last step of an action whose result is already made (and returned): a UI
 * that refuses a dialog must not turn it into a failure. The refusal goes to the log.
 */
function show(what: string, run: () => void): boolean {
  try {
    run();
    return true;
  } catch (err) {
    console.warn(`Không hiện được ${what}: ${errorText(err)}`);
    return false;
  }
}

export function alert(title: string, message: string): void {
  const ui = maybeUi();
  if (ui) show('thông báo', () => ui.alert(title, message, ui.ButtonSet.OK));
}

/** An HTML dialog; where it cannot be shown, `fallback` as a plain alert. */
export function showHtmlDialog(
  html: string,
  title: string,
  width = 720,
  height = 520,
  fallback?: string,
): void {
  const ui = maybeUi();
  if (!ui) return;
  const shown = show('hộp thoại', () =>
    ui.showModalDialog(HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height), title),
  );
  if (!shown && fallback) alert(title, fallback);
}

/** The document's lock (the script's where a document lock is unavailable). */
export function documentLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getDocumentLock() ?? LockService.getScriptLock();
}

/** Runs under the document lock, waiting at most `waitMs`; a busy result when it cannot. */
export function locked<T>(waitMs: number, run: () => T): T | Busy {
  const lock = documentLock();
  try {
    lock.waitLock(waitMs);
  } catch {
    return { ok: false, kind: 'busy', message: ERROR.busy };
  }
  try {
    return run();
  } finally {
    try {
      // What this run wrote is applied before anyone else reads.
      SpreadsheetApp.flush();
    } catch {
      // Apps Script applies it at the end of the run anyway.
    }
    lock.releaseLock();
  }
}

export function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties() ?? PropertiesService.getScriptProperties();
}

/** The user running the add-on, or '' where Apps Script does not tell. */
export function currentUser(): string {
  try {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  } catch {
    return '';
  }
}

/**
 * Who owns the weekly reminder trigger: the document property `reminderTrigger`, JSON
 * `{ owner, since, uid }`, written by the reminders when one is turned on; null when none.
 */
export function reminderOwner(): { email: string; since: number } | null {
  try {
    const o = JSON.parse(documentProperties().getProperty('reminderTrigger') ?? '') as {
      owner: string;
      since: number;
    };
    return { email: String(o.owner), since: Number(o.since) };
  } catch {
    return null;
  }
}
