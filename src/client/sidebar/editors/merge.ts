/**
 * When a save meets someone else's: what only they changed is taken into the form at once
 * (and named), and each field both changed differently is shown side by side, both texts
 * readable and copyable, with one button for each. Nothing either person typed goes until the
 * person has chosen, field by field; until then the save asks for the choices.
 */
import { h, put } from '../dom';
import type { FieldConflict } from '../protocol';
import { T } from '../strings';

export interface Merge<F extends string> {
  /** The conflicting fields not chosen yet. */
  open(): F[];
  /** What was chosen, for the message after the save. */
  summary(): string;
}

/**
 * Takes into the form (`set`) each field only the other changed since `base`; returns their
 * labels (what the person is told was merged in).
 */
export function takeTheirs<F extends string>(
  keys: readonly F[],
  base: Record<F, string>,
  mine: Record<F, string>,
  theirs: Record<F, string>,
  set: (f: F, value: string) => void,
  label: (f: F) => string,
): string[] {
  const took: string[] = [];
  for (const f of keys)
    if (mine[f] === base[f] && theirs[f] !== base[f]) {
      set(f, theirs[f]);
      took.push(label(f));
    }
  return took;
}

/** Fills `box` with the message, what was merged in, and one block per conflicting field. */
export function mergePanel<F extends string>(
  box: HTMLElement,
  message: string,
  took: string[],
  conflicts: FieldConflict<F>[],
  set: (f: F, value: string) => void,
  label: (f: F) => string,
): Merge<F> {
  const chosen = new Map<F, 'mine' | 'theirs'>();
  box.replaceChildren(h('p', { class: 'bad' }, conflicts.length ? message : T.merge.noClash));
  if (took.length) put(box, h('p', { class: 'took' }, T.merge.took(took.join(', '))));
  if (conflicts.length) put(box, h('p', null, T.merge.choose));
  for (const c of conflicts) {
    const state = h('p', { class: 'chosen' }, T.merge.notChosen);
    const side = (who: 'theirs' | 'mine', text: string, button: string): HTMLElement => {
      const pick = h(
        'button',
        {
          type: 'button',
          'aria-pressed': 'false',
          onclick: () => {
            chosen.set(c.field, who);
            set(c.field, text);
            for (const b of block.querySelectorAll('button[aria-pressed]'))
              b.setAttribute('aria-pressed', String(b === pick));
            state.textContent = who === 'mine' ? T.merge.choseMine : T.merge.choseTheirs;
          },
        },
        button,
      );
      return h(
        'div',
        { class: `side ${who}` },
        h('span', { class: 'who' }, who === 'mine' ? T.mine : T.theirs),
        h('textarea', {
          readonly: true,
          rows: Math.min(6, Math.max(2, text.split('\n').length)),
          'aria-label': `${label(c.field)} – ${who === 'mine' ? T.mine : T.theirs}`,
          value: text || T.empty,
        }),
        pick,
      );
    };
    const block = h(
      'div',
      { class: 'clash', 'data-field': c.field },
      h('h4', null, label(c.field)),
      h(
        'div',
        { class: 'sides' },
        side('theirs', c.theirs, T.merge.useTheirs),
        side('mine', c.mine, T.merge.useMine),
      ),
      state,
    );
    box.append(block);
  }
  box.hidden = false;
  box.setAttribute('tabindex', '-1');
  box.focus();
  return {
    open: () => conflicts.map((c) => c.field).filter((f) => !chosen.has(f)),
    summary: () =>
      conflicts
        .map((c) =>
          T.merge.kept(label(c.field), chosen.get(c.field) === 'mine' ? T.mine : T.theirs),
        )
        .join(' '),
  };
}

/** The first open field's buttons get the focus, with the message asking for the choices. */
export function focusOpen<F extends string>(box: HTMLElement, open: F[]): void {
  box
    .querySelector<HTMLButtonElement>(`.clash[data-field="${open[0] ?? ''}"] .side.theirs button`)
    ?.focus();
}
