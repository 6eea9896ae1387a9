/**
 * The plan's header and closing block (governing body, school, `Số: …`, place and date,
 * school year, `Căn cứ …`, purposes, implementation, `Nơi nhận`, signer) read from the
 * document's lines outside the plan tables, into `Thông tin chung` values by `Mục` name.
 * Only what is written is taken; nothing is filled from elsewhere.
 */
import { catalogIdOf, parseSchoolLevel, SCHOOL_LEVEL_LABEL } from '../plan/catalog/catalog';
import { INFO_ROWS, type InfoKey } from '../plan/contract';
import { asciiKey, cleanText } from '../parse/text';
import { formatDmy, isoDate } from '../parse/dates';

/** `Thông tin chung` values keyed by their `Mục` label (`Tên trường`, `Số văn bản`, …). */
export type InfoValues = Record<string, string>;

/** The `Mục` label of each header value, as the sheet writes it. */
export const LABEL = Object.fromEntries(INFO_ROWS.map((r) => [r.key, r.label])) as Record<
  InfoKey,
  string
>;

/** `I. CĂN CỨ …`, `VI. TỔ CHỨC THỰC HIỆN`: the document's top-level sections. */
const SECTION = /^[IVX]{1,4}\s*[.\-–)]\s*\S/;
const GOVERNING =
  /^(?:ubnd|uy ban nhan dan|phong giao duc|phong gd|so giao duc|so gd|bo giao duc)\b/;
const SIGNER_TITLE = /^(?:kt\.?\s*|q\.?\s*|tm\.?\s*)?(?:pho )?hieu truong$/;
/** `Nguyễn Thị Hiến`: two to six capitalised words. */
const PERSON = /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,5}$/u;
/** Catalog circulars the add-on knows (TT17, 18, 19/2018 and TT57/2026). */
const CATALOG_CIRCULAR = /\b(1[789]\/2018|57\/2026)\/tt-bgd/;

export function documentTitle(lines: readonly string[]): string {
  const i = lines.findIndex((l) => /^ke hoach\b/.test(asciiKey(l)) && l.length < 160);
  if (i < 0) return '';
  const title = cleanText(lines[i]);
  // `KẾ HOẠCH` alone is followed by its subject line.
  return asciiKey(title) === 'ke hoach' ? `${title} ${cleanText(lines[i + 1])}`.trim() : title;
}

export function readPlanHeader(input: readonly string[]): InfoValues {
  const lines = input.map(cleanText).filter(Boolean);
  const keys = lines.map((l) => asciiKey(l));
  const info: InfoValues = {};
  const set = (key: InfoKey, value: string): void => {
    if (value && !info[LABEL[key]]) info[LABEL[key]] = value;
  };
  const top = Math.min(lines.length, 15);

  const school = keys.slice(0, top).findIndex((k) => /^truong\b/.test(k));
  if (school >= 0) {
    const name = lines[school] ?? '';
    set('schoolName', name);
    const level = parseSchoolLevel(name);
    if (level) set('schoolLevel', SCHOOL_LEVEL_LABEL[level]);
    if (school > 0 && GOVERNING.test(keys[school - 1] ?? ''))
      set('governingBody', lines[school - 1] ?? '');
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const key = keys[i] ?? '';
    const number = /^so\s*:?\s*(\S*\s*\/.*)$/.exec(key);
    if (number && i < 20)
      set(
        'docNumber',
        line.slice(line.length - (number[1] ?? '').length).replace(/\s*\/\s*/g, '/'),
      );
    const dated = /^(.+?),\s*ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/.exec(key);
    if (dated && i < 20) {
      set('place', line.slice(0, (dated[1] ?? '').length).trim());
      set('issueDate', formatDmy(isoDate(Number(dated[4]), Number(dated[3]), Number(dated[2]))));
    }
    const year =
      /^nam hoc:?\s*(\d{4})\s*[-–—]\s*(\d{4})[.)]?$/.exec(key) ??
      (i < top ? /nam hoc\s*(\d{4})\s*[-–—]\s*(\d{4})[.)]?$/.exec(key) : null);
    if (year) set('schoolYear', `${year[1]}-${year[2]}`);
  }

  const bases = section(lines, keys, /can cu/);
  const looseBases = lines.filter((_, i) => /^can cu\b/.test(keys[i] ?? ''));
  set('legalBases', (bases.length ? bases : looseBases).join('\n'));
  const circular = CATALOG_CIRCULAR.exec(asciiKey(info[LABEL.legalBases] ?? ''));
  if (circular) set('catalog', catalogIdOf(circular[1]));
  set('purposes', section(lines, keys, /muc dich|yeu cau/).join('\n'));
  set('implementation', section(lines, keys, /to chuc thuc hien/).join('\n'));

  const to = keys.findIndex((k) => /^noi nhan:?$/.test(k));
  if (to >= 0) {
    const recipients: string[] = [];
    for (let i = to + 1; i < lines.length && /^[-+•]/.test(lines[i] ?? ''); i++)
      recipients.push((lines[i] ?? '').replace(/^[-+•]\s*/, '').replace(/\s*;$/, ''));
    set('recipients', recipients.join('\n'));
  }
  const title = keys.findIndex(
    (k, i) => i > (to >= 0 ? to : lines.length / 2) && SIGNER_TITLE.test(k),
  );
  if (title >= 0) {
    // `KT. HIỆU TRƯỞNG` over `PHÓ HIỆU TRƯỞNG`: the title is both lines.
    let end = title + 1;
    while (end < lines.length && SIGNER_TITLE.test(keys[end] ?? '')) end++;
    set('signerTitle', lines.slice(title, end).join('\n'));
    const name = lines.slice(end, end + 3).find((l) => PERSON.test(l));
    if (name) set('signer', name);
  }
  return info;
}

/** The lines of the first top-level section whose title matches, up to the next section. */
function section(lines: readonly string[], keys: readonly string[], title: RegExp): string[] {
  const start = keys.findIndex((k, i) => SECTION.test(lines[i] ?? '') && title.test(k));
  if (start < 0) return [];
  const out: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const k = keys[i] ?? '';
    if (SECTION.test(lines[i] ?? '') || /^noi nhan\b/.test(k)) break;
    out.push(lines[i] ?? '');
  }
  return out;
}
