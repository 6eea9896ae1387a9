/**
 * Owners (`Chủ trì`, `Phối hợp`) as schools write them — names, role codes, role words,
 * e-mail addresses — resolved against the `Nhân sự` roster.
 */
import { asciiKey, cleanMultiline, cleanText, foldKey, upperVi } from '../parse/text';
import type { Person } from './model';

export const ROLE_CODES: readonly string[] =
  'HT PHT BGH TTCM TPCM GV NV KT VT YT CTCĐ BTĐ TPT'.split(' ');

/** Role words keyed by their accent-free form (see roleKey). */
const ROLE_WORDS = new Map<string, string>();
/** Per role code, its spellings separated by `|` (one string per code keeps the bundle small). */
const ROLE_SPELLINGS: Record<string, string> = {
  HT: 'ht|hieu truong',
  PHT: 'pht|p ht|pho hieu truong|p hieu truong|pho ht|hieu pho',
  BGH: 'bgh|ban giam hieu|cbql|can bo quan ly|quan ly|lanh dao',
  TTCM: 'ttcm|tt cm|to cm|to chuyen mon|to truong|to truong cm|to truong chuyen mon|to truong to cm|to truong to chuyen mon|khoi truong',
  TPCM: 'tpcm|tp cm|to pho|to pho cm|to pho chuyen mon',
  GV: 'gv|giao vien|gvcn|giao vien chu nhiem|gvbm|giao vien bo mon',
  NV: 'nv|nhan vien|to van phong|bep truong|cap duong|nhan vien cap duong|to nuoi duong',
  KT: 'kt|ke toan|nhan vien ke toan',
  VT: 'vt|van thu|nhan vien van thu',
  YT: 'yt|y te|nhan vien y te|can bo y te|y sy|y si',
  CTCĐ: 'ctcd|chu tich cong doan|cong doan|chu tich cd',
  BTĐ: 'btd|bi thu doan|bi thu chi doan|doan thanh nien|chi doan|doan tn',
  TPT: 'tpt|tong phu trach|tong phu trach doi|tpt doi',
  BTCB: 'btcb|bi thu chi bo|bi thu|chi bo',
  // The whole staff: everyone in `Nhân sự` answers for it.
  CBGVNV:
    'cbgvnv|cb gv nv|cbgv|cbcc|can bo|toan truong|tap the|can bo giao vien nhan vien|hoi dong su pham',
};
for (const [code, words] of Object.entries(ROLE_SPELLINGS)) {
  for (const w of words.split('|')) ROLE_WORDS.set(w, code);
}

/** What a role code also answers for: the board is HT + PHT; staff includes KT, VT, YT. */
const ALSO_REACHES: Record<string, readonly string[]> = {
  BGH: ['HT', 'PHT'],
  TTCM: ['TPCM'],
  NV: ['KT', 'VT', 'YT'],
};

