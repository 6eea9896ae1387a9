/**
 * Criteria catalogs: the built-in circulars (versioned data with sources, see
 * shared/reference/) plus the school's own corrections from `Danh mục tiêu chí`.
 */
import builtIn from './data/catalogs.json';
import { asciiKey, cleanText } from '../../parse/text';
import { defaultCircular, type SchoolLevelCode } from '../codes';
import type { Level } from '../model';

export interface Criterion {
  code: string;
  name: string;
  /** Standard code (`1`), or `M4` for the level-4 requirements. */
  standard: string;
  variants?: string[];
  verified: boolean;
  mandatory?: boolean;
  /** Name or presence comes from the school's `Danh mục tiêu chí` sheet. */
  fromSchool?: boolean;
}

export interface Standard {
  code: string;
  name: string;
  criteria: Criterion[];
}

export interface Catalog {
  /** `TT17/2018`, `TT57/2026`, or a school-defined id. */
  id: string;
  circular: string;
  provisional: boolean;
  /** Highest level assessed per criterion (3 for 2018, 2 for TT57). */
  maxLevel: number;
  levels: SchoolLevelCode[];
  standards: Standard[];
  /** Level-4 requirements (`M4.1`, …), printed under `MỨC 4`. */
  level4: Criterion[];
}

/**
 * The generated data (tools/import-catalogs.mjs, which documents the format): every text once
 * in `names`, referred to by index, with repeated phrases as one-character `tokens`; codes are
 * positions.
 */
interface RawData {
  names: string;
  tokens: string;
  phrases: string;
  catalogs: RawCatalog[];
}
/** A criterion's name, or [name, ...accepted variants]. */
type RawCriterion = number | number[];
type RawCatalog = [
  id: string,
  levels: string[],
  provisional: 0 | 1,
  circular: number,
  maxLevel: number,
  /** Codes of the mandatory criteria, joined by spaces. */
  mandatory: string,
  standards: [name: number, ...criteria: RawCriterion[]][],
  level4: RawCriterion[],
];

function fromRaw(raw: RawCatalog, names: string[]): Catalog {
  const [id, levels, provisional, circular, maxLevel, mandatory, standards, level4] = raw;
  const verified = !provisional;
  const required = new Set(mandatory.split(' '));
  const criterion = (ref: RawCriterion, code: string, standard: string): Criterion => {
    const [name = 0, ...variants] = typeof ref === 'number' ? [ref] : ref;
    const c: Criterion = { code, name: names[name] as string, standard, verified };
    if (variants.length) c.variants = variants.map((v) => names[v] as string);
    if (required.has(code)) c.mandatory = true;
    return c;
  };
  return {
    id,
    circular: names[circular] as string,
    provisional: !!provisional,
    maxLevel,
    levels: levels as SchoolLevelCode[],
    standards: standards.map(([name, ...criteria], i) => {
      const code = String(i + 1);
      return {
        code,
        name: names[name] as string,
        criteria: criteria.map((c, j) => criterion(c, `${code}.${j + 1}`, code)),
      };
    }),
    level4: level4.map((c, j) => criterion(c, `M4.${j + 1}`, 'M4')),
  };
}

/** Fresh copies: overrides never touch the built-in data. */
export function builtInCatalogs(): Catalog[] {
  const data = builtIn as unknown as RawData;
  const phrases = data.phrases.split('|');
  let text = data.names;
  // Last first: a phrase may contain the tokens of earlier ones.
  for (let k = phrases.length - 1; k >= 0; k--)
    text = text.split(data.tokens[k] as string).join(phrases[k]);
  const names = text.split('|');
  return data.catalogs.map((c) => fromRaw(c, names));
}

const LEVEL_WORDS: [RegExp, SchoolLevelCode][] = [
  [/^(mam non|mn|mau giao|nha tre)\b/, 'mn'],
  [/^(tieu hoc|th)$/, 'th'],
  [/^(trung hoc co so|thcs)\b/, 'thcs'],
  [/^(trung hoc pho thong|thpt)\b/, 'thpt'],
  [
    /^(pho thong co nhieu cap hoc|nhieu cap hoc|pho thong nhieu cap|ptcs|th ?& ?thcs|thcs ?& ?thpt)/,
    'pt',
  ],
];

/** `Cấp học` as written (`Tiểu học`, `THCS`, `Mầm non`…) → its code, or null. */
export function parseSchoolLevel(value: unknown): SchoolLevelCode | null {
  const key = asciiKey(value).replace(/^(truong|cap)\s+/, '');
  if (!key) return null;
  for (const [re, code] of LEVEL_WORDS) if (re.test(key)) return code;
  if (key.startsWith('tieu hoc')) return 'th';
  return null;
}

