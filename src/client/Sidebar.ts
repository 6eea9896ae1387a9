/**
 * The entry sidebar: vanilla TypeScript, built by esbuild into one self-contained HTML file
 * (build/Sidebar.html). The DOM is made with createElement and text nodes only — never
 * innerHTML — so every user text is shown as text. Live parsing and inline errors use the same
 * core functions as the server; the catalog comes from the load payload (never bundled here).
 */
import type * as Server from '../server/main';
import type { Busy, Conflict, Invalid } from '../server/sidebar';
import {
  allowedLevels,
  LEVEL_LABEL,
  parseSchoolLevel,
  SCHOOL_LEVEL_LABEL,
  type Criterion,
} from '../core/catalog/catalog';
import { formatVnd, parseBudget } from '../core/budget';
import { formatDmy } from '../core/dates';
import { FIELD_LABEL, SIDEBAR_UI as T, STATUS_LABEL } from '../core/messages';
import { parseRoles, resolveOwners } from '../core/owners';
import { ITEM_INPUT_FIELDS, type ItemInput, type ItemInputField } from '../core/schemas';
import {
  CATALOG_IDS,
  checkInfo,
  checkItem,
  checkPerson,
  defaultCatalogFor,
  INFO_FORM_KEYS,
  PERSON_FIELDS,
  viewInput,
  type CoverageEntry,
  type InfoForm,
  type InfoFormKey,
  type ItemCheck,
  type ItemView,
  type PersonInput,
  type PersonView,
  type SidebarData,
} from '../core/sidebar-model';
import type { Person } from '../core/types';

// ---------------------------------------------------------------------------------------------
// Server calls, typed from the server module

type Api = Pick<
  typeof Server,
  | 'sidebarLoad'
  | 'sidebarSaveItem'
  | 'sidebarDeleteItem'
  | 'sidebarSavePerson'
  | 'sidebarDeletePerson'
  | 'sidebarSaveInfo'
>;
interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: unknown) => void): Runner;
}
declare const google: { script: { run: Runner } };

let pending = 0;

function call<K extends keyof Api>(
  name: K,
  ...args: Parameters<Api[K]>
): Promise<ReturnType<Api[K]>> {
  pending++;
  setBusy();
  return new Promise<ReturnType<Api[K]>>((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((v) => resolve(v as ReturnType<Api[K]>))
      .withFailureHandler(reject) as unknown as Record<K, (...a: Parameters<Api[K]>) => void>;
    runner[name](...args);
  }).finally(() => {
    pending--;
    setBusy();
  });
}

function failure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  say(/network|mạng/i.test(message) ? T.offline : T.failed(message), true);
}

function setBusy(): void {
  document.body.classList.toggle('busy', pending > 0);
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-submit]')) {
    b.disabled = pending > 0;
    b.textContent = pending > 0 ? T.saving : (b.dataset.submit ?? '');
  }
}

// ---------------------------------------------------------------------------------------------
// DOM helpers: elements and text nodes only

type Kid = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...kids: Kid[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  let value: string | undefined;
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'value') value = String(v ?? '');
    else if (v === true) el.setAttribute(k, '');
    else if (v !== false && v !== null && v !== undefined) el.setAttribute(k, String(v));
  }
  for (const kid of kids) if (kid !== null && kid !== undefined && kid !== false) el.append(kid);
  if (value !== undefined) (el as HTMLInputElement).value = value;
  return el;
}

/** Appends the children that exist (null, undefined and false are skipped). */
function put(parent: HTMLElement, ...kids: Kid[]): void {
  for (const kid of kids)
    if (kid !== null && kid !== undefined && kid !== false) parent.append(kid);
}

const $ = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;

function say(message: string, error = false): void {
  const box = $('status');
  box.textContent = message;
  box.className = message ? (error ? 'bad' : 'good') : '';
}

function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  const o = h('option', { value }, label);
  o.selected = selected;
  return o;
}

// ---------------------------------------------------------------------------------------------
// State

type View =
  | { kind: 'list' }
  | { kind: 'criterion'; code: string }
  | { kind: 'item'; code: string; item: ItemView | null }
  | { kind: 'roster' }
  | { kind: 'person'; person: PersonView | null }
  | { kind: 'info' }
  | { kind: 'check' };

let data: SidebarData;
let view: View = { kind: 'list' };
/** Leaves the open editor; returns false while it holds unsaved changes (and asks). */
let leave: (() => boolean) | null = null;

interface Entry {
  code: string;
  name: string;
  standard: string;
}

/** The criteria in catalog order (codes found in the items when there is no catalog). */
function criteria(): Entry[] {
  const out: Entry[] = [];
  const catalog = data.catalog;
  if (catalog) {
    const add = (c: Criterion): number =>
      out.push({ code: c.code, name: c.name, standard: c.standard });
    catalog.standards.forEach((s) => s.criteria.forEach(add));
    catalog.level4.forEach(add);
  } else {
    for (const code of new Set(data.items.map((i) => i.code).filter(Boolean)))
      out.push({ code, name: '', standard: code.split('.')[0] ?? '' });
  }
  if (data.items.some((i) => !i.code)) out.push({ code: '', name: T.unassigned, standard: '' });
  return out;
}

function entryOf(code: string): Entry {
  return criteria().find((c) => c.code === code) ?? { code, name: '', standard: '' };
}

