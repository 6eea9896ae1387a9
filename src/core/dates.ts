// Old path kept for src/client until the client moves to the new rooms: delete at merge.
export * from './parse/dates';