export const SCHOOL_LEVEL_LABEL: Record<SchoolLevelCode, string> = {
  mn: 'Mầm non',
  th: 'Tiểu học',
  thcs: 'Trung học cơ sở',
  thpt: 'Trung học phổ thông',
  pt: 'Phổ thông có nhiều cấp học',
};

/** `TT17/2018`, `Thông tư 17/2018/TT-BGDĐT`, `17/2018` → `TT17/2018`; other text kept as its own id. */
export function catalogIdOf(value: unknown): string {
  const text = cleanText(value);
  const m = /(\d{1,3})\s*\/\s*(\d{4})/.exec(text);
  if (m) return `TT${Number(m[1])}/${m[2]}`;
  return text;
}

type CatalogChoice =
  | { ok: true; catalog: Catalog; explicit: boolean }
  | { ok: false; reason: 'no-level' | 'unknown-catalog'; id: string };

/** The plan's catalog: `Bộ tiêu chuẩn` when given, else the circular of `Cấp học`. */
export function chooseCatalog(
  catalogs: readonly Catalog[],
  catalogText: unknown,
  level: SchoolLevelCode | null,
): CatalogChoice {
  const explicit = cleanText(catalogText) !== '';
  const id = explicit ? catalogIdOf(catalogText) : defaultCircular(level);
  if (!id) return { ok: false, reason: 'no-level', id };
  const same = catalogs.filter((c) => asciiKey(c.id) === asciiKey(id));
  if (same.length === 0) return { ok: false, reason: 'unknown-catalog', id };
  const forLevel = level ? same.find((c) => c.levels.includes(level)) : undefined;
  return { ok: true, catalog: forLevel ?? (same[0] as Catalog), explicit };
}

export interface CatalogOverride {
  row: number;
  catalog: string;
  standard: string;
  standardName: string;
  criterion: string;
  criterionName: string;
}

/**
 * Applies `Danh mục tiêu chí` rows: a row renames a built-in criterion (or standard), adds a
 * criterion, or — with a new `Bộ tiêu chuẩn` — builds a whole catalog. A row with no
 * `Bộ tiêu chuẩn` applies to `defaultId` (the plan's catalog).
 */
export function applyOverrides(
  catalogs: Catalog[],
  overrides: readonly CatalogOverride[],
  defaultId: string,
): Catalog[] {
  // Catalogs are plain data (strings, numbers, booleans, arrays): a JSON round trip copies them.
  const result = JSON.parse(JSON.stringify(catalogs)) as Catalog[];
  for (const o of overrides) {
    const id = o.catalog ? catalogIdOf(o.catalog) : defaultId;
    if (!id) continue;
    const targets = result.filter((c) => asciiKey(c.id) === asciiKey(id));
    if (targets.length === 0) {
      const created: Catalog = {
        id,
        circular: cleanText(o.catalog),
        provisional: false,
        maxLevel: 3,
        levels: [],
        standards: [],
        level4: [],
      };
      result.push(created);
      targets.push(created);
    }
    for (const catalog of targets) applyOne(catalog, o);
  }
  return result;
}

function applyOne(catalog: Catalog, o: CatalogOverride): void {
  const code = parseCriterionCode(o.criterion).code;
  if (!code) return;
  if (code.startsWith('M4.')) {
    upsert(catalog.level4, code, o.criterionName, 'M4');
    return;
  }
  const stdCode = cleanText(o.standard).replace(/^tiêu chuẩn\s*/i, '') || code.split('.')[0] || '';
  let standard = catalog.standards.find((s) => s.code === stdCode);
  if (!standard) {
    standard = { code: stdCode, name: cleanText(o.standardName), criteria: [] };
    catalog.standards.push(standard);
    catalog.standards.sort((a, b) => compareCodes(a.code, b.code));
  } else if (cleanText(o.standardName)) {
    standard.name = cleanText(o.standardName);
  }
  upsert(standard.criteria, code, o.criterionName, stdCode);
}

function upsert(list: Criterion[], code: string, name: string, standard: string): void {
  const clean = cleanText(name);
  const existing = list.find((c) => c.code === code);
  if (existing) {
    if (clean && clean !== existing.name) {
      existing.variants = [...(existing.variants ?? []), existing.name];
      existing.name = clean;
      existing.fromSchool = true;
    }
    return;
  }
  list.push({ code, name: clean, standard, verified: false, fromSchool: true });
  list.sort((a, b) => compareCodes(a.code, b.code));
}

