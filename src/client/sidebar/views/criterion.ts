/**
 * One criterion: its name, its self-assessment (chosen here among the catalog's levels), its
 * items as cards, the way to add one, and its recent deletions to restore.
 */
import { saveAssessment } from '../api';
import {
  allowedLevels,
  checkItem,
  formatDmy,
  ITEM_INPUT_FIELDS,
  LEVEL_LABEL,
  viewInput,
  type Level,
} from '../core';
import { h, heading, option } from '../dom';
import {
  coverage,
  coverageFrom,
  criteria,
  entryOf,
  itemsOf,
  itemTitle,
  levelsNow,
  type Entry,
} from '../plan';
import type { CoverageMap, ItemView } from '../protocol';
import { data, setCoverage, storeItems, type Go } from '../state';
import { failure, say } from '../status';
import { STATUS_LABEL, T } from '../strings';
import { deletedList } from './deleted';

const STATUS_AT = ITEM_INPUT_FIELDS.indexOf('status');
const LEAD_AT = ITEM_INPUT_FIELDS.indexOf('lead');

export function criterionView(code: string, go: Go): Node {
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
    code ? levelPicker(code, go) : null,
    cov.state === 'weak' ? h('p', { class: 'note bad' }, T.weakNoItem) : null,
    items.length === 0 ? h('p', { class: 'muted' }, T.noItems) : null,
    h('ul', { class: 'items' }, ...items.map((item) => h('li', null, itemCard(code, item, go)))),
    h(
      'button',
      { type: 'button', class: 'primary', onclick: () => go({ kind: 'item', code, item: null }) },
      T.addItem,
    ),
    deletedList(go, code),
  );
}

/**
 * The criterion's self-assessment, among the catalog's levels. The marks follow at once (the
 * coverage is worked out here from the new level), then from the server's answer.
 */
function levelPicker(code: string, go: Go): Node {
  const { catalog } = data();
  const now = coverage(code).level;
  const levels = catalog ? allowedLevels(catalog) : (Object.keys(LEVEL_LABEL) as Level[]);
  const select = h('select', { id: 'level' }, option('', T.choose, !now));
  for (const l of levels) select.append(option(l, LEVEL_LABEL[l], l === now));
  select.addEventListener('change', () => {
    const level = select.value as Level | '';
    const base = now ? LEVEL_LABEL[now] : '';
    setCoverage(coverageWith(code, level || null));
    go({ kind: 'criterion', code }, '#level');
    saveAssessment({ code, level: level ? LEVEL_LABEL[level] : '', base })
      .then((res) => {
        if (res.ok) storeItems(res.items);
        if (res.ok || res.kind === 'conflict') setCoverage(res.coverage);
        go({ kind: 'criterion', code }, '#level');
        say(res.message, !res.ok);
      })
      .catch((e: unknown) => {
        setCoverage(coverageWith(code, now));
        go({ kind: 'criterion', code }, '#level');
        failure(e);
      });
  });
  return h(
    'div',
    { class: 'field level' },
    h('label', { for: 'level' }, T.selfAssessment),
    select,
    h('p', { class: 'hint' }, T.selfAssessmentHint),
  );
}

/** The coverage as it would be with `level` for `code`, from the loaded items. */
function coverageWith(code: string, level: Level | null): CoverageMap {
  const levels = levelsNow();
  if (level) levels[code] = level;
  else delete levels[code];
  return coverageFrom(levels);
}

/** An item's card: the first line of its actions, lead and deadline, status and due chips. */
export function itemCard(
  code: string,
  item: ItemView,
  go: Go,
  showCode = false,
): HTMLButtonElement {
  const status = item.fields[STATUS_AT] ?? '';
  const title = itemTitle(item);
  return h(
    'button',
    {
      type: 'button',
      class: `card${item.due ? ` due-${item.due}` : ''}`,
      'data-item': item.id || `row-${item.row}`,
      onclick: () => go({ kind: 'item', code, item }),
    },
    showCode && item.code ? h('span', { class: 'meta code' }, T.criterion(item.code)) : null,
    h('span', { class: 'title' }, title || T.editItem(item.id)),
    h(
      'span',
      { class: 'meta' },
      [item.fields[LEAD_AT], deadlineOf(item)].filter(Boolean).join(' · '),
    ),
    h(
      'span',
      { class: 'chips' },
      status ? h('span', { class: `chip s-${statusKey(status)}` }, status) : null,
      item.due && item.daysLeft !== null
        ? h(
            'span',
            { class: `chip due ${item.due}` },
            item.due === 'overdue' ? T.due.overdue(-item.daysLeft) : T.due.soon(item.daysLeft),
          )
        : null,
      item.mine ? h('span', { class: 'chip mine' }, T.due.mine) : null,
    ),
  );
}

function deadlineOf(item: ItemView): string {
  const { catalog, info } = data();
  const check = checkItem(viewInput(item), catalog, info);
  return check.deadline ? T.deadline(formatDmy(check.deadline)) : T.noDeadline;
}

/** The status's key (chua, dang…) for the chip's colour; x for a label the add-on does not know. */
function statusKey(label: string): string {
  const entry = Object.entries(STATUS_LABEL).find(([, l]) => l === label);
  return entry ? entry[0] : 'x';
}
