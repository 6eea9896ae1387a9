/** Google Docs links as people paste them. */

/** A link to a spreadsheet, slides or form: a Drive file that is not a Doc. */
export const NOT_A_DOC = /\/(?:spreadsheets|presentation|forms)\/(?:u\/\d+\/)?d\//;

/**
 * The Doc's id from `…/document/d/<id>/edit#…`, `…?id=<id>`, `…/open?id=<id>` or the bare id;
 * null otherwise. Ids are letters, digits, `-` and `_` (Drive file ids).
 */
export function docIdOf(text: unknown): string | null {
  const s = typeof text === 'string' ? text.trim() : '';
  const m =
    /\/d\/([\w-]{10,})/.exec(s) ?? /[?&]id=([\w-]{10,})/.exec(s) ?? /^([\w-]{10,})$/.exec(s);
  return m?.[1] ?? null;
}
