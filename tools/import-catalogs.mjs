// Regenerates src/core/plan/catalog/data/catalogs.json from ../shared/reference (the team's
// verified transcriptions). Keeps what the add-on needs: codes, names, accepted variants,
// mandatory criteria and verification status; drops prose notes and source ids to keep the
// server bundle small.
import { readFile, writeFile } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reference = path.resolve(root, '../shared/reference');

const SOURCES = [
  {
    file: 'criteria-2018.json',
    catalogs: [
      ['TT19/2018 mam non', 'TT19/2018', ['mn'], false],
      ['TT17/2018 tieu hoc', 'TT17/2018', ['th'], false],
      ['TT18/2018 THCS THPT', 'TT18/2018', ['thcs', 'thpt', 'pt'], false],
    ],
  },
  {
    file: 'criteria-tt57-2026-provisional.json',
    catalogs: [
      ['TT57/2026 mam non', 'TT57/2026', ['mn'], true],
      ['TT57/2026 pho thong', 'TT57/2026', ['th', 'thcs', 'thpt', 'pt'], true],
    ],
  },
];

// The data ships in the server bundle, parsed on every execution, so it is dense:
// - every text (circular, standard and criterion names, variants) is stored once, in `names`,
//   one string cut at NAME_SEPARATOR; the catalogs refer to a text by its index there (the
//   three 2018 circulars and the two TT57 annexes share most of their names);
// - a code is its position: standard n, criterion n.m, level-4 requirement M4.m (checked below);
// - a catalog is [id, levels, provisional (0|1), circular, maxLevel, mandatory, standards,
//   level4]: a standard is [name, ...criteria], a criterion is its name, or [name, ...variants]
//   when it has accepted variants; `mandatory` is the codes of the mandatory criteria, joined
//   by spaces. Verification is per catalog (`provisional`): every 2018 name is verified, no
//   TT57 name is. Where each catalog comes from is SOURCES above.
const NAME_SEPARATOR = '|';
const names = [];
const nameIndex = new Map();
const ref = (text) => {
  const t = text.normalize('NFC');
  if (t.includes(NAME_SEPARATOR)) throw new Error(`a name contains ${NAME_SEPARATOR}: ${t}`);
  if (!nameIndex.has(t)) nameIndex.set(t, names.push(t) - 1);
  return nameIndex.get(t);
};
const criterion = (c) => (c.variants?.length ? [ref(c.name), ...c.variants.map(ref)] : ref(c.name));
const positional = (key, list, code) =>
  list.forEach((x, i) => {
    if (x.code !== code(i + 1))
      throw new Error(`${key}: ${x.code} is not at position ${code(i + 1)}`);
  });

const catalogs = [];
for (const { file, catalogs: wanted } of SOURCES) {
  const data = JSON.parse(await readFile(path.join(reference, file), 'utf8'));
  for (const [key, id, levels, provisional] of wanted) {
    const c = data[key];
    const level4 = c.level4 ?? [];
    const all = [...c.standards, ...c.standards.flatMap((s) => s.criteria), ...level4];
    if (all.some((x) => (x.verified === true) === provisional))
      throw new Error(`${key}: verification is not uniform; the format cannot carry it`);
    positional(key, c.standards, String);
    for (const s of c.standards) positional(key, s.criteria, (n) => `${s.code}.${n}`);
    positional(key, level4, (n) => `M4.${n}`);
    const criteria = [...c.standards.flatMap((s) => s.criteria), ...level4];
    const mandatory = criteria.filter((x) => x.mandatory).map((x) => x.code);
    catalogs.push([
      id,
      levels,
      provisional ? 1 : 0,
      ref(c.circular),
      c.criteriaLevels.length,
      mandatory.join(' '),
      c.standards.map((s) => [ref(s.name), ...s.criteria.map(criterion)]),
      level4.map(criterion),
    ]);
  }
}
// Then the joined names are shortened: a phrase repeated across them (`giáo dục `, `nhà
// trường`, `ường `, the 2018 circulars' common title…) is replaced by a one-character token: a
// character that no name contains and a JS string needs no escape for, ASCII letters and signs
// (1 byte) first, then Latin-1, Greek and Cyrillic letters (2 bytes). Greedy, by bytes saved
// (any saving counts), over every run of 3 to 16 characters within a name (longer runs win
// early and save less overall); a later phrase may contain earlier tokens, so the add-on undoes
// them last first. About 5.9 KB less in the bundle.
const bytes = (t) => Buffer.byteLength(t);
const MAX_PHRASE = 16;
function shorten(text) {
  const free = [
    ...'!#&*+<=>?@[]^_{}~ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿',
    ...'ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψω',
    ...'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя',
  ];
  const tokens = free.filter((ch) => !text.includes(ch));
  const phrases = [];
  for (const token of tokens) {
    // Occurrences counted overlapping first (an upper bound, one pass); the exact count (as
    // split counts them) only for a run that could beat the best so far.
    const seen = new Map();
    for (let i = 0; i < text.length; i++)
      for (let n = 3; n <= MAX_PHRASE && i + n <= text.length; n++) {
        const run = text.slice(i, i + n);
        if (run.includes(NAME_SEPARATOR)) break;
        seen.set(run, (seen.get(run) ?? 0) + 1);
      }
    const gain = (phrase, uses) =>
      uses * (bytes(phrase) - bytes(token)) - bytes(phrase) - 1 - bytes(token);
    const ranked = [...seen]
      .map(([phrase, uses]) => [phrase, gain(phrase, uses)])
      .filter(([, bound]) => bound > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    let best = '';
    let bestGain = 0;
    for (const [phrase, bound] of ranked) {
      if (bound <= bestGain) break;
      const exact = gain(phrase, text.split(phrase).length - 1);
      if (exact > bestGain) [best, bestGain] = [phrase, exact];
    }
    if (!best) break;
    phrases.push(best);
    text = text.split(best).join(token);
  }
  return { names: text, tokens: tokens.slice(0, phrases.length).join(''), phrases };
}

const joined = names.join(NAME_SEPARATOR);
const short = shorten(joined);
let undone = short.names;
for (let k = short.phrases.length - 1; k >= 0; k--)
  undone = undone.split(short.tokens[k]).join(short.phrases[k]);
if (undone !== joined) throw new Error('the shortened names do not expand back');

const out = path.join(root, 'src/core/plan/catalog/data/catalogs.json');
const data = { ...short, phrases: short.phrases.join(NAME_SEPARATOR), catalogs };
await writeFile(out, JSON.stringify(data) + '\n');
console.log(
  `${catalogs.length} catalogs, ${names.length} names, ${short.phrases.length} phrases: ` +
    `${bytes(joined)} → ${bytes(short.names) + bytes(data.phrases) + bytes(short.tokens)} bytes → ` +
    path.relative(root, out),
);
