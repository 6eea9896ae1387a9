/**
 * Heading lines and rows as Word plans write them, in the Doc (import) and pasted into the
 * sheet (read.ts): a standard (`1. Tiêu chuẩn 1: …`, `B. Tiêu chuẩn II`), a `MỨC …` block, or
 * a closing total (`Tổng cộng`). One pattern for both readers.
 */
import { asciiKey } from '../parse/text';

export type Heading =
  { kind: 'standard'; standard: string } | { kind: 'levels'; level4: boolean } | { kind: 'total' };

const NUMBERING = String.raw`^(?:(?:[ivx]+|\d{1,2}|[a-z])\s*[.,):\-–]\s*)?`;
const STANDARD = new RegExp(
  `${NUMBERING}tieu chuan\\s*(?:so\\s*)?(\\d{1,2}|[ivx]{1,3})\\b(?!\\s*[.,]\\s*\\d)`,
);
const LEVELS = new RegExp(
  `${NUMBERING}muc(?: do)?\\s*([1-4](?:\\s*(?:,|-|va)\\s*[1-4])*)\\s*(?:$|[:.(\\-–])`,
);
const ROMAN = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'];
/** `Tổng cộng`, `Tổng kinh phí dự kiến: …`, `Cộng` — not `Tổng kết …`, `Cộng đồng …`. */
const TOTAL =
  /^(?:tong cong|tong kinh phi|tong so|tong|cong)(?:\s*[:.]|\s*$|\s+(?:kinh phi|du kien|chi phi|tien|so tien)\b)/;

/** A heading line or section row: a standard, a `MỨC …` block, or a closing total. */
export function headingOf(text: string): Heading | null {
  const key = asciiKey(text);
  const std = STANDARD.exec(key);
  if (std)
    return { kind: 'standard', standard: String(Number(std[1]) || ROMAN.indexOf(std[1] ?? '')) };
  const levels = LEVELS.exec(key);
  if (levels) return { kind: 'levels', level4: /^4$/.test((levels[1] ?? '').trim()) };
  return TOTAL.test(key) ? { kind: 'total' } : null;
}
