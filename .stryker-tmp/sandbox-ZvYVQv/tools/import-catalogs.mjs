// @ts-nocheck
// Regenerates src/core/plan/catalog/data/catalogs.json from ../shared/reference (the team's
// verified transcriptions). Keeps what the add-on needs: codes, names, accepted variants,
// verification status and source ids; drops prose notes to keep the server bundle small.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ref = path.resolve(root, '../shared/reference');

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

// Tuples, not objects: the data ships in the server bundle, parsed on every execution.
// A criterion is [code, name, variants?, mandatory?]; verification is per catalog
// (`provisional`): every 2018 name is verified, no TT57 name is.
const criterion = (c) => {
  const t = [c.code, c.name.normalize('NFC')];
  if (c.variants?.length || c.mandatory) t.push((c.variants ?? []).map((v) => v.normalize('NFC')));
  if (c.mandatory) t.push(1);
  return t;
};

const catalogs = [];
for (const { file, catalogs: wanted } of SOURCES) {
  const data = JSON.parse(await readFile(path.join(ref, file), 'utf8'));
  for (const [key, id, levels, provisional] of wanted) {
    const c = data[key];
    const names = [...c.standards, ...c.standards.flatMap((s) => s.criteria), ...(c.level4 ?? [])];
    if (names.some((x) => (x.verified === true) === provisional))
      throw new Error(`${key}: verification is not uniform; the tuple format cannot carry it`);
    catalogs.push({
      id,
      levels,
      provisional,
      circular: c.circular.normalize('NFC'),
      maxLevel: c.criteriaLevels.length,
      standards: c.standards.map((s) => [
        s.code,
        s.name.normalize('NFC'),
        s.criteria.map(criterion),
      ]),
      level4: (c.level4 ?? []).map(criterion),
      source: `shared/reference/${file} → ${key}`,
    });
  }
}
const out = path.join(root, 'src/core/plan/catalog/data/catalogs.json');
await writeFile(out, JSON.stringify(catalogs) + '\n');
console.log(`${catalogs.length} catalogs → ${path.relative(root, out)}`);
