/** Under the lead and partners fields: role codes and roster names to add with one click. */
// @ts-nocheck

import { h, put } from '../dom';
import { data } from '../state';
import { T } from '../strings';
import type { Control } from './fields';

/** The codes offered first; any other code can be typed. */
const ROLES: readonly string[] = ['BGH', 'HT', 'PHT', 'TTCM', 'GV', 'NV', 'KT'];

/** A toggle and its panel; a click adds the token to `control()` unless it is there already. */
export function ownerPicker(control: () => Control, refresh: () => void): Node {
  const { roster } = data();
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
  put(
    panel,
    h('p', { class: 'muted' }, T.pickRoles),
    h(
      'div',
      { class: 'chips' },
      ...ROLES.map((r) =>
        h('button', { type: 'button', class: 'chip-btn', onclick: () => add(r) }, r),
      ),
    ),
    roster.length ? h('p', { class: 'muted' }, T.pickPeople) : null,
    h(
      'div',
      { class: 'chips' },
      ...roster.map((p) =>
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