/** Catalog order: `1.2` before `1.10`, standards numerically, `M4.n` last. */
export function compareCodes(a: string, b: string): number {
  const pa = codeParts(a);
  const pb = codeParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? -1;
    const y = pb[i] ?? -1;
    if (x !== y) return x - y;
  }
  return a.localeCompare(b);
}

function codeParts(code: string): number[] {
  const m4 = /^M4\.?(\d*)$/.exec(code);
  if (m4) return [1000, Number(m4[1] || 0)];
  return code.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : 999));
}

interface CriterionCodeParse {
  /** Normalised code, '' when none could be read. */
  code: string;
  /** The cell was a number: Sheets may have turned `1.10` into `1.1`. */
  fromNumber: boolean;
}

/**
 * Reads a criterion cell: `1.1`, `Tiêu chí 1.1`, `Tiêu chí 3.1: Diện tích…`, `TC 1.1`, `M4.2`,
 * `Mức 4.2`, or a number (1.1).
 */
export function parseCriterionCode(value: unknown): CriterionCodeParse {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const m = /^(\d{1,2})\.(\d{1,2})$/.exec(String(value));
    return { code: m ? `${Number(m[1])}.${Number(m[2])}` : '', fromNumber: true };
  }
  const text = cleanText(value);
  const m4 = /^(?:tiêu chí\s*|yêu cầu\s*)?(?:m|mức)\s*4\s*[.\-–:]\s*(\d{1,2})\b/i.exec(text);
  if (m4) return { code: `M4.${Number(m4[1])}`, fromNumber: false };
  const m =
    /^(?:(?:tiêu chí|tc)\s*)?(\d{1,2})\s*\.\s*(\d{1,2})(?!\d|\s*\.\s*\d)/i.exec(text) ??
    // `1,1` alone: the decimal comma of a Vietnamese keyboard.
    /^(?:(?:tiêu chí|tc)\s*)?(\d{1,2}),(\d{1,2})$/i.exec(text);
  if (m) return { code: `${Number(m[1])}.${Number(m[2])}`, fromNumber: false };
  return { code: '', fromNumber: false };
}

/** Finds a criterion (or level-4 requirement) of a catalog by normalised code. */
export function findCriterion(catalog: Catalog, code: string): Criterion | undefined {
  if (code.startsWith('M4.')) return catalog.level4.find((c) => c.code === code);
  for (const s of catalog.standards) {
    const c = s.criteria.find((x) => x.code === code);
    if (c) return c;
  }
  return undefined;
}

export function findStandard(catalog: Catalog, code: string): Standard | undefined {
  return catalog.standards.find((s) => s.code === code);
}

/** Every criterion in catalog order, level-4 requirements last. */
export function allCriteria(catalog: Catalog): Criterion[] {
  return [...catalog.standards.flatMap((s) => s.criteria), ...catalog.level4];
}

/** Self-assessment values a catalog allows: Chưa đạt, then Mức 1..max (and Mức 4 where it has level-4). */
export function allowedLevels(catalog: Catalog): Level[] {
  const levels: Level[] = ['CD'];
  for (let n = 1; n <= Math.min(catalog.maxLevel, 3); n++) levels.push(`M${n}` as Level);
  if (catalog.level4.length > 0 || catalog.maxLevel >= 4) levels.push('M4');
  return levels;
}

export const LEVEL_LABEL: Record<Level, string> = {
  CD: 'Chưa đạt',
  M1: 'Đạt mức 1',
  M2: 'Đạt mức 2',
  M3: 'Đạt mức 3',
  M4: 'Đạt mức 4',
};

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };

/** `Chưa đạt`, `CĐ`, `Không đạt`, `Đạt` (= mức 1), `Đạt mức 2`, `Mức 2`, `M2`, 2 → level; '' → null; unreadable → undefined. */
export function parseLevel(value: unknown): Level | null | undefined {
  const key = asciiKey(value).replace(/[.;:]+$/, '');
  if (!key) return null;
  if (/^(chua dat|cd|khong dat|kd)\b/.test(key)) return 'CD';
  if (key === 'dat') return 'M1';
  const m = /^(?:dat\s*)?\(?(?:muc|m)?\s*([1-4]|iv|iii|ii|i)\)?$/.exec(key);
  if (m) return `M${ROMAN[m[1] as string] ?? m[1]}` as Level;
  return undefined;
}
