/**
 * Standards and criteria as plans write them: headings and rows `1. Tiêu chuẩn 1: …`,
 * `MỨC 4` blocks, criterion cells `Tiêu chí 3.1: …`, `Tiêu chí 3` numbered within its
 * standard, `1,4`, `Tiêu chí 4 (Tiêu chuẩn 1)`, with the self-assessment written inside.
 * Codes are the catalog's: `2.3`, and `M4.n` for level-4 requirements.
 */
import { allCriteria, parseCriterionCode, parseLevel, type Catalog } from '../plan/catalog/catalog';
import { asciiKey, cleanText } from '../parse/text';
import { headingOf, type Heading } from '../plan/headings';
import type { Level } from '../plan/model';

export interface Context {
  standard: string;
  level4: boolean;
}

/** Where the reading is: the standard, and the criterion (with its result) a heading set. */
export interface Place extends Context {
  criterion: string;
  level: string;
}

/** A standard or `MỨC …` heading opens a block: the criterion heading above no longer holds. */
export function enter(ctx: Place, heading: Heading): void {
  if (heading.kind === 'standard')
    Object.assign(ctx, { standard: heading.standard, level4: false });
  else if (heading.kind === 'levels') ctx.level4 = heading.level4;
  ctx.criterion = ctx.level = '';
}

export interface CriterionRead {
  /** Normalised code, '' when none could be read. */
  code: string;
  /** The standard a line of the cell names (`Tiêu chuẩn 2` written above the criterion). */
  standard: string;
  level: Level | null;
  /** Self-assessment text that was labelled as such but could not be read. */
  levelText: string;
  /** The cell's other lines (the criterion's name, or a plan written under it). */
  rest: string;
}

const LABEL =
  '(?:tu danh gia|tdg|ket qua tu danh gia|ket qua tdg|ket qua|muc dat|danh gia)\\s*:\\s*';
const LEVEL_LABEL = new RegExp(`^(?:-\\s*)?\\(?${LABEL}(.+?)\\)?$`);
/** `(Mức 2)`, `(Tự đánh giá: Chưa đạt)`, `- Đạt mức 1`, `. Mức đạt: Mức 3` ending the cell. */
const LEVEL = 'chua dat|khong dat|(?:dat )?(?:muc|m)\\s*[1-4]';
const LEVEL_TAIL = new RegExp(
  `(?:\\(\\s*(?:${LABEL})?(${LEVEL}|dat)\\s*\\)|[-–:,.]\\s*(?:${LABEL})?(${LEVEL}))\\s*[.;]?$`,
);

export function readCriterion(text: string, ctx: Context): CriterionRead {
  const out: CriterionRead = { code: '', standard: '', level: null, levelText: '', rest: '' };
  const lines = text.split('\n').map(cleanText).filter(Boolean);
  const rest: string[] = [];
  for (const line of lines) {
    const key = asciiKey(line);
    const labelled = LEVEL_LABEL.exec(key);
    const whole = parseLevel(line.replace(/^\((.*)\)$/, '$1'));
    const heading = headingOf(line);
    if (labelled) {
      const level = parseLevel(labelled[1]);
      if (level) out.level = level;
      else out.levelText = line;
    } else if (whole && rest.length > 0) out.level = whole;
    else if (heading?.kind === 'standard' && !/tieu chi/.test(key)) out.standard = heading.standard;
    else rest.push(line);
  }
  const first = rest[0] ?? '';
  const tail = LEVEL_TAIL.exec(asciiKey(rest.join(' ')));
  if (!out.level && tail) out.level = parseLevel(tail[1] ?? tail[2]) ?? null;
  const std = out.standard || ctx.standard;
  out.code = codeOf(first, std, ctx.level4);
  out.rest = rest.slice(1).join('\n');
  return out;
}

function codeOf(text: string, standard: string, level4: boolean): string {
  const key = asciiKey(text);
  // `Tiêu chí 4 (Tiêu chuẩn 1)`, `Tiêu chí 4 - TC 1`: a number followed by its standard.
  const owned =
    /^(?:tieu chi|tc)\s*(?:so\s*)?(\d{1,2})\s*[,.(\-–:]*\s*(?:cua\s+|thuoc\s+)?(?:tieu chuan|tc)\s*(\d{1,2})\b/.exec(
      key,
    );
  if (owned) return `${Number(owned[2])}.${Number(owned[1])}`;
  const within =
    /^(?:(?:tieu chi|yeu cau|tc)\s*(?:so\s*)?)?(\d{1,2})(?:\s*[.:)\-–]\s*(?!\d)|\s+(?!\d)|$)/.exec(
      key,
    );
  if (level4 && within) return `M4.${Number(within[1])}`;
  const parsed = parseCriterionCode(text).code;
  if (parsed) return parsed;
  // `1,4: …` with its name after: the decimal comma of a Vietnamese keyboard.
  const comma = /^(?:(?:tieu chi|tc)\s*)?(\d{1,2}),(\d{1,2})(?!\d)/.exec(key);
  if (comma) return `${Number(comma[1])}.${Number(comma[2])}`;
  return within && standard ? `${standard}.${Number(within[1])}` : '';
}

/**
 * The criterion of a standard (any but MỨC 4, when '') whose official name shares most word pairs with the row's text;
 * null when no criterion stands out. Only ever offered as a suggestion.
 */
export function suggestCriterion(catalog: Catalog, standard: string, text: string): string | null {
  const words = pairs(text);
  let best: string | null = null;
  let bestScore = 1;
  let tie = false;
  for (const c of allCriteria(catalog)) {
    if (standard ? c.standard !== standard : c.standard === 'M4') continue;
    const names = [c.name, ...(c.variants ?? [])];
    const score = Math.max(...names.map((n) => [...pairs(n)].filter((p) => words.has(p)).length));
    if (score > bestScore) [best, bestScore, tie] = [c.code, score, false];
    else if (score === bestScore) tie = true;
  }
  return tie ? null : best;
}

function pairs(text: string): Set<string> {
  const w = asciiKey(text)
    .split(/[^a-z0-9]+/)
    .filter((x) => x && !STOP.has(x));
  const out = new Set<string>();
  for (let i = 1; i < w.length; i++) out.add(`${w[i - 1]} ${w[i]}`);
  return out;
}

const STOP = new Set('va cua cac cho voi theo trong la co duoc mot so nhung'.split(' '));