function coverage(code: string): CoverageEntry {
  return data.coverage[code] ?? { state: 'none', items: 0, done: 0, level: null };
}

const itemsOf = (code: string): ItemView[] => data.items.filter((i) => i.code === code);

function people(): Person[] {
  return data.roster.map((p) => ({
    row: p.row,
    name: p.name,
    position: p.position,
    roles: parseRoles(p.roles),
    email: p.email,
    remind: p.remind !== 'Không',
  }));
}

function go(next: View, focus?: string): void {
  if (leave && !leave()) return;
  leave = null;
  view = next;
  render(focus);
}

// ---------------------------------------------------------------------------------------------
// Rendering

const MARK: Record<CoverageEntry['state'], string> = {
  none: '○',
  weak: '!',
  items: '●',
  done: '✓',
};

function render(focus?: string | false): void {
  const top = $('top');
  const tabs: [View['kind'], string][] = [
    ['list', T.tabs.criteria],
    ['roster', T.tabs.roster],
    ['info', T.tabs.info],
    ['check', `${T.tabs.check}${data.check.errors ? ` (${data.check.errors})` : ''}`],
  ];
  const section = view.kind === 'criterion' || view.kind === 'item' ? 'list' : view.kind;
  const current = section === 'person' ? 'roster' : section;
  const sub = [
    data.info.schoolYearText && `${T.year} ${data.info.schoolYearText}`,
    data.catalog?.id,
  ].filter(Boolean);
  top.replaceChildren();
  put(
    top,
    h(
      'div',
      { class: 'school' },
      h('span', { class: 'name' }, data.info.schoolName || T.info.title),
      h(
        'button',
        {
          type: 'button',
          class: 'icon',
          title: T.reload,
          'aria-label': T.reload,
          onclick: () => void reload(),
        },
        '↻',
      ),
    ),
    sub.length ? h('div', { class: 'sub' }, sub.join(' · ')) : null,
    data.firstRun
      ? null
      : h(
          'nav',
          { class: 'tabs', 'aria-label': T.tabs.label },
          ...tabs.map(([kind, label]) =>
            h(
              'button',
              {
                type: 'button',
                'aria-current': kind === current ? 'page' : null,
                onclick: () => go({ kind } as View),
              },
              label,
            ),
          ),
        ),
  );
  const main = $('main');
  main.replaceChildren(body());
  if (focus === false) return;
  const target =
    (focus && main.querySelector<HTMLElement>(focus)) || main.querySelector<HTMLElement>('h2');
  target?.focus();
}

function body(): Node {
  if (data.firstRun) return infoView();
  switch (view.kind) {
    case 'list':
      return listView();
    case 'criterion':
      return criterionView(view.code);
    case 'item':
      return itemView(view.code, view.item);
    case 'roster':
      return rosterView();
    case 'person':
      return personView(view.person);
    case 'info':
      return infoView();
    case 'check':
      return checkView();
  }
}

function heading(text: string): HTMLHeadingElement {
  return h('h2', { tabindex: -1 }, text);
}

function listView(): Node {
  const list = criteria();
  const codes = list.filter((c) => c.code);
  const withItems = codes.filter((c) => coverage(c.code).items > 0).length;
  const weak = codes.filter((c) => coverage(c.code).state === 'weak').length;
  const out = h(
    'div',
    null,
    heading(data.catalog ? `${T.tabs.criteria} – ${data.catalog.id}` : T.tabs.criteria),
    data.catalog?.provisional ? h('p', { class: 'note' }, T.provisional) : null,
    data.catalog ? null : h('p', { class: 'note' }, T.noCatalog),
    h('p', { class: 'muted' }, T.summary(codes.length, withItems, weak)),
    h(
      'ul',
      { class: 'legend', 'aria-label': 'Chú thích' },
      ...(['weak', 'none', 'items', 'done'] as const).map((s) =>
        h(
          'li',
          null,
          h('span', { class: `mark m-${s}`, 'aria-hidden': 'true' }, MARK[s]),
          T.coverage[s],
        ),
      ),
    ),
  );
  let group = '\u0000';
  let ul: HTMLUListElement | null = null;
  for (const c of list) {
    const key = c.code === '' ? '' : c.standard;
    if (key !== group) {
      group = key;
      const std = data.catalog?.standards.find((s) => s.code === key);
      const title =
        key === '' ? T.unassigned : key === 'M4' ? T.level4 : T.standard(key, std?.name ?? '');
      out.append(h('h3', null, title));
      ul = h('ul', { class: 'crits' });
      out.append(ul);
    }
    ul?.append(h('li', null, criterionButton(c)));
  }
  return out;
}

function criterionButton(c: Entry): HTMLButtonElement {
  const cov = coverage(c.code);
  const state = c.code === '' ? 'items' : cov.state;
  const count = c.code === '' ? itemsOf('').length : cov.items;
  return h(
    'button',
    {
      type: 'button',
      class: `crit m-${state}`,
      'data-code': c.code,
      onclick: () => go({ kind: 'criterion', code: c.code }),
    },
    h('span', { class: 'mark', 'aria-hidden': 'true' }, MARK[state]),
    h('span', { class: 'code' }, c.code || '?'),
    h('span', { class: 'name' }, c.name),
    count
      ? h('span', { class: 'count', title: T.itemCount(count, cov.done) }, String(count))
      : null,
    h('span', { class: 'sr' }, ` – ${c.code === '' ? T.itemCount(count, 0) : T.coverage[state]}`),
  );
}

