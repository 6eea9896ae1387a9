/**
 * The page's Vietnamese strings. They live in the core messages module (one place to review
 * every user-visible string); the page takes them from here.
 */
// @ts-nocheck

export { FIELD_LABEL, SIDEBAR_UI as T, STATUS_LABEL } from '../../core/messages';
