// Old path kept for src/client until the client moves to the new rooms: delete at merge.
export * from './sidebar/load';
export * from './sidebar/protocol';
export * from './sidebar/save';
export { formString } from './plan/cells';
export { CIRCULAR_IDS as CATALOG_IDS, defaultCircular as defaultCatalogFor } from './plan/codes';