function deadlineOf(item: ItemView): string {
  const check = checkItem(viewInput(item), data.catalog, data.info);
  return check.deadline ? T.deadline(formatDmy(check.deadline)) : T.noDeadline;
}

function criterionView(code: string): Node {
  const list = criteria();
  const at = list.findIndex((c) => c.code === code);
  /** The previous or next criterion's button; disabled at either end. */
  const step = (label: string, to: Entry | undefined, glyph: string): HTMLButtonElement =>
    h(
      'button',
      {
        type: 'button',
        class: 'small',
        disabled: !to,
        'aria-label': to ? `${label} (${to.code || T.unassigned})` : label,
        onclick: () => to && go({ kind: 'criterion', code: to.code }),
      },
      glyph,
    );
  const entry = entryOf(code);
  const cov = coverage(code);
  const items = itemsOf(code);
  const statusAt = ITEM_INPUT_FIELDS.indexOf('status');
  const actionsAt = ITEM_INPUT_FIELDS.indexOf('actions');
  const leadAt = ITEM_INPUT_FIELDS.indexOf('lead');
  return h(
    'div',
    null,
    h(
      'div',
      { class: 'bar' },
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          onclick: () => go({ kind: 'list' }, `[data-code="${code}"]`),
        },
        T.back,
      ),
      h('span', null, step(T.prev, list[at - 1], '‹'), step(T.next, list[at + 1], '›')),
    ),
    heading(code ? T.criterion(code) : T.unassigned),
    h('p', { class: 'official' }, code ? entry.name : T.unassignedHint),
    cov.level ? h('p', { class: 'muted' }, T.selfAssessed(LEVEL_LABEL[cov.level])) : null,
    cov.state === 'weak' ? h('p', { class: 'note bad' }, T.weakNoItem) : null,
    items.length === 0 ? h('p', { class: 'muted' }, T.noItems) : null,
    h(
      'ul',
      { class: 'items' },
      ...items.map((item) => {
        const status = item.fields[statusAt] ?? '';
        const title = (item.fields[actionsAt] ?? '').split('\n').find((l) => l.trim()) ?? '';
        return h(
          'li',
          null,
          h(
            'button',
            {
              type: 'button',
              class: 'card',
              'data-item': item.id || `row-${item.row}`,
              onclick: () => go({ kind: 'item', code, item }),
            },
            h('span', { class: 'title' }, title || T.editItem(item.id)),
            h(
              'span',
              { class: 'meta' },
              [item.fields[leadAt], deadlineOf(item)].filter(Boolean).join(' · '),
            ),
            status ? h('span', { class: `chip s-${statusKey(status)}` }, status) : null,
          ),
        );
      }),
    ),
    h(
      'button',
      { type: 'button', class: 'primary', onclick: () => go({ kind: 'item', code, item: null }) },
      T.addItem,
    ),
  );
}

function statusKey(label: string): string {
  const entry = Object.entries(STATUS_LABEL).find(([, l]) => l === label);
  return entry ? entry[0] : 'x';
}

// ---------------------------------------------------------------------------------------------
// Parts shared by the editors (item, person, plan info)

/** The alert box a refused save explains itself in, and the bar that asks before leaving. */
function editorBoxes(): { conflictBox: HTMLElement; confirmBar: HTMLElement } {
  return {
    conflictBox: h('div', { class: 'conflict', hidden: true, role: 'alert' }),
    confirmBar: h('div', { class: 'confirm', hidden: true }),
  };
}

/** Asks in the confirm bar; the red button (yes) takes the focus, the other one hides the bar. */
function ask(
  bar: HTMLElement,
  question: string,
  [yes, onYes]: [string, () => void],
  [no, onNo]: [string, (() => void)?],
): void {
  bar.replaceChildren(
    h('p', null, question),
    h('button', { type: 'button', class: 'danger', onclick: onYes }, yes),
    h(
      'button',
      {
        type: 'button',
        onclick: () => {
          bar.hidden = true;
          onNo?.();
        },
      },
      no,
    ),
  );
  bar.hidden = false;
  (bar.querySelector('button') as HTMLButtonElement).focus();
}

/** The editor's `leave`, when it holds unsaved changes: asks, and stays (false). */
function askLeave(bar: HTMLElement, discard: () => void, keepEditing?: () => void): false {
  ask(bar, T.unsaved, [T.discard, discard], [T.keepEditing, keepEditing]);
  return false;
}

/** Asks before deleting; yes hides the bar, then runs `remove`. */
function askDelete(bar: HTMLElement, question: string, remove: () => void): void {
  const yes = (): void => {
    bar.hidden = true;
    remove();
  };
  ask(bar, question, [T.confirmYes, yes], [T.confirmNo]);
}

/** The submit button; setBusy shows T.saving on it during a call, then data-submit again. */
function submitButton(label: string): HTMLButtonElement {
  return h('button', { type: 'submit', class: 'primary', 'data-submit': label }, label);
}

/** The form's last row: submit, then Cancel and Delete where the editor has them. */
function formFooter(
  submit: HTMLButtonElement,
  { onCancel, onDelete }: { onCancel?: () => void; onDelete?: (() => void) | null } = {},
): HTMLElement {
  return h(
    'div',
    { class: 'footer' },
    submit,
    onCancel && h('button', { type: 'button', onclick: onCancel }, T.cancel),
    onDelete && h('button', { type: 'button', class: 'danger', onclick: onDelete }, T.delete),
  );
}

