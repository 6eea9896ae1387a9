/**
 * The item editor's form: one control per field of the plan's row, grouped in sections, checked
 * as it is typed with the server's own check (errors show once a field is left or changed).
 */
import {
  allowedLevels,
  checkItem,
  clip,
  ITEM_INPUT_FIELDS,
  LEVEL_LABEL,
  type ItemCheck,
  type ItemInputField,
} from '../core';
import { h, option } from '../dom';
import { criteria } from '../plan';
import type { ItemInput } from '../protocol';
import { data } from '../state';
import { settle } from '../status';
import { FIELD_LABEL, STATUS_LABEL, T } from '../strings';
import { fieldBlock, markErrors, readForm, type Control, type Field } from './fields';
import { showLive } from './item-live';
import { ownerPicker } from './owner-picker';

const TEXTAREAS: ReadonlySet<ItemInputField> = new Set<ItemInputField>([
  'weakness',
  'target',
  'actions',
  'support',
  'evidence',
  'notes',
]);
const REQUIRED: ReadonlySet<ItemInputField> = new Set<ItemInputField>([
  'criterion',
  'actions',
  'lead',
]);
const HINTS: Readonly<Partial<Record<ItemInputField, string>>> = {
  lead: T.hint.lead,
  partners: T.hint.lead,
  period: T.hint.period,
  start: T.hint.date,
  deadline: T.hint.deadline,
  budget: T.hint.budget,
  evidence: T.hint.evidence,
};
/** The section each field opens. */
const SECTIONS: Readonly<Partial<Record<ItemInputField, string>>> = {
  criterion: T.sections.content,
  lead: T.sections.owners,
  period: T.sections.time,
  budget: T.sections.budget,
  evidence: T.sections.follow,
};

export interface ItemForm {
  form: HTMLFormElement;
  fields: Record<ItemInputField, Field>;
  /** The fields whose errors show: left or changed, and all of them once a save is tried. */
  touched: Set<ItemInputField>;
  read(): ItemInput;
  /** Puts `input` in the controls (a select gains an option for a value it does not offer). */
  fill(input: ItemInput): void;
  /** Checks what is typed: the live lines, and the errors of the touched fields. */
  refresh(): ItemCheck;
}

export function itemForm(initial: ItemInput): ItemForm {
  const form = h('form', { class: 'editor', novalidate: true });
  const fields = {} as Record<ItemInputField, Field>;
  const touched = new Set<ItemInputField>();
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
    const { catalog, info } = data();
    const check = checkItem(input, catalog, info);
    showLive(fields, input, check);
    markErrors(
      fields,
      ITEM_INPUT_FIELDS,
      check.errors.filter((e) => touched.has(e.field)),
    );
    // A "còn N lỗi" line from the last save follows the fixes, and goes with the last error.
    settle('errors', check.errors.length ? T.errorsLeft(check.errors.length) : '');
    return check;
  };
  const touch = (f: ItemInputField): void => {
    touched.add(f);
    refresh();
  };

  for (const f of ITEM_INPUT_FIELDS) {
    const control = itemControl(f, initial[f]);
    const picker =
      f === 'lead' || f === 'partners'
        ? ownerPicker(
            () => fields[f].control,
            () => touch(f),
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
    control.addEventListener('change', () => touch(f));
    control.addEventListener('blur', () => touch(f));
    form.append(block);
  }
  form.append(
    h('datalist', { id: 'funding' }, ...T.fundingSources.map((s) => h('option', { value: s }))),
  );
  return { form, fields, touched, read, fill, refresh };
}

/** Closed vocabularies get a select (keeping a value it does not offer); long texts a textarea. */
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
    const { catalog } = data();
    const labels =
      f === 'status'
        ? Object.values(STATUS_LABEL)
        : (catalog
            ? allowedLevels(catalog)
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
