/** What the views ask of the loaded plan: the criteria in order, their coverage and items, the roster. */
import {
  clip,
  coverageOf,
  ITEM_INPUT_FIELDS,
  parseRoles,
  type Criterion,
  type Level,
  type Person,
} from './core';
import type { CoverageEntry, CoverageMap, ItemView } from './protocol';
import { data } from './state';
import { T } from './strings';

export interface Entry {
  code: string;
  name: string;
  standard: string;
}

/** The criteria in catalog order (codes found in the items when there is no catalog). */
export function criteria(): Entry[] {
  const out: Entry[] = [];
  const { catalog, items } = data();
  if (catalog) {
    const add = (c: Criterion): number =>
      out.push({ code: c.code, name: c.name, standard: c.standard });
    catalog.standards.forEach((s) => s.criteria.forEach(add));
    catalog.level4.forEach(add);
  } else {
    for (const code of new Set(items.map((i) => i.code).filter(Boolean)))
      out.push({ code, name: '', standard: code.split('.')[0] ?? '' });
  }
  if (items.some((i) => !i.code)) out.push({ code: '', name: T.unassigned, standard: '' });
  return out;
}

export function entryOf(code: string): Entry {
  return criteria().find((c) => c.code === code) ?? { code, name: '', standard: '' };
}

export function coverage(code: string): CoverageEntry {
  return data().coverage[code] ?? { state: 'none', items: 0, done: 0, level: null };
}

export const itemsOf = (code: string): ItemView[] => data().items.filter((i) => i.code === code);

/** The roster as the owner resolver wants it. */
export function people(): Person[] {
  return data().roster.map((p) => ({
    row: p.row,
    name: p.name,
    position: p.position,
    roles: parseRoles(p.roles),
    email: p.email,
    remind: p.remind !== 'Không',
  }));
}

const ACTIONS_AT = ITEM_INPUT_FIELDS.indexOf('actions');

/** The item's title: the first line of its actions. */
export const itemTitle = (item: ItemView): string =>
  (item.fields[ACTIONS_AT] ?? '').split('\n').find((l) => l.trim()) ?? '';

/** How a message names an item: its Mã, the start of its title, its criterion. */
export const itemName = (item: ItemView | null): string =>
  item ? T.itemName(item.id, clip(itemTitle(item), 60), item.code) : '';

const STATUS_AT = ITEM_INPUT_FIELDS.indexOf('status');

/** The coverage of the loaded items with these self-assessments (as the server works it out). */
export function coverageFrom(levels: Record<string, Level>): CoverageMap {
  const { catalog, items } = data();
  return coverageOf(
    catalog,
    items.map((i) => ({ code: i.code, status: i.fields[STATUS_AT] ?? '' })),
    levels,
  );
}

/** The self-assessments the coverage holds now. */
export function levelsNow(): Record<string, Level> {
  const levels: Record<string, Level> = {};
  for (const [c, e] of Object.entries(data().coverage)) if (e.level) levels[c] = e.level;
  return levels;
}