/** The link back above an editor. */
function backBar(label: string, back: () => void): HTMLElement {
  return h(
    'div',
    { class: 'bar' },
    h('button', { type: 'button', class: 'link', onclick: back }, label),
  );
}

/** What the form's fields hold, by key. */
function readForm<K extends string>(
  fields: Record<K, Field>,
  keys: readonly K[],
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of keys) out[k] = fields[k].control.value;
  return out;
}

/**
 * On submit (unless a call is under way): checks what is typed as the server will, shows the
 * errors (with their count) or, when there is none, sends it.
 */
function submitChecked<V, K extends string>(
  form: HTMLFormElement,
  read: () => V,
  check: (values: V) => { errors: { field: K; message: string }[] },
  showErrors: (errors: { field: K; message: string }[]) => void,
  send: (values: V) => void,
): void {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (pending) return;
    const values = read();
    const { errors } = check(values);
    showErrors(errors);
    if (errors.length) return say(T.errorsLeft(errors.length), true);
    send(values);
  });
}

/** Writes each field's errors under it and its aria-invalid; returns the first field in error. */
function markErrors<K extends string>(
  fields: Record<K, Field>,
  keys: readonly K[],
  errors: { field: K; message: string }[],
): Control | undefined {
  for (const k of keys) {
    const errs = errors.filter((e) => e.field === k);
    fields[k].error.textContent = errs.map((e) => e.message).join(' ');
    fields[k].control.setAttribute('aria-invalid', errs.length ? 'true' : 'false');
  }
  const first = errors[0];
  return first && fields[first.field].control;
}

/** A save or delete the server refused: its message, then the conflict or the field errors. */
function refused<V, F extends string>(
  res: Conflict<V> | Invalid<F> | Busy,
  showConflict: (message: string, current: V | null) => void,
  showErrors?: (errors: Invalid<F>['errors']) => void,
): void {
  say(res.message, true);
  if (res.kind === 'invalid') showErrors?.(res.errors);
  if (res.kind === 'conflict') showConflict(res.message, res.current);
}

/**
 * Fills the conflict box: the message; when the row still exists, what it holds now (`theirs`)
 * and the choice between taking it and keeping what is typed; when it was deleted, saving as new.
 * A choice hides the box; keeping what is typed also says how to go on.
 */
function conflictPanel<V>(
  box: HTMLElement,
  message: string,
  current: V | null,
  on: {
    theirs: (current: V) => Kid[];
    useTheirs: (current: V) => void;
    /** The next save overwrites `to`, or adds a new row when it is null. */
    keepMine: (to: V | null) => void;
  },
): void {
  const choice = (label: string, run: () => void): HTMLButtonElement =>
    h(
      'button',
      {
        type: 'button',
        onclick: () => {
          box.hidden = true;
          run();
        },
      },
      label,
    );
  const keep = (to: V | null) => (): void => {
    say(T.keepMineHint);
    on.keepMine(to);
  };
  box.replaceChildren(h('p', { class: 'bad' }, message));
  put(
    box,
    ...(current ? on.theirs(current) : []),
    h(
      'div',
      { class: 'actions' },
      ...(current
        ? [choice(T.useTheirs, () => on.useTheirs(current)), choice(T.keepMine, keep(current))]
        : [choice(T.saveAsNew, keep(null))]),
    ),
  );
  box.hidden = false;
}

// ---------------------------------------------------------------------------------------------
// The item editor

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const TEXTAREAS = new Set<ItemInputField>([
  'weakness',
  'target',
  'actions',
  'support',
  'evidence',
  'notes',
]);
const REQUIRED = new Set<ItemInputField>(['criterion', 'actions', 'lead']);
const HINTS: Partial<Record<ItemInputField, string>> = {
  lead: T.hint.lead,
  partners: T.hint.lead,
  period: T.hint.period,
  start: T.hint.date,
  deadline: T.hint.deadline,
  budget: T.hint.budget,
  evidence: T.hint.evidence,
};
const SECTIONS: Partial<Record<ItemInputField, string>> = {
  criterion: T.sections.content,
  lead: T.sections.owners,
  period: T.sections.time,
  budget: T.sections.budget,
  evidence: T.sections.follow,
};
const FUNDING = ['Ngân sách nhà nước', 'Chi thường xuyên', 'Xã hội hóa', 'Học phí'];

interface Field {
  control: Control;
  error: HTMLElement;
  live: HTMLElement;
}

function fieldBlock(
  key: string,
  label: string,
  control: Control,
  opts: { required?: boolean; hint?: string; extra?: Node | null } = {},
): { block: HTMLElement; field: Field } {
  const id = `f-${key}`;
  control.id = id;
  const error = h('p', { class: 'err', id: `e-${key}` });
  const live = h('p', { class: 'live', id: `l-${key}` });
  const hint = opts.hint ? h('p', { class: 'hint', id: `h-${key}` }, opts.hint) : null;
  control.setAttribute(
    'aria-describedby',
    [`e-${key}`, `l-${key}`, hint ? `h-${key}` : ''].filter(Boolean).join(' '),
  );
  if (opts.required) control.setAttribute('aria-required', 'true');
  const block = h(
    'div',
    { class: 'field', 'data-field': key },
    h(
      'label',
      { for: id },
      label,
      opts.required ? h('span', { class: 'req' }, ` ${T.required}`) : null,
    ),
    hint,
    control,
    error,
    live,
    opts.extra ?? null,
  );
  return { block, field: { control, error, live } };
}

