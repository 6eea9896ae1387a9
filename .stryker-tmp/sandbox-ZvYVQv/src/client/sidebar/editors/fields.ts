/** A form field's block (label, hint, control, error and live lines), and reading and marking fields. */
// @ts-nocheck

import { h } from '../dom';
import { T } from '../strings';

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A field's control and the two lines under it: its errors and what the page read in it. */
export interface Field {
  control: Control;
  error: HTMLElement;
  live: HTMLElement;
}

/** The block of field `key`; the control is described by its error, live and hint lines. */
export function fieldBlock(
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

/** What the form's fields hold, by key. */
export function readForm<K extends string>(
  fields: Record<K, Field>,
  keys: readonly K[],
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of keys) out[k] = fields[k].control.value;
  return out;
}

/** Writes each field's errors under it and its aria-invalid; returns the first field in error. */
export function markErrors<K extends string>(
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
