/**
 * The entry sidebar: vanilla TypeScript, built by esbuild into one self-contained HTML file
 * (build/Sidebar.html). One load fills the page; each view is drawn from the loaded plan by
 * the one switch below; live parsing and inline errors use the same core functions as the
 * server; the catalog comes from the load payload (never bundled here).
 */
import { checkVersion, loadPlan } from './api';
import { byId, h, put } from './dom';
import { infoEditor } from './editors/info';
import { itemEditor } from './editors/item';
import { personEditor } from './editors/person';
import { coverageFrom } from './plan';
import {
  busy,
  canLeave,
  data,
  dropItems,
  hasData,
  setCoverage,
  setData,
  setLeaveCheck,
  setPlanVersion,
  setView,
  storeItems,
  view,
  type View,
} from './state';
import { watchFocus } from './scroll';
import { failure, say, settle } from './status';
import { T } from './strings';
import { checkView } from './views/check';
import { criterionView } from './views/criterion';
import { listView } from './views/list';
import { rosterView } from './views/roster';
import { topBar } from './views/top';

function go(next: View, focus?: string): void {
  if (!canLeave()) return;
  setLeaveCheck(null);
  setView(next);
  settle('errors', '');
  render(focus);
}

/** Draws the header and the view; then focuses `focus`, else the heading (false: nothing). */
function render(focus?: string | false): void {
  const shown = view();
  const section = shown.kind === 'criterion' || shown.kind === 'item' ? 'list' : shown.kind;
  const top = byId('top');
  top.replaceChildren();
  put(top, ...topBar(section === 'person' ? 'roster' : section, go, () => void reload()));
  const main = byId('main');
  main.replaceChildren(body(shown));
  if (focus === false) return;
  const target =
    (focus && main.querySelector<HTMLElement>(focus)) || main.querySelector<HTMLElement>('h2');
  target?.focus();
}

function body(shown: View): Node {
  if (data().firstRun) return infoEditor(go);
  switch (shown.kind) {
    case 'list':
      return listView(go);
    case 'criterion':
      return criterionView(shown.code, go);
    case 'item':
      return itemEditor(shown.code, shown.item, go);
    case 'roster':
      return rosterView(go);
    case 'person':
      return personEditor(shown.person, go);
    case 'info':
      return infoEditor(go);
    case 'check':
      return checkView(go);
  }
}

/** Loads the plan again; an open editor is closed (it asks first when it holds changes). */
async function reload(): Promise<void> {
  if (!canLeave()) return;
  try {
    setData(await loadPlan());
    setLeaveCheck(null);
    const shown = view();
    if (shown.kind === 'item' || shown.kind === 'person') setView({ kind: 'list' });
    render();
  } catch (e) {
    failure(e);
  }
}

/** An editor is open: what others saved waits until it is closed (the save merges anyway). */
const editing = (): boolean => ['item', 'person', 'info'].includes(view().kind) || data().firstRun;

/**
 * The freshness check, on focus and every minute: one quiet call. When others saved, the
 * loaded plan takes in their changes and the view is drawn again, unless an editor is open
 * (then the next check does it); the focused control keeps the focus.
 */
async function freshen(): Promise<void> {
  if (!hasData() || busy() || editing() || document.hidden) return;
  const d = data();
  const items: Record<string, string> = {};
  for (const i of d.items) if (i.id) items[i.id] = i.version;
  const res = await checkVersion({ planVersion: d.planVersion, items, leadDays: d.leadDays });
  if (editing() || busy() || res.planVersion === d.planVersion) return;
  storeItems(res.changed);
  dropItems(res.removed, res.rows);
  setCoverage(coverageFrom(res.levels));
  setPlanVersion(res.planVersion);
  const focused = document.activeElement?.id;
  render(false);
  if (focused) document.getElementById(focused)?.focus();
  say(T.fresh);
}

const quietly = (): void => void freshen().catch(() => undefined);
const FRESHEN_MS = 60_000;

/** Escape hides the confirm bar, else goes one level up. */
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape' || !hasData()) return;
  const confirm = document.querySelector<HTMLElement>('.confirm:not([hidden])');
  if (confirm) {
    confirm.hidden = true;
    return;
  }
  const shown = view();
  if (shown.kind === 'item') go({ kind: 'criterion', code: shown.code });
  else if (shown.kind === 'person') go({ kind: 'roster' });
  else if (shown.kind === 'criterion') go({ kind: 'list' }, `[data-code="${shown.code}"]`);
});

watchFocus();
loadPlan()
  .then((d) => {
    performance.mark('ctcl-loaded');
    setData(d);
    render(false);
    document.documentElement.dataset.ready = '1';
    window.addEventListener('focus', quietly);
    setInterval(quietly, FRESHEN_MS);
    performance.mark('ctcl-first-render');
  })
  .catch((e: unknown) => {
    failure(e);
    byId('main').replaceChildren(
      h('button', { type: 'button', onclick: () => location.reload() }, T.reload),
    );
  });