function itemControl(f: ItemInputField, value: string): Control {
  if (f === 'criterion') {
    const select = h('select', null, option('', T.choose, value === ''));
    for (const c of criteria())
      if (c.code)
        select.append(option(c.code, `${c.code} – ${clip(c.name, 48)}`, c.code === value));
    if (value && !criteria().some((c) => c.code === value))
      select.append(option(value, value, true));
    return select;
  }
  if (f === 'selfAssessment' || f === 'status') {
    const labels =
      f === 'status'
        ? Object.values(STATUS_LABEL)
        : (data.catalog
            ? allowedLevels(data.catalog)
            : (Object.keys(LEVEL_LABEL) as (keyof typeof LEVEL_LABEL)[])
          ).map((l) => LEVEL_LABEL[l]);
    const select = h('select', null, option('', T.choose, value === ''));
    for (const l of labels) select.append(option(l, l, l === value));
    if (value && !labels.includes(value)) select.append(option(value, value, true));
    return select;
  }
  if (TEXTAREAS.has(f)) return h('textarea', { rows: f === 'actions' ? 4 : 2, value });
  return h('input', {
    type: 'text',
    value,
    autocomplete: 'off',
    list: f === 'fundingSource' ? 'funding' : null,
    inputmode: f === 'budget' ? 'text' : null,
    placeholder: f === 'start' || f === 'deadline' ? 'dd/mm/yyyy' : null,
  });
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function ownerPicker(control: () => Control, refresh: () => void): Node {
  const panel = h('div', { class: 'picker', hidden: true });
  const toggle = h('button', { type: 'button', class: 'link', 'aria-expanded': 'false' }, T.pick);
  const add = (token: string): void => {
    const input = control();
    const have = input.value
      .split(/[,;\n]/)
      .map((t) => t.trim())
      .filter(Boolean);
    if (!have.includes(token)) input.value = [...have, token].join(', ');
    refresh();
    input.focus();
  };
  const roles = ['BGH', 'HT', 'PHT', 'TTCM', 'GV', 'NV', 'KT'];
  put(
    panel,
    h('p', { class: 'muted' }, T.pickRoles),
    h(
      'div',
      { class: 'chips' },
      ...roles.map((r) =>
        h('button', { type: 'button', class: 'chip-btn', onclick: () => add(r) }, r),
      ),
    ),
    data.roster.length ? h('p', { class: 'muted' }, T.pickPeople) : null,
    h(
      'div',
      { class: 'chips' },
      ...data.roster.map((p) =>
        h(
          'button',
          {
            type: 'button',
            class: 'chip-btn',
            title: [p.position, p.roles].filter(Boolean).join(' · '),
            onclick: () => add(p.name),
          },
          p.name,
          p.roles ? h('span', { class: 'muted' }, ` (${p.roles})`) : null,
        ),
      ),
    ),
  );
  toggle.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
    toggle.textContent = panel.hidden ? T.pick : T.pickClose;
  });
  return h('div', { class: 'pick' }, toggle, panel);
}

