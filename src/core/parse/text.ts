/**
 * Text normalisation shared by every room. Vietnamese text arrives in NFC or NFD
 * (macOS, some Word exports) and with stray line breaks from pasted tables.
 */

/** NFC with non-breaking and zero-width spaces folded to spaces; '' for null or undefined. */
const spaced = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : String(value)
        .normalize('NFC')
        .replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, ' ');

/** NFC, non-breaking spaces folded, runs of white space collapsed, trimmed. */
export function cleanText(value: unknown): string {
  return spaced(value).replace(/\s+/g, ' ').trim();
}

/** Like cleanText but keeps line breaks (multi-line cells such as actions). */
export function cleanMultiline(value: unknown): string {
  return spaced(value)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Key for tolerant comparison: cleaned, lower case (Vietnamese-aware), đ kept. */
export function foldKey(value: unknown): string {
  return cleanText(value).toLocaleLowerCase('vi');
}

/** Strips diacritics as well (đ → d): for matching text typed without accents. */
export function asciiKey(value: unknown): string {
  return foldKey(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

/** Vietnamese-aware upper case, for titles in the official document. */
export function upperVi(value: string): string {
  return value.normalize('NFC').toLocaleUpperCase('vi');
}

/** Text Sheets would read as a formula if written as is. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/** Hyphens, dashes and the minus sign, read as `-` in dates, periods and amounts. */
export const DASHES = /[\u2010-\u2015\u2212]/g;

/** The start of every HTML page the server shows. */
export const HTML_HEAD = '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"'`]/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** At most `n` characters, an ellipsis replacing the cut (messages, e-mails, the page). */
export function clip(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

/** FNV-1a 32-bit of the UTF-16 code units: row versions and document fingerprints. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
