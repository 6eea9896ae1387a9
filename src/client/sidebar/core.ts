/**
 * What the page takes from the pure core besides its protocol types and strings: the same
 * parsing and checks the server runs (live lines and inline errors agree with a save) and the
 * closed vocabularies. The one client module that imports core logic, so the core's paths are
 * named in one place.
 */
export {
  allowedLevels,
  LEVEL_LABEL,
  parseSchoolLevel,
  SCHOOL_LEVEL_LABEL,
  type Criterion,
} from '../../core/catalog/catalog';
export { formatVnd, parseBudget } from '../../core/budget';
export { formatDmy } from '../../core/dates';
export { parseRoles, resolveOwners } from '../../core/owners';
export { ITEM_INPUT_FIELDS, type ItemInputField } from '../../core/schemas';
export {
  CATALOG_IDS,
  checkInfo,
  checkItem,
  checkPerson,
  defaultCatalogFor,
  INFO_FORM_KEYS,
  PERSON_FIELDS,
  viewInput,
  type ItemCheck,
} from '../../core/sidebar-model';
export type { Person } from '../../core/types';

/** Shortens a text for a one-line label. The core's copy is private to its messages module. */
export const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