function itemView(code: string, start: ItemView | null): Node {
  let item = start;
  const initial = start ? viewInput(start) : viewInput(null);
  if (!start) {
    initial.criterion = code;
    const level = coverage(code).level;
    if (level) initial.selfAssessment = LEVEL_LABEL[level];
    initial.status = STATUS_LABEL.chua;
  }
  let baseline = JSON.stringify(initial);
  const fields = {} as Record<ItemInputField, Field>;
  const touched = new Set<ItemInputField>();
  const { conflictBox, confirmBar } = editorBoxes();
  const saveButton = submitButton(T.save);

  const read = (): ItemInput => readForm(fields, ITEM_INPUT_FIELDS);
  const fill = (input: ItemInput): void => {
    for (const f of ITEM_INPUT_FIELDS) {
      const c = fields[f].control;
      if (c instanceof HTMLSelectElement && ![...c.options].some((o) => o.value === input[f]))
        c.append(option(input[f], input[f], true));
      c.value = input[f];
    }
  };
  const refresh = (): ItemCheck => {
    const input = read();
    const check = checkItem(input, data.catalog, data.info);
    showLive(fields, input, check);
    markErrors(
      fields,
      ITEM_INPUT_FIELDS,
      check.errors.filter((e) => touched.has(e.field)),
    );
    return check;
  };

  const form = h('form', { class: 'editor', novalidate: true });
  for (const f of ITEM_INPUT_FIELDS) {
    const control = itemControl(f, initial[f]);
    const picker =
      f === 'lead' || f === 'partners'
        ? ownerPicker(
            () => fields[f].control,
            () => {
              touched.add(f);
              refresh();
            },
          )
        : null;
    const { block, field } = fieldBlock(f, FIELD_LABEL[f] ?? f, control, {
      required: REQUIRED.has(f),
      hint: HINTS[f],
      extra: picker,
    });
    fields[f] = field;
    const section = SECTIONS[f];
    if (section) form.append(h('h3', null, section));
    control.addEventListener('input', () => refresh());
    control.addEventListener('change', () => {
      touched.add(f);
      refresh();
    });
    control.addEventListener('blur', () => {
      touched.add(f);
      refresh();
    });
    form.append(block);
  }
  form.append(h('datalist', { id: 'funding' }, ...FUNDING.map((s) => h('option', { value: s }))));

  const back = (): void =>
    go(
      code === '' && item?.code
        ? { kind: 'criterion', code: item.code }
        : { kind: 'criterion', code },
      item ? `[data-item="${item.id || `row-${item.row}`}"]` : undefined,
    );
  const dirty = (): boolean => JSON.stringify(read()) !== baseline;
  leave = () =>
    !dirty() ||
    askLeave(
      confirmBar,
      () => {
        baseline = JSON.stringify(read());
        back();
      },
      () => fields.actions.control.focus(),
    );

  const showConflict = (message: string, current: ItemView | null): void => {
    const mine = read();
    conflictPanel(conflictBox, message, current, {
      theirs: (cur) => [
        itemDiff(mine, viewInput(cur)),
        cur.updated ? h('p', { class: 'muted' }, T.updatedAt(cur.updated)) : null,
      ],
      useTheirs: (cur) => {
        const theirs = viewInput(cur);
        item = cur;
        fill(theirs);
        baseline = JSON.stringify(theirs);
        refresh();
        say('');
      },
      keepMine: (to) => {
        item = to;
        saveButton.focus();
      },
    });
    conflictBox.setAttribute('tabindex', '-1');
    conflictBox.focus();
  };

  const afterSave = (
    saved: ItemView | null,
    coverageMap: SidebarData['coverage'],
    message: string,
  ): void => {
    const at = start ? data.items.indexOf(start) : -1;
    if (saved) {
      if (at >= 0) data.items[at] = saved;
      else data.items.push(saved);
    } else if (at >= 0) data.items.splice(at, 1);
    data.coverage = coverageMap;
    baseline = JSON.stringify(read());
    leave = null;
    const target = saved ? saved.code : code;
    go(
      { kind: 'criterion', code: target },
      saved ? `[data-item="${saved.id || `row-${saved.row}`}"]` : undefined,
    );
    say(message);
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (pending) return;
    ITEM_INPUT_FIELDS.forEach((f) => touched.add(f));
    const check = refresh();
    if (check.errors.length) {
      say(T.errorsLeft(check.errors.length), true);
      const first = check.errors[0];
      if (first) fields[first.field].control.focus();
      return;
    }
    const input = read();
    call('sidebarSaveItem', {
      id: item?.id ?? '',
      row: item?.row ?? 0,
      version: item?.version ?? '',
      input,
    })
      .then((res) => {
        if (res.ok) return afterSave(res.item, res.coverage, res.message);
        if (res.kind === 'conflict') return (say(''), showConflict(res.message, res.current));
        refused(res, showConflict, (errors) => {
          for (const err of errors)
            if (fields[err.field]) fields[err.field].error.textContent = err.message;
          const first = errors[0];
          if (first && fields[first.field]) fields[first.field].control.focus();
        });
      })
      .catch(failure);
  });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
    }
  });

  const remove = (): void =>
    askDelete(confirmBar, T.confirmDelete, () => {
      if (!item) return;
      call('sidebarDeleteItem', { id: item.id, row: item.row, version: item.version })
        .then((res) =>
          res.ok ? afterSave(null, res.coverage, res.message) : refused(res, showConflict),
        )
        .catch(failure);
    });

  form.append(formFooter(saveButton, { onCancel: back, onDelete: start ? remove : null }));
  const entry = entryOf(code);
  const node = h(
    'div',
    null,
    backBar(`‹ ${code ? T.criterion(code) : T.unassigned}`, back),
    heading(start ? T.editItem(start.id) : T.newItem),
    code ? h('p', { class: 'official' }, `${T.criterion(code)}: ${entry.name}`) : null,
    start?.updated ? h('p', { class: 'muted' }, T.updatedAt(start.updated)) : null,
    conflictBox,
    confirmBar,
    form,
  );
  queueMicrotask(() => refresh());
  return node;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The fields where the sheet's version of an item differs from the form's, side by side. */
function itemDiff(mine: ItemInput, theirs: ItemInput): Node {
  // A deadline the add-on derived from the same period is not a difference.
  const derived = formatDmy(checkItem(mine, data.catalog, data.info).derivedDeadline);
  const diff = ITEM_INPUT_FIELDS.filter(
    (f) =>
      norm(theirs[f]) !== norm(mine[f]) &&
      !(f === 'deadline' && !mine.deadline.trim() && theirs.deadline === derived),
  );
  if (!diff.length) return h('p', null, T.sameContent);
  const side = (cls: string, who: string, text: string): HTMLElement =>
    h('dd', { class: cls }, h('span', { class: 'who' }, `${who}: `), text || T.empty);
  return h(
    'dl',
    { class: 'diff' },
    ...diff.flatMap((f) => [
      h('dt', null, FIELD_LABEL[f] ?? f),
      side('theirs', T.theirs, theirs[f]),
      side('mine', T.mine, mine[f]),
    ]),
  );
}

