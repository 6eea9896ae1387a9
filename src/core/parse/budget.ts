/**
 * `Dự kiến kinh phí` as schools write it: `5.000.000 đồng`, `550 triệu`, `1,2 tỷ`, `Không`.
 * In Vietnamese a dot groups thousands and a comma marks decimals; `5,000,000` (groups of
 * three) is read as thousands too. Returns reason codes; messages are written elsewhere.
 */
import { asciiKey, DASHES } from './text';

type BudgetParse =
  { ok: true; amount: number | null } | { ok: false; reason: 'negative' | 'not-a-number' };

const NOT_A_NUMBER: BudgetParse = { ok: false, reason: 'not-a-number' };
const NEGATIVE: BudgetParse = { ok: false, reason: 'negative' };

const UNITS: Record<string, number> = {
  ty: 1e9,
  ti: 1e9,
  trieu: 1e6,
  tr: 1e6,
  nghin: 1e3,
  ngan: 1e3,
  k: 1e3,
};

export function parseBudget(v: unknown): BudgetParse {
  if (v === null || v === undefined) return { ok: true, amount: null };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return NOT_A_NUMBER;
    return v < 0 ? NEGATIVE : { ok: true, amount: v };
  }
  if (typeof v !== 'string') return NOT_A_NUMBER;
  let s = asciiKey(v).replace(DASHES, '-');
  if (s === '') return { ok: true, amount: null };
  if (/^-+$/.test(s) || /^khong(?: (?:co|can|phat sinh))?(?: kinh phi)?\.?$/.test(s)) {
    return { ok: true, amount: 0 };
  }
  if (/^- ?\d/.test(s)) return NEGATIVE;
  s = s
    // A note in brackets after the amount (`5.000.000 (XHH)`) belongs in `Nguồn kinh phí`.
    .replace(/ ?\([^()]*\)$/, '')
    .replace(/^(?:khoang|du kien|tong(?: cong)?):? /, '')
    .replace(/ ?\/ ?nam(?: hoc)?$/, '')
    .replace(/ ?(?:dong|vnd|d)\.?$/, '')
    .replace(/(\d) (?=\d{3}(?!\d))/g, '$1'); // `5 000 000`
  const amount = amountOf(s);
  return amount === null ? NOT_A_NUMBER : { ok: true, amount };
}

/** `550 triệu`, `1 tỷ 200 triệu`, `5.000.000`: parts with falling units, or one plain number. */
function amountOf(s: string): number | null {
  const part = /(\d[\d.,]*) ?(ty|ti|trieu|tr|nghin|ngan|k)?(?![a-z]) ?/y;
  let total = 0;
  let lastUnit = Infinity;
  let pos = 0;
  while (pos < s.length) {
    part.lastIndex = pos;
    const m = part.exec(s);
    if (!m) return null;
    pos = part.lastIndex;
    const unit = m[2] ? (UNITS[m[2]] ?? 0) : 0;
    if (unit === 0) {
      // A plain number stands alone: `1 tỷ 200` is too ambiguous to guess.
      const n = lastUnit === Infinity && pos === s.length ? plainNumber(m[1] ?? '') : null;
      return n;
    }
    const n = numberWithUnit(m[1] ?? '');
    if (n === null || unit >= lastUnit) return null;
    total += n * unit;
    lastUnit = unit;
  }
  return pos > 0 ? Math.round(total) : null;
}

/** Before a unit: `1,2` and `1.2` are decimals, `1.200` groups thousands. */
function numberWithUnit(t: string): number | null {
  if (/^\d+$/.test(t)) return Number(t);
  if (/^\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  const m = /^(\d+)[.,](\d+)$/.exec(t);
  return m ? Number(`${m[1]}.${m[2]}`) : null;
}

/** A whole amount of đồng: `5000000`, `5.000.000`, `5,000,000`, optional `,00` decimals. */
function plainNumber(t: string): number | null {
  if (/^\d+$/.test(t)) return Number(t);
  let m = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/.exec(t);
  if (m) return Math.round(Number(`${m[1]?.replace(/\./g, '')}.${m[2] ?? '0'}`));
  m = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/.exec(t);
  if (m) return Math.round(Number(`${m[1]?.replace(/,/g, '')}.${m[2] ?? '0'}`));
  return null;
}

/** `5.000.000 đ`. */
export function formatVnd(amount: number): string {
  const n = Math.round(amount);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${digits} đ`;
}
