/**
 * The page's Vietnamese strings. They live in the core messages module (one place to review
 * every user-visible string); the page takes them from here.
 */
export { FIELD_LABEL, SIDEBAR_UI as T, STATUS_LABEL } from '../../core/messages';

/*
 * Two strings the page has always held itself; they belong in SIDEBAR_UI and move there when
 * the messages module is next edited.
 */
/** The accessible name of the list view's legend. */
export const LEGEND_LABEL = 'Chú thích';
/** Suggestions offered for the item's funding source (any text may be typed). */
export const FUNDING_SOURCES: readonly string[] = [
  'Ngân sách nhà nước',
  'Chi thường xuyên',
  'Xã hội hóa',
  'Học phí',
];