/** The live lines under the fields: parsed dates, amount, owners; and the check's warnings. */
function showLive(fields: Record<ItemInputField, Field>, input: ItemInput, check: ItemCheck): void {
  for (const f of ITEM_INPUT_FIELDS) fields[f].live.replaceChildren();
  const line = (f: ItemInputField, text: string, cls = 'live'): void => {
    fields[f].live.append(h('span', { class: cls }, text));
  };
  if (check.periodRecognized && input.period.trim() && !check.vague && check.deadline)
    line('period', T.live.range(formatDmy(check.start), formatDmy(check.deadline)));
  if (!input.deadline.trim() && check.derivedDeadline)
    line('deadline', T.live.autoDeadline(formatDmy(check.derivedDeadline)));
  const budget = parseBudget(input.budget);
  if (budget.ok && budget.amount !== null)
    line(
      'budget',
      budget.amount === 0 ? T.live.budgetNone : T.live.budget(formatVnd(budget.amount)),
    );
  const roster = people();
  for (const f of ['lead', 'partners'] as const) {
    const resolved = resolveOwners(input[f], roster);
    const names = [...new Set(resolved.flatMap((r) => r.people.map((p) => p.name)))];
    if (names.length) line(f, T.live.owners(clip(names.join(', '), 160)));
    for (const r of resolved)
      if (!r.people.length && !r.email) line(f, T.live.ownerUnknown(r.token), 'warn');
  }
  for (const w of check.warnings) line(w.field, w.message, 'warn');
}

// ---------------------------------------------------------------------------------------------
// Roster

function rosterView(): Node {
  return h(
    'div',
    null,
    heading(T.roster.title),
    data.roster.length ? null : h('p', { class: 'muted' }, T.roster.none),
    h(
      'ul',
      { class: 'items' },
      ...data.roster.map((p) =>
        h(
          'li',
          null,
          h(
            'button',
            {
              type: 'button',
              class: 'card',
              'data-person': p.row,
              onclick: () => go({ kind: 'person', person: p }),
            },
            h('span', { class: 'title' }, p.name),
            h('span', { class: 'meta' }, [p.position, p.roles].filter(Boolean).join(' · ')),
            h('span', { class: 'meta' }, p.email || '—'),
          ),
        ),
      ),
    ),
    h(
      'button',
      { type: 'button', class: 'primary', onclick: () => go({ kind: 'person', person: null }) },
      T.roster.add,
    ),
  );
}

function personView(start: PersonView | null): Node {
  let person = start;
  const labels: Record<keyof PersonInput, string> = {
    name: T.roster.name,
    position: T.roster.position,
    roles: T.roster.roles,
    email: T.roster.email,
    remind: T.roster.remind,
  };
  const fields = {} as Record<keyof PersonInput, Field>;
  const form = h('form', { class: 'editor', novalidate: true });
  const { conflictBox, confirmBar } = editorBoxes();
  for (const f of PERSON_FIELDS) {
    const value = start ? start[f] : f === 'remind' ? T.roster.yes : '';
    const control: Control =
      f === 'remind'
        ? h(
            'select',
            null,
            option(T.roster.yes, T.roster.yes, value !== T.roster.no),
            option(T.roster.no, T.roster.no, value === T.roster.no),
          )
        : h('input', { type: f === 'email' ? 'email' : 'text', value, autocomplete: 'off' });
    const { block, field } = fieldBlock(`p-${f}`, labels[f], control, {
      required: f === 'name',
      hint: f === 'roles' ? T.roster.rolesHint : undefined,
    });
    fields[f] = field;
    form.append(block);
  }
  const read = (): PersonInput => readForm(fields, PERSON_FIELDS);
  const baseline = JSON.stringify(read());
  const showErrors = (errors: { field: keyof PersonInput; message: string }[]): void =>
    markErrors(fields, PERSON_FIELDS, errors)?.focus();
  const back = (): void => go({ kind: 'roster' });
  leave = () =>
    JSON.stringify(read()) === baseline ||
    askLeave(confirmBar, () => {
      leave = null;
      back();
    });
  const conflict = (message: string, current: PersonView | null): void =>
    conflictPanel(conflictBox, message, current, {
      theirs: (cur) => [
        h(
          'p',
          null,
          `${T.theirs}: ${[cur.name, cur.position, cur.roles, cur.email, cur.remind].filter(Boolean).join(' · ')}`,
        ),
      ],
      useTheirs: (cur) => {
        person = cur;
        for (const f of PERSON_FIELDS) fields[f].control.value = cur[f];
      },
      keepMine: (to) => {
        person = to;
      },
    });
  const done = (roster: PersonView[], message: string): void => {
    data.roster = roster;
    leave = null;
    go({ kind: 'roster' });
    say(message);
  };
  submitChecked(form, read, checkPerson, showErrors, (input) => {
    call('sidebarSavePerson', { row: person?.row ?? 0, version: person?.version ?? '', input })
      .then((res) => (res.ok ? done(res.roster, res.message) : refused(res, conflict, showErrors)))
      .catch(failure);
  });
  const remove = (): void =>
    askDelete(confirmBar, T.confirmDeletePerson, () => {
      if (!person) return;
      call('sidebarDeletePerson', { row: person.row, version: person.version })
        .then((res) => (res.ok ? done(res.roster, res.message) : refused(res, conflict)))
        .catch(failure);
    });
  form.append(
    formFooter(submitButton(T.save), { onCancel: back, onDelete: start ? remove : null }),
  );
  return h(
    'div',
    null,
    backBar(`‹ ${T.tabs.roster}`, back),
    heading(start ? start.name : T.roster.newPerson),
    conflictBox,
    confirmBar,
    form,
  );
}

// ---------------------------------------------------------------------------------------------
// Plan info (the first run)

