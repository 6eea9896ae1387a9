import { ERROR } from '../core/messages/index';

/** A failure the user can act on: its Vietnamese message is shown as is. */
export class UserError extends Error {}

/**
 * Wraps an entry point: a UserError keeps its message; anything unexpected reaches the user
 * as a Vietnamese sentence while the details go to the execution log — never a stack trace.
 */
export function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof UserError) throw err;
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    throw new Error(ERROR.unexpected, { cause: err });
  }
}
