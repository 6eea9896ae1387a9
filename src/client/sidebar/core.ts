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
} from '../../core/plan/catalog/catalog';
export type { Level } from '../../core/plan/model';
export { formatVnd, parseBudget } from '../../core/parse/budget';
export { formatDmy } from '../../core/parse/dates';
export { parseRoles, resolveOwners } from '../../core/plan/owners';
export { ITEM_INPUT_FIELDS, type ItemInputField } from '../../core/plan/item';
export { checkInfo, checkItem, checkPerson, type ItemCheck } from '../../core/sidebar/save';
export { coverageOf, viewInput } from '../../core/sidebar/load';
export { INFO_FORM_KEYS, PERSON_FIELDS } from '../../core/sidebar/protocol';
export { CIRCULAR_IDS, defaultCircular } from '../../core/plan/codes';
export { clip } from '../../core/parse/text';
export type { Person } from '../../core/plan/model';