function infoView(): Node {
  const first = data.firstRun;
  const labels: Record<InfoFormKey, string> = {
    schoolName: T.info.schoolName,
    governingBody: T.info.governingBody,
    schoolLevel: T.info.schoolLevel,
    catalog: T.info.catalog,
    schoolYear: T.info.schoolYear,
    docNumber: T.info.docNumber,
    place: T.info.place,
    signerTitle: T.info.signerTitle,
    signer: T.info.signer,
  };
  const hints: Partial<Record<InfoFormKey, string>> = {
    schoolYear: T.info.schoolYearHint,
    docNumber: T.info.docNumberHint,
  };
  const form = h('form', { class: 'editor', novalidate: true });
  const fields = {} as Record<InfoFormKey, Field>;
  const value = data.infoForm;
  const auto = option(
    '',
    T.info.catalogAuto(defaultCatalogFor(parseSchoolLevel(value.schoolLevel))),
    !value.catalog,
  );
  for (const k of INFO_FORM_KEYS) {
    let control: Control;
    if (k === 'schoolLevel') {
      control = h('select', null, option('', T.choose, !value.schoolLevel));
      for (const l of Object.values(SCHOOL_LEVEL_LABEL))
        control.append(option(l, l, l === value.schoolLevel));
      if (value.schoolLevel && !Object.values(SCHOOL_LEVEL_LABEL).includes(value.schoolLevel))
        control.append(option(value.schoolLevel, value.schoolLevel, true));
      control.addEventListener('change', (e) => {
        auto.textContent = T.info.catalogAuto(
          defaultCatalogFor(parseSchoolLevel((e.target as HTMLSelectElement).value)),
        );
      });
    } else if (k === 'catalog') {
      control = h('select', null, auto);
      for (const id of CATALOG_IDS)
        control.append(option(id, T.info.catalogChoice[id] ?? id, id === value.catalog));
      if (value.catalog && !CATALOG_IDS.includes(value.catalog))
        control.append(option(value.catalog, value.catalog, true));
    } else {
      control = h('input', { type: 'text', value: value[k], autocomplete: 'off' });
    }
    const { block, field } = fieldBlock(`i-${k}`, labels[k], control, {
      required: k === 'schoolName' || k === 'schoolLevel' || k === 'schoolYear',
      hint: hints[k],
    });
    fields[k] = field;
    form.append(block);
  }
  const read = (): InfoForm => readForm(fields, INFO_FORM_KEYS);
  const showErrors = (errors: { field: InfoFormKey; message: string }[]): void =>
    markErrors(fields, INFO_FORM_KEYS, errors)?.focus();
  submitChecked(form, read, checkInfo, showErrors, (formValues) => {
    call('sidebarSaveInfo', { form: formValues, version: data.infoVersion })
      .then((res) => {
        if (!res.ok && res.kind === 'invalid')
          return (say(res.message, true), showErrors(res.errors));
        if (!res.ok && res.kind === 'busy') return say(res.message, true);
        data = res.data;
        go({ kind: res.ok ? 'list' : 'info' });
        say(res.message, !res.ok);
      })
      .catch(failure);
  });
  form.append(formFooter(submitButton(first ? T.info.create : T.info.save)));
  return h(
    'div',
    null,
    heading(first ? T.info.firstTitle : T.info.title),
    first ? h('p', null, T.info.firstIntro) : null,
    form,
  );
}

// ---------------------------------------------------------------------------------------------
// The check

function checkView(): Node {
  const { errors, warnings, findings } = data.check;
  const more = errors + warnings - findings.length;
  return h(
    'div',
    null,
    heading(T.check.title),
    h(
      'p',
      { class: errors ? 'bad' : 'muted' },
      errors || warnings ? T.check.counts(errors, warnings) : T.check.ok,
    ),
    h(
      'ul',
      { class: 'findings' },
      ...findings.map((f) => {
        const item =
          f.sheet === 'Kế hoạch' && f.row ? data.items.find((i) => i.row === f.row) : undefined;
        return h(
          'li',
          { class: f.severity },
          h('span', { class: 'sev' }, f.severity === 'error' ? T.check.error : T.check.warning),
          ` ${f.message}`,
          item
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  onclick: () => go({ kind: 'item', code: item.code, item }),
                },
                T.check.open,
              )
            : null,
        );
      }),
    ),
    more > 0 ? h('p', { class: 'muted' }, T.check.more(more)) : null,
  );
}

// ---------------------------------------------------------------------------------------------
// Start

async function reload(): Promise<void> {
  if (leave && !leave()) return;
  try {
    data = await call('sidebarLoad');
    leave = null;
    if (view.kind === 'item' || view.kind === 'person') view = { kind: 'list' };
    render();
  } catch (e) {
    failure(e);
  }
}

document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape' || !data) return;
  const confirm = document.querySelector<HTMLElement>('.confirm:not([hidden])');
  if (confirm) {
    confirm.hidden = true;
    return;
  }
  if (view.kind === 'item') go({ kind: 'criterion', code: view.code });
  else if (view.kind === 'person') go({ kind: 'roster' });
  else if (view.kind === 'criterion') go({ kind: 'list' }, `[data-code="${view.code}"]`);
});

call('sidebarLoad')
  .then((d) => {
    data = d;
    render(false);
    document.documentElement.dataset.ready = '1';
    performance.mark('ctcl-first-render');
  })
  .catch((e: unknown) => {
    failure(e);
    $('main').replaceChildren(
      h('button', { type: 'button', onclick: () => location.reload() }, T.reload),
    );
  });
