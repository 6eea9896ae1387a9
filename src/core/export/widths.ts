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
    const words = texts.flatMap((row) => (row[c] ?? '').split(/[\s\u00a0]+/));
    // A word longer than a third of the page wraps anyway.
    const longest = Math.max(0, ...words.map((w) => Math.min(textWidth(w, size), total / 3)));
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
  // The actions are what a row is read for: they never wrap narrower than another column.
  for (let guard = 0; widest >= 0 && guard < 1000; guard++) {
    const target = raw[widest] ?? 0;
    const wider = raw.map((w, c) => (c !== widest && w >= target ? c : -1)).filter((c) => c >= 0);
    if (!wider.length) break;
    for (const c of wider) raw[c] = (raw[c] ?? 0) - 0.5;
    raw[widest] = target + 0.5 * wider.length;
  }
  // Hundredths of a point; the rounding remainder goes to the widest column.
  const hundredths = raw.map((w) => Math.round(w * 100));
  const largest = hundredths.indexOf(Math.max(...hundredths));
  hundredths[largest] =
    (hundredths[largest] ?? 0) + Math.round(total * 100) - hundredths.reduce((a, b) => a + b, 0);
  return hundredths.slice(0, n).map((h) => h / 100);
}
