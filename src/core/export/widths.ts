/**
 * Plan-table column widths from what each column holds: every column gets room for its longest
 * word (never below the template's minimum), and the rest of the page's text width goes to the
 * columns in proportion to their text, so that rows come out about as tall in every column
 * (the actions, the longest texts, widest; `TT` narrowest). The widths add up to the text
 * width exactly, in hundredths of a point.
 */

/** Rough Times New Roman advance widths (em): enough to size columns and short lines. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) em += 0.25;
    else if (/\d/.test(ch)) em += 0.5;
    else if (/\p{Lu}/u.test(ch)) em += bold ? 0.72 : 0.68;
    else if (/\p{Ll}/u.test(ch)) em += bold ? 0.5 : 0.46;
    else em += 0.3;
  }
  return em * size;
}

/** Left + right cell padding, pt, as Google Docs draws table cells. */
export const CELL_PADDING = 10;

export function contentWidths(
  minimums: readonly number[],
  texts: readonly (readonly string[])[],
  total: number,
  size: number,
  /** The column that must come out widest (the actions), or -1. */
  widest = -1,
): number[] {
  const n = minimums.length;
  const floor = minimums.map((min, c) => {
    // Split at breakable spaces only: a sum and its unit (non-breaking space) are one word.
    const words = texts.flatMap((row) => (row[c] ?? '').split(/[ \t\n]+/));
    // A word longer than an eighth of the page wraps anyway; the estimate is rough, hence 1.1.
    const longest = Math.max(
      0,
      ...words.map((w) => Math.min(1.1 * textWidth(w, size, true), total / 8)),
    );
    return Math.max(min, longest + CELL_PADDING);
  });
  const volume = minimums.map((_, c) =>
    texts.reduce((s, row) => s + textWidth(row[c] ?? '', size), 0),
  );
  const floorSum = floor.reduce((a, b) => a + b, 0);
  const volumeSum = volume.reduce((a, b) => a + b, 0);
  const raw =
    floorSum >= total || volumeSum === 0
      ? floor.map((f) => (f * total) / floorSum)
      : floor.map((f, c) => f + ((total - floorSum) * (volume[c] ?? 0)) / volumeSum);
  // The actions are what a row is read for: never narrower than another column. The room is
  // taken from the column with the most slack above its own floor, so no word is cut.
  for (let guard = 0; widest >= 0 && guard < 2000; guard++) {
    const target = raw[widest] ?? 0;
    if (raw.every((w, c) => c === widest || w <= target)) break;
    const slack = raw.map((w, c) => (c === widest ? -1 : w - (floor[c] ?? 0)));
    const giver = slack.indexOf(Math.max(...slack));
    if ((slack[giver] ?? 0) < 0.5) break;
    raw[giver] = (raw[giver] ?? 0) - 0.5;
    raw[widest] = target + 0.5;
  }
  // Hundredths of a point; the rounding remainder goes to the widest column.
  const hundredths = raw.map((w) => Math.round(w * 100));
  const largest = hundredths.indexOf(Math.max(...hundredths));
  hundredths[largest] =
    (hundredths[largest] ?? 0) + Math.round(total * 100) - hundredths.reduce((a, b) => a + b, 0);
  return hundredths.slice(0, n).map((h) => h / 100);
}
