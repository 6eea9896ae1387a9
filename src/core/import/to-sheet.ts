/**
 * From a read Doc to the sheet: the document's id in any link form Google gives, and the
 * fingerprint that tells an imported row still as imported (undo removes only those).
 */
import { cellToInput } from '../plan/cells';
import { cleanText } from '../parse/text';
import { ITEM_FIELDS } from './read-rows';

/**
 * `…/document/d/<id>/edit#…`, `…?id=<id>`, `…/open?id=<id>` or the bare id; null otherwise.
 * Ids are letters, digits, `-` and `_` (Drive file ids).
 */
export function docIdOf(text: unknown): string | null {
  const s = typeof text === 'string' ? text.trim() : '';
  const m =
    /\/d\/([\w-]{10,})/.exec(s) ?? /[?&]id=([\w-]{10,})/.exec(s) ?? /^([\w-]{10,})$/.exec(s);
  return m?.[1] ?? null;
}

/** A short hash of a row's item fields, as getValues returns them (cells read as typed). */
export function rowFingerprint(
  row: readonly unknown[],
  index: Partial<Record<string, number>>,
): string {
  let h = 5381;
  for (const f of ITEM_FIELDS) {
    const i = index[f];
    const text = i === undefined ? '' : cleanText(cellToInput(f, row[i]));
    for (let k = 0; k < text.length; k++) h = ((h * 33) ^ text.charCodeAt(k)) >>> 0;
    h = ((h * 33) ^ 31) >>> 0;
  }
  return h.toString(36);
}
