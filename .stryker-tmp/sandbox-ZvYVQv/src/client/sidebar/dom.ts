/**
 * DOM helpers: elements and text nodes only, never HTML parsed from a string, so every user
 * text is shown as text (lint forbids innerHTML and its kin in src/client).
 */
// @ts-nocheck


export type Kid = Node | string | null | undefined | false;
export type Attrs = Record<
  string,
  string | number | boolean | null | undefined | ((e: Event) => void)
>;

/**
 * An element: `on…` attributes given a function become listeners, `value` is set as the
 * control's value (after the children, so a select finds its option), true is an empty
 * attribute, and false, null and undefined leave the attribute out.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
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
export function put(parent: HTMLElement, ...kids: Kid[]): void {
  for (const kid of kids)
    if (kid !== null && kid !== undefined && kid !== false) parent.append(kid);
}

/** An element of Sidebar.html, which always has it. */
export const byId = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;

export function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  const o = h('option', { value }, label);
  o.selected = selected;
  return o;
}

/** A view's title; focusable, so a new view moves the focus (and screen readers) to it. */
export function heading(text: string): HTMLHeadingElement {
  return h('h2', { tabindex: -1 }, text);
}
