/**
 * A narrative cell (`Kế hoạch cải tiến chất lượng` written as prose) holds the period, the
 * lead and the money too. Each is taken only where it is stated: a labelled part
 * (`Thời gian: …`, `Người phụ trách: …`, `Kinh phí: …`), a time phrase the period parser
 * understands, a role word before `chủ trì`/`phụ trách`, an amount in đồng. The prose itself
 * stays the actions, untouched.
 */
import { parseBudget } from '../parse/budget';
import { roleCodeOf, splitOwners } from '../plan/owners';
import { parsePeriod } from '../parse/period';
import { asciiKey, cleanText } from '../parse/text';
import type { SchoolYear } from '../parse/dates';
import { mapHeaders, PLAN_COLUMNS } from '../plan/contract';
import { ITEM_INPUT_FIELDS, type ItemInputField } from '../plan/item';

const PROSE_FIELDS = ['period', 'lead', 'partners', 'budget', 'fundingSource'] as const;
export type ProseField = (typeof PROSE_FIELDS)[number];

/** Labels the export writes inside cells that are no header synonym (`Cần đạt: …`, `Nguồn: …`). */
const CELL_LABELS: Record<string, ItemInputField> = {
  'can dat': 'target',
  nguon: 'fundingSource',
  'phan cong': 'lead',
};

/** The field a label inside a cell names: a contract header or synonym, or a cell label. */
export function labelField(label: string): ItemInputField | undefined {
  const field = Object.keys(mapHeaders([label], PLAN_COLUMNS).index)[0];
  return CELL_LABELS[asciiKey(label)] ?? ITEM_INPUT_FIELDS.find((f) => f === field);
}

/** Words a time phrase starts with (`từ`, `trong`, `tháng`, `hè`, `hằng`, …). */
const TIME_START = new Set(
  'ngay tu trong vao dau giua cuoi he den truoc thang nam hoc hang moi dinh ca quy tuan suot'.split(
    ' ',
  ),
);
const VAGUE_OK =
  /^(?:ca nam(?: hoc)?|(?:trong )?hoc k[yi] i{1,2}|hang (?:nam|thang|quy|tuan)|moi (?:nam|thang|quy|tuan)|dinh k[yi] .+)$/;
const AMOUNT =
  /(\d[\d.,]*\s*(?:tỷ|tỉ|triệu|tr)(?!\p{L})(?:\s*\d[\d.,]*\s*(?:triệu|nghìn|ngàn))?(?:\s*đồng)?|\d{1,3}(?:\.\d{3}){1,4}\s*(?:đồng|đ|vnđ)(?!\p{L}))/iu;
const SOURCE =
  /(?:từ\s+)?nguồn\s+(?:kinh phí\s+)?((?:ngân sách|xã hội (?:hóa|hoá)|chi thường xuyên|tự chủ|tài trợ|học phí|vận động)[^.;,()\n]{0,40})/iu;
const SOURCE_WORD =
  /(ngân sách nhà nước|ngân sách địa phương|xã hội (?:hóa|hoá)|chi thường xuyên)/iu;

export function fromProse(
  text: string,
  want: ReadonlySet<ProseField>,
  year: SchoolYear | null,
): Partial<Record<ProseField, string>> {
  const out: Partial<Record<ProseField, string>> = {};
  const put = (f: ProseField, v: string): void => {
    const value = cleanText(v).replace(/[\s.,;:]+$/, '');
    if (want.has(f) && !out[f] && value) out[f] = value;
  };
  const clauses = cleanText(text.replace(/\n/g, '; ')).split(/;\s*|\.\s+|\.$/);
  for (const clause of clauses) {
    const labelled = /^(.{2,30}?)\s*:\s*(.+)$/.exec(clause);
    const named = labelled ? labelField(labelled[1] ?? '') : undefined;
    // `Thời hạn: …` in prose is when the work is done.
    const field = PROSE_FIELDS.find((f) => f === (named === 'deadline' ? 'period' : named));
    if (labelled && field) {
      const value = labelled[2] ?? '';
      // `Kinh phí: 5 triệu đồng (xã hội hóa)`: the amount; the source is read below.
      put(field, (field === 'budget' && AMOUNT.exec(value)?.[1]) || value);
      continue;
    }
    if (want.has('period') && !out.period) put('period', timePhrase(clause, year));
    if (want.has('lead') && !out.lead) put('lead', leadBefore(clause));
  }
  const amount = AMOUNT.exec(text)?.[1] ?? '';
  const parsed = amount ? parseBudget(amount) : null;
  if (parsed?.ok && parsed.amount) put('budget', amount);
  if (out.budget || !want.has('budget')) {
    const source = SOURCE.exec(text)?.[1] ?? (out.budget ? SOURCE_WORD.exec(text)?.[1] : '');
    put('fundingSource', source ?? '');
  }
  return out;
}

/** The longest phrase of the clause that the period parser reads as a date range. */
function timePhrase(clause: string, year: SchoolYear | null): string {
  const words = clause.split(' ');
  let best = '';
  for (let i = 0; i < words.length; i++) {
    if (!TIME_START.has(asciiKey(words[i]))) continue;
    for (let j = Math.min(words.length, i + 12); j > i; j--) {
      const phrase = words
        .slice(i, j)
        .join(' ')
        .replace(/[,:]+$/, '');
      if (phrase.length <= best.length) break;
      const key = asciiKey(phrase);
      if (!/\d/.test(key) && !VAGUE_OK.test(key)) continue;
      const p = parsePeriod(phrase, year);
      if (p.recognized && (p.start || p.end)) {
        best = phrase;
        break;
      }
    }
  }
  // `Thực hiện trong hè năm 2025`: the preposition is no part of the time (`Ngay trong …` is).
  const bare = /^(?:trong|vào)\s+(.+)$/iu.exec(best)?.[1];
  return bare && parsePeriod(bare, year).recognized ? bare : best;
}

/** `…, Phó hiệu trưởng chủ trì`, `do tổ CM phụ trách`: role words just before the verb. */
function leadBefore(clause: string): string {
  const m = /^(.*?)\s+(?:trực tiếp\s+)?(?:chủ trì|phụ trách|chịu trách nhiệm)(?:\s|$)/iu.exec(
    clause,
  );
  if (!m) return '';
  // After `do`/`giao cho` the whole name list; otherwise only what follows the last comma.
  const by = /\b(?:do|giao cho)\s+(.+)$/iu.exec(m[1] ?? '');
  const words = (by ? (by[1] ?? '') : (m[1] ?? '').replace(/^.*[,;]\s*/, '')).split(' ');
  for (let k = Math.min(words.length, 6); k > 0; k--) {
    const candidate = words
      .slice(-k)
      .join(' ')
      .replace(/^[,(+\-•]+\s*/, '');
    const tokens = splitOwners(candidate);
    if (tokens.length > 0 && tokens.every((t) => roleCodeOf(t))) return candidate;
  }
  return '';
}