function roleKey(text: string): string {
  return asciiKey(text)
    .replace(/[.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\bquan li\b/g, 'quan ly');
}

/** `Phó hiệu trưởng phụ trách chuyên môn`: a role and what it is in charge of. */
const ROLE_QUALIFIER = / (?:phu trach|pt|kiem|chi dao|chiu trach nhiem) .+$/;

/** Plural and place words around a role (`Các tổ CM`, `y sỹ trường học`). */
const ROLE_PLURAL = /^(?:(?:cac|toan the|tat ca|toan bo) )+/;
const ROLE_PLACE = / (?:nha truong|truong hoc|cua truong|toan truong|trong truong|truong)$/;

export function roleCodeOf(token: string): string | null {
  const key = roleKey(token);
  const bare = key.replace(ROLE_PLURAL, '');
  // The place word is dropped last: `hiệu trưởng` itself ends with `trưởng`.
  return (
    ROLE_WORDS.get(key) ??
    ROLE_WORDS.get(bare) ??
    ROLE_WORDS.get(bare.replace(ROLE_PLACE, '')) ??
    ROLE_WORDS.get(bare.replace(ROLE_QUALIFIER, '')) ??
    null
  );
}

/**
 * People outside the school (`cha mẹ trẻ`, `phụ huynh`, `Ban đại diện cha mẹ học sinh`,
 * the local authorities): partners who get no e-mail and are not looked up in `Nhân sự`.
 */
export function isOutsidePartner(token: string): boolean {
  return /^(?:cac |toan the )?(?:(?:ban dai dien|bdd|hoi) (?:cha me|phu huynh|cmhs)|cha me|phu huynh|cmhs|phhs|chinh quyen|ubnd|uy ban nhan dan|cac ban nganh|cac doan the)(?: (?:tre|hoc sinh|hs|cac lop|lop|nha truong|truong|xa|phuong|huyen|dia phuong|co lien quan))*$/.test(
    roleKey(token),
  );
}

const HONORIFIC = /^(?:cô|thầy|đ\/c|đc|đồng chí|bà|ông|anh|chị)\.?\s+/;

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export function splitOwners(text: unknown): string[] {
  const emails: string[] = [];
  // Addresses may hold `-`, and `Đ/c` holds `/`: park them in private-use marks while splitting.
  const s = cleanMultiline(text)
    .replace(EMAIL, (e) => `\ue000${emails.push(e) - 1}\ue000`)
    .replace(/(^|[\s,;(])([đĐdD])\/([cC])(?=[\s.])/g, '$1$2\ue001$3');
  const out: string[] = [];
  const seen = new Set<string>();
  // `Cô Lan (PHT)`: a role in brackets after a name is an owner token of its own.
  const t = s.replace(/\s*\(([^()]{1,30})\)(?=\s*(?:[,;\n]|$))/g, (m, role: string) =>
    roleCodeOf(role) ? `, ${role}` : m,
  );
  for (const raw of t.split(/[,;/\n-]|\s+và\s+/i)) {
    const token = cleanText(
      raw
        .replace(/\ue001/g, '/')
        .replace(/\ue000(\d+)\ue000/g, (_, i: string) => emails[Number(i)] ?? ''),
    )
      .replace(/^[•*+·\s]+/, '')
      .replace(/[\s.;:]+$/, '');
    for (const t of splitCodes(token)) {
      const k = foldKey(t);
      if (k && !seen.has(k)) {
        seen.add(k);
        out.push(t);
      }
    }
  }
  return out;
}

/**
 * `CBQL GV` (codes typed with only a space between) becomes `CBQL`, `GV`; so does a role
 * written out followed by a code (`Hiệu trưởng CTCĐ`).
 */
function splitCodes(token: string): string[] {
  const words = token.split(' ');
  if (words.length < 2 || roleCodeOf(token)) return [token];
  const code = (w: string): boolean => /^[A-ZĐ.]{2,}$/.test(w) && !!roleCodeOf(w);
  if (words.every(code)) return words;
  const last = words[words.length - 1] ?? '';
  const head = words.slice(0, -1).join(' ');
  return code(last) && roleCodeOf(head) ? [head, last] : [token];
}

export function parseRoles(text: unknown): string[] {
  const roles = splitOwners(text).map((t) => roleCodeOf(t) ?? upperVi(t));
  return [...new Set(roles)];
}

/**
 * Roles read from a `Chức vụ` text such as `Giáo viên chủ nhiệm lớp 5A` or
 * `Kế toán kiêm văn thư`: each part by its leading role words.
 */
export function rolesFromPosition(position: string): string[] {
  const roles: string[] = [];
  for (const part of splitOwners(position).flatMap((p) => p.split(/\s+kiêm\s+/i))) {
    const code = roleCodeOf(part) ?? leadingRole(roleKey(part));
    if (code && !roles.includes(code)) roles.push(code);
  }
  return roles;
}

function leadingRole(key: string): string | null {
  let best = '';
  for (const w of ROLE_WORDS.keys()) {
    if (w.length > best.length && key.startsWith(`${w} `)) best = w;
  }
  return best ? (ROLE_WORDS.get(best) ?? null) : null;
}

export function isValidEmail(s: string): boolean {
  return /^[A-Za-z0-9_%+'-]+(?:\.[A-Za-z0-9_%+'-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/.test(
    s,
  );
}

interface OwnerResolution {
  token: string;
  people: Person[];
  /** Set when the token itself is an e-mail address. */
  email?: string;
}

function nameKey(text: string): string {
  return foldKey(text).replace(HONORIFIC, '').replace(/\s+/g, '');
}

/** A name without its accents (`Nguyen Thi Thuy`, `Thuý`/`Thúy`): matched only when no exact name is. */
function looseKey(text: string): string {
  return asciiKey(nameKey(text));
}

/** `PHT Nguyễn Thị Lan`, `Nguyễn Thị Lan PHT`: the name beside a title, and the title's code. */
function nameBesideRole(token: string): { name: string; code: string } | null {
  const words = token.split(' ');
  for (let k = Math.min(4, words.length - 2); k >= 1; k--) {
    const front = roleCodeOf(words.slice(0, k).join(' '));
    if (front) return { name: words.slice(k).join(' '), code: front };
    const back = roleCodeOf(words.slice(-k).join(' '));
    if (back) return { name: words.slice(0, -k).join(' '), code: back };
  }
  return null;
}

const codeCache = new WeakMap<Person, { sig: string; codes: Set<string> }>();

/** The person's codes, with what each also answers for (HT → BGH, TPCM → TTCM, KT → NV). */
function reachableCodes(p: Person): Set<string> {
  // Cached: every owner cell of a plan is resolved against the same roster objects.
  const sig = `${p.roles.join('\n')}\u0000${p.position}`;
  const hit = codeCache.get(p);
  if (hit && hit.sig === sig) return hit.codes;
  const own = p.roles.length > 0 ? p.roles : rolesFromPosition(p.position);
  const codes = new Set(own.map((r) => roleCodeOf(r) ?? upperVi(cleanText(r))));
  for (const [code, members] of Object.entries(ALSO_REACHES)) {
    if (members.some((m) => codes.has(m))) codes.add(code);
  }
  codeCache.set(p, { sig, codes });
  return codes;
}

export function resolveOwnerToken(token: string, roster: readonly Person[]): OwnerResolution {
  const t = cleanText(token);
  if (isValidEmail(t)) {
    const address = t.toLowerCase();
    const people = roster.filter((p) => cleanText(p.email).toLowerCase() === address);
    return { token: t, people, email: t };
  }
  const code = roleCodeOf(t) ?? roleCodeOf(foldKey(t).replace(HONORIFIC, ''));
  if (code === 'CBGVNV') return { token: t, people: [...roster] };
  if (code) return { token: t, people: roster.filter((p) => reachableCodes(p).has(code)) };
  const titled = nameBesideRole(t);
  for (const name of titled ? [t, titled.name] : [t]) {
    const exact = roster.filter((p) => nameKey(p.name) === nameKey(name));
    const loose = roster.filter((p) => looseKey(p.name) === looseKey(name));
    const people = exact.length ? exact : loose.length === 1 ? loose : [];
    if (people.length) return { token: t, people };
  }
  return { token: t, people: [] };
}

/** Every owner of a cell resolved; partners outside the school are left out. */
export function resolveOwners(text: unknown, roster: readonly Person[]): OwnerResolution[] {
  return splitOwners(text)
    .filter((t) => !isOutsidePartner(t))
    .map((t) => resolveOwnerToken(t, roster));
}
