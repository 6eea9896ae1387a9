/**
 * The wording rules of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I) applied
 * to the plan's `Thông tin chung`: number, date line, recipients, end mark, file name.
 */
// @ts-nocheck

import { EXPORT } from '../messages';
import type { PlanInfo } from '../plan/info';
import { ymd } from '../parse/dates';
import { cleanText, upperVi } from '../parse/text';
import type { IsoDate } from '../parse/dates';

/** `2025-2026` from the parsed school year, else the text as written, else ''. */
export function schoolYearLabel(info: Pick<PlanInfo, 'schoolYear' | 'schoolYearText'>): string {
  const y = info.schoolYear;
  return y ? `${y.startYear}-${y.endYear}` : cleanText(info.schoolYearText);
}

/** `Kế hoạch cải tiến chất lượng năm học 2025-2026 - Trường MN Liêm Hải`. */
export function documentName(info: PlanInfo, blank = '……'): string {
  return EXPORT.docName(schoolYearLabel(info) || blank, cleanText(info.schoolName));
}

/**
 * Day below 10 and months 1 and 2 with a leading zero (`ngày 06 tháng 4`, `ngày 10 tháng 02`).
 * Without a date the parts are left blank for the hand, the year taken from `today` if known.
 */
export function dateParts(
  iso: IsoDate | null,
  today: IsoDate | null,
  blank: string,
): { day: string; month: string; year: string } {
  if (!iso) return { day: blank, month: blank, year: today ? String(ymd(today).y) : blank };
  const { y, m, d } = ymd(iso);
  return {
    day: d < 10 ? `0${d}` : String(d),
    month: m <= 2 ? `0${m}` : String(m),
    year: String(y),
  };
}

const LEVEL_WORDS: [RegExp, string][] = [
  [/^phổ thông dân tộc nội trú\b/, 'PTDTNT'],
  [/^phổ thông dân tộc bán trú\b/, 'PTDTBT'],
  [/^trung học phổ thông\b/, 'THPT'],
  [/^trung học cơ sở\b/, 'THCS'],
  [/^tiểu học\b/, 'TH'],
  [/^mầm non\b/, 'MN'],
  [/^mẫu giáo\b/, 'MG'],
  [/^nhà trẻ\b/, 'NT'],
  [/^phổ thông\b/, 'PT'],
];
const LEVEL_CODES = /^(?:mn|mg|nt|th|thcs|thpt|pt|ptdtnt|ptdtbt)$/;
const PLACE_WORDS = /^(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tp\.?|số)$/;

/** The school's part of a document symbol: `Trường MN Liêm Hải` → `MNLH`; '' if unreadable. */
export function schoolSymbol(schoolName: string): string {
  let rest = cleanText(schoolName)
    .toLocaleLowerCase('vi')
    .replace(/^trường\s+/, '');
  let out = '';
  for (const [re, code] of LEVEL_WORDS) {
    if (re.test(rest)) {
      out = code;
      rest = rest.replace(re, '').trim();
      break;
    }
  }
  for (const word of rest.split(/[\s\-–,.()]+/)) {
    if (!word || PLACE_WORDS.test(word)) continue;
    if (out === '' && LEVEL_CODES.test(word)) {
      out = word.toUpperCase();
      continue;
    }
    if (/^\d+$/.test(word)) {
      out += word;
      continue;
    }
    const first = word.normalize('NFD').charAt(0);
    out += first === 'đ' ? 'Đ' : first.toUpperCase();
  }
  return /^[A-ZĐ0-9]+$/.test(out) ? out : '';
}

/**
 * `Số: 32/KH-THQT` — the number as given, numbers below 10 with a leading zero, the symbol in
 * capitals. Without a number, a gap for the hand (`Số:      /KH-MNLH`).
 */
export function numberLine(
  docNumber: string,
  schoolName: string,
  t: { numberLabel: string; symbol: string; numberGap: string },
): string {
  const text = cleanText(docNumber).replace(/^số\s*:?\s*/i, '');
  if (!text || text.startsWith('/')) {
    const symbol = text || `/${t.symbol}-${schoolSymbol(schoolName) || '…'}`;
    return `${t.numberLabel}${t.numberGap}${upperVi(symbol)}`;
  }
  return `${t.numberLabel} ${upperVi(text.replace(/^(\d)(?=\D|$)/, '0$1'))}`;
}

/** `- X;` per recipient, the last one `- Lưu: VT.` (or the school's own `Lưu …` line). */
export function recipientLines(recipients: readonly string[], archive: string): string[] {
  const given = recipients.map((r) => cleanText(r).replace(/^[-+•*]\s*/, '')).filter(Boolean);
  const list = given.length ? given : [...EXPORT.defaultRecipients];
  const isArchive = (r: string): boolean => /^lưu\b/i.test(r);
  const others = list.filter((r) => !isArchive(r));
  const archives = list.filter(isArchive);
  const lines = others.map((r) => `- ${r.replace(/[\s;,.]+$/, '')};`);
  const last = archives.length ? archives.join('; ') : archive;
  lines.push(`- ${last.replace(/[\s;,.]+$/, '')}.`);
  return lines;
}

/** Appends the end mark: `… kịp thời./.` */
export function withEndMark(text: string, end: string): string {
  const t = text.replace(/\s+$/, '');
  if (t.endsWith(end)) return t;
  const stripped = t.replace(/[;:,]+$/, '');
  return `${stripped}${stripped.endsWith('.') ? '' : '.'}${end.replace(/^\./, '')}`;
}
