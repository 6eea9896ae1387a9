/**
 * Every string a user sees, in Vietnamese, in one folder: one file per capability. Messages
 * say where (row, column), what is wrong and what to do. Import from here.
 */
// @ts-nocheck

export { at, ERROR, FIELD_LABEL, STATUS_LABEL, WEEKDAYS } from './common';
export * from './menu';
export * from './check';
export * from './reminders';
export * from './sidebar';
export * from './export';
export * from './import';
