/**
 * The page's only mutable state: the plan as last loaded (and patched by each save), the view
 * on screen, the open editor's check before leaving it, and the server calls under way. Other
 * modules read it and change it through these functions only.
 */
import { ITEM_INPUT_FIELDS, parseRoles, resolveOwners } from './core';
import type { CoverageMap, DeletedView, ItemView, PersonView, SidebarData } from './protocol';

export type View =
  | { kind: 'list' }
  | { kind: 'criterion'; code: string }
  | { kind: 'item'; code: string; item: ItemView | null }
  | { kind: 'roster' }
  | { kind: 'person'; person: PersonView | null }
  | { kind: 'info' }
  | { kind: 'check' };

/** Shows another view (focusing `focus`, else its heading), unless the open editor objects. */
export type Go = (next: View, focus?: string) => void;

let loaded: SidebarData | null = null;
let shown: View = { kind: 'list' };
/** The open editor's check: false while it holds unsaved changes (it then asks). */
let leaveCheck: (() => boolean) | null = null;
let callsUnderWay = 0;

/** The plan; only read once the first load has answered (main renders nothing before). */
export function data(): SidebarData {
  if (!loaded) throw new Error('sidebar: the plan is not loaded yet');
  return loaded;
}

export const hasData = (): boolean => loaded !== null;

export function setData(next: SidebarData): void {
  loaded = next;
}

export const view = (): View => shown;

export function setView(next: View): void {
  shown = next;
}

/** Whether the open editor (if any) lets the page move on; it may ask first and say no. */
export const canLeave = (): boolean => !leaveCheck || leaveCheck();

export function setLeaveCheck(check: (() => boolean) | null): void {
  leaveCheck = check;
}

/**
 * An item saved (or deleted: `saved` null) where `before` was: the loaded list and the
 * coverage follow the sheet without a reload. An item not in the list is added.
 */
export function storeItem(
  before: ItemView | null,
  saved: ItemView | null,
  coverage: CoverageMap,
): void {
  const items = data().items;
  const at = before ? items.indexOf(before) : -1;
  if (saved) mark(saved);
  if (saved) {
    if (at >= 0) items[at] = saved;
    else items.push(saved);
  } else if (at >= 0) items.splice(at, 1);
  data().coverage = coverage;
}

/** Items the server sent again (a new level, another's save): each replaces the one with its id. */
export function storeItems(views: readonly ItemView[]): void {
  const items = data().items;
  for (const v of views) {
    mark(v);
    const at = items.findIndex((i) => (v.id ? i.id === v.id : i.row === v.row));
    if (at >= 0) items[at] = v;
    else items.push(v);
  }
}

/** Items no longer in the sheet (by id), and every item's row now. */
export function dropItems(ids: readonly string[], rows: Record<string, number>): void {
  const gone = new Set(ids);
  const d = data();
  d.items = d.items.filter((i) => !gone.has(i.id));
  for (const i of d.items) if (i.id && rows[i.id]) i.row = rows[i.id] as number;
}

/** A deletion joins the restore list (newest first); a restore leaves it. */
export function addDeleted(entry: DeletedView): void {
  data().deleted = [entry, ...data().deleted.filter((d) => d.id !== entry.id)];
}

export function removeDeleted(id: string): void {
  data().deleted = data().deleted.filter((d) => d.id !== id);
}

/** The versions a freshness check compares with, once its news is taken in. */
export function setPlanVersion(version: string): void {
  data().planVersion = version;
}

export function setCoverage(coverage: CoverageMap): void {
  data().coverage = coverage;
}

/** What the list shows: every criterion, or the items one filter and the search keep. */
export type Filter = 'all' | 'mine' | 'weak' | 'overdue' | 'soon';
let filter: Filter = 'all';
let query = '';

export const listFilter = (): { filter: Filter; query: string } => ({ filter, query });

export function setListFilter(next: Filter, text: string): void {
  filter = next;
  query = text;
}

const OWNERS = [ITEM_INPUT_FIELDS.indexOf('lead'), ITEM_INPUT_FIELDS.indexOf('partners')];

/**
 * A save's view does not say whose the item is: the load's roster does (the owners resolved as
 * the live lines resolve them, matched on the signed-in person's e-mail).
 */
function mark(item: ItemView): void {
  const { roster, me } = data();
  const email = me.email.toLowerCase();
  if (!email) return;
  const people = roster.map((p) => ({
    row: p.row,
    name: p.name,
    position: p.position,
    roles: parseRoles(p.roles),
    email: p.email,
    remind: p.remind !== 'Không',
  }));
  const owners = OWNERS.map((i) => item.fields[i] ?? '').join(', ');
  item.mine = resolveOwners(owners, people).some(
    (r) =>
      r.email?.toLowerCase() === email || r.people.some((p) => p.email.toLowerCase() === email),
  );
}

export function storeRoster(roster: PersonView[]): void {
  data().roster = roster;
}

export function callStarted(): void {
  callsUnderWay++;
}

export function callEnded(): void {
  callsUnderWay--;
}

/** A server call is under way (submits wait for it). */
export const busy = (): boolean => callsUnderWay > 0;
