/**
 * Which tables of a document are the plan, and which field each column holds. Header text is
 * matched with the contract's own matcher (`mapHeaders`), so a header the sheet accepts is
 * accepted here too. A table is the plan when it has an actions column, or says what is
 * wrong or wanted together with who or when (statistics and staff tables have neither).
 */
import { headerKey, mapHeaders, PLAN_COLUMNS, type PlanField } from '../plan/contract';
import { cleanText } from '../parse/text';

/** Columns the import knows beyond the contract: a standard column, the row number. */
export type ImportColumn = PlanField | 'standard' | 'tt';

export interface TableLayout {
  /** Rows before the first data row (header, sub-header, column numbers). */
  headerRows: number;
  columns: (ImportColumn | null)[];
  /** Header text per grid column, as written. */
  headers: string[];
}

const EXTRA: Record<string, ImportColumn> = {
  [headerKey('Tiêu chuẩn')]: 'standard',
  [headerKey('TT')]: 'tt',
  [headerKey('STT')]: 'tt',
  [headerKey('Số TT')]: 'tt',
};

/** `(1)`, `2`, `A`: the row of column numbers under a header. */
const COLUMN_NUMBER = /^\(?(?:\d{1,2}|[A-Z])\)?$/;

export function planLayout(grid: readonly string[][]): TableLayout | null {
  // A title row may come first inside the table.
  for (let r = 0; r < Math.min(grid.length, 4); r++) {
    const row = grid[r] ?? [];
    // A title merged across the table (one text in every cell) is no header.
    if (row.length > 1 && new Set(row.filter(Boolean)).size < 2) continue;
    const columns = columnsOf(row);
    if (!isPlan(columns)) continue;
    const headers = (grid[r] ?? []).map(cleanText);
    let next = r + 1;
    const top = grid[r] ?? [];
    // A second header row under merged headers (`Kinh phí` over `Dự kiến` | `Nguồn`): a label
    // is read alone, then with its group's words (`Dự kiến kinh phí`, `Nguồn kinh phí`).
    // Under a group (a head merged across: its text repeats) any short label is a header.
    const group = (c: number): boolean =>
      !!top[c] && (top[c] === top[c - 1] || top[c] === top[c + 1]);
    const sub = grid[next]?.map((t, c) => {
      const known = (x: string): boolean =>
        Object.keys(mapHeaders([x], PLAN_COLUMNS).index).length > 0;
      const both = [t, `${t} ${top[c]}`, `${top[c]} ${t}`];
      return (group(c) && both.find(known)) || t;
    });
    if (sub) {
      const subColumns = columnsOf(sub);
      const headerLike = sub.every(
        (t, c) =>
          !t ||
          t === top[c] ||
          subColumns[c] ||
          COLUMN_NUMBER.test(t) ||
          (group(c) && t.length < 40),
      );
      const differs = (c: number): boolean => !!sub[c] && sub[c] !== top[c];
      if (headerLike && sub.some((_, c) => differs(c) && (subColumns[c] || group(c)))) {
        sub.forEach((t, c) => {
          if (!differs(c)) return;
          // An unknown label under a group keeps the group's field on its first column.
          if (subColumns[c]) columns[c] = subColumns[c];
          headers[c] = cleanText(subColumns[c] || COLUMN_NUMBER.test(t) ? t : `${top[c]} ${t}`);
        });
        next++;
      }
    }
    const numbers = grid[next];
    if (numbers && numbers.some(Boolean) && numbers.every((t) => !t || COLUMN_NUMBER.test(t)))
      next++;
    return { headerRows: next, columns, headers };
  }
  return null;
}

function columnsOf(row: readonly string[]): (ImportColumn | null)[] {
  const found = mapHeaders(row, PLAN_COLUMNS).index;
  const columns: (ImportColumn | null)[] = row.map((t) => EXTRA[headerKey(t)] ?? null);
  for (const [field, c] of Object.entries(found) as [PlanField, number][]) columns[c] = field;
  // `Tiêu chuẩn, tiêu chí` merged over two columns: the standard, then the criterion.
  const c = found.criterion;
  if (c !== undefined && row[c + 1] === row[c] && /chuẩn/.test(headerKey(row[c]))) {
    columns[c] = 'standard';
    columns[c + 1] = 'criterion';
  }
  // `Biện pháp khắc phục`, `Thời gian hoàn thành`: a known header followed by more words.
  // `Người/bộ phận thực hiện`, `Điểm yếu/Tồn tại`: each alternative around the slash.
  row.forEach((t, c) => {
    const [left = '', right = ''] = t.split('/');
    const l = left.split(' ');
    const r = right.split(' ');
    const texts = right
      ? [1, 2].flatMap((n) => [
          [...l, ...r.slice(n)],
          [...l.slice(0, -n), ...r],
        ])
      : [];
    for (const words of [
      headerKey(t).split(' '),
      ...texts.map((w) => headerKey(w.join(' ')).split(' ')),
    ])
      for (let n = words.length; n >= 2 && !columns[c]; n--) {
        const field = Object.keys(mapHeaders([words.slice(0, n).join(' ')], PLAN_COLUMNS).index)[0];
        if (field && !columns.includes(field as PlanField)) columns[c] = field as PlanField;
      }
  });
  // `Người phụ trách | Người thực hiện`: a second owners column holds the partners.
  row.forEach((t, c) => {
    if (
      !columns[c] &&
      !columns.includes('partners') &&
      mapHeaders([t], PLAN_COLUMNS).index.lead === 0
    )
      columns[c] = 'partners';
  });
  return columns;
}

function isPlan(columns: readonly (ImportColumn | null)[]): boolean {
  const fields = columns.filter((f): f is ImportColumn => f !== null && f !== 'tt');
  const has = (...f: ImportColumn[]): boolean => f.some((x) => fields.includes(x));
  // Without actions: what is wrong or wanted, or the criterion whose cell holds the plan,
  // together with who or when (a list of weaknesses alone, such as the focus-issue table
  // before a TT57 plan, is not the plan).
  const whoOrWhen = has('lead', 'period', 'deadline', 'budget');
  return has('actions') || (has('weakness', 'target', 'criterion') && whoOrWhen);
}
