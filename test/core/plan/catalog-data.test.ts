// The built-in catalogs are a dense encoding of shared/reference (codes from positions, each
// text stored once): decoded, every catalog must carry the reference field for field.
import { describe, expect, it } from '@jest/globals';
import { builtInCatalogs, type Criterion } from '../../../src/core/plan/catalog/catalog';
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface RefCriterion {
  code: string;
  name: string;
  verified: boolean;
  variants?: string[];
  mandatory?: boolean;
}
interface RefCatalog {
  circular: string;
  criteriaLevels: string[];
  standards: (RefCriterion & { criteria: RefCriterion[] })[];
  level4?: RefCriterion[];
}

const read = (file: string): Record<string, RefCatalog> =>
  JSON.parse(
    readFileSync(path.resolve(__dirname, '../../../../shared/reference', file), 'utf8'),
  ) as Record<string, RefCatalog>;
const y2018 = read('criteria-2018.json');
const tt57 = read('criteria-tt57-2026-provisional.json');

const nfc = (s: string): string => s.normalize('NFC');

function expected(c: RefCriterion, standard: string): Criterion {
  const out: Criterion = { code: c.code, name: nfc(c.name), standard, verified: c.verified };
  if (c.variants?.length) out.variants = c.variants.map(nfc);
  if (c.mandatory) out.mandatory = true;
  return out;
}

describe('built-in catalogs decode to the reference', () => {
  const catalogs = builtInCatalogs();

  it.each([
    ['TT19/2018', ['mn'], y2018['TT19/2018 mam non']],
    ['TT17/2018', ['th'], y2018['TT17/2018 tieu hoc']],
    ['TT18/2018', ['thcs', 'thpt', 'pt'], y2018['TT18/2018 THCS THPT']],
    ['TT57/2026', ['mn'], tt57['TT57/2026 mam non']],
    ['TT57/2026', ['th', 'thcs', 'thpt', 'pt'], tt57['TT57/2026 pho thong']],
  ])('%s for %j', (id, levels, ref) => {
    if (!ref) throw new Error(`no reference for ${id}`);
    const catalog = catalogs.find((c) => c.id === id && c.levels.join() === levels.join());
    expect(catalog).toEqual({
      id,
      circular: nfc(ref.circular),
      provisional: !ref.standards[0]?.verified,
      maxLevel: ref.criteriaLevels.length,
      levels,
      standards: ref.standards.map((s) => ({
        code: s.code,
        name: nfc(s.name),
        criteria: s.criteria.map((c) => expected(c, s.code)),
      })),
      level4: (ref.level4 ?? []).map((c) => expected(c, 'M4')),
    });
  });

  it('has no other catalog', () => {
    expect(catalogs).toHaveLength(5);
  });
});
