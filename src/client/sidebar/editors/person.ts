/** The person editor: one row of `Nhân sự`, new or loaded; a save returns the whole roster. */
import { deletePerson, savePerson } from '../api';
import { checkPerson, PERSON_FIELDS } from '../core';
import { h, heading, option } from '../dom';
import type { PersonInput, PersonView } from '../protocol';
import { setLeaveCheck, storeRoster, type Go } from '../state';
import { failure, say } from '../status';
import { T } from '../strings';
import { askDelete, askLeave, confirmBar } from './confirm';
import { fieldBlock, markErrors, readForm, type Control, type Field } from './fields';
import { backBar, formFooter, submitButton, submitChecked } from './form';
import { conflictBox, conflictPanel, refused } from './refusal';

const LABELS: Readonly<Record<keyof PersonInput, string>> = {
  name: T.roster.name,
  position: T.roster.position,
  roles: T.roster.roles,
  email: T.roster.email,
  remind: T.roster.remind,
};

export function personEditor(start: PersonView | null, go: Go): Node {
  /** The row the next save overwrites; null adds a new row. */
  let person = start;
  const fields = {} as Record<keyof PersonInput, Field>;
  const form = h('form', { class: 'editor', novalidate: true });
  const conflictAt = conflictBox();
  const confirm = confirmBar();
  for (const f of PERSON_FIELDS) {
    const { block, field } = fieldBlock(`p-${f}`, LABELS[f], personControl(f, start), {
      required: f === 'name',
      hint: f === 'roles' ? T.roster.rolesHint : undefined,
    });
    fields[f] = field;
    form.append(block);
  }
  const read = (): PersonInput => readForm(fields, PERSON_FIELDS);
  const baseline = JSON.stringify(read());
  const showErrors = (
    errors: { field: keyof PersonInput; message: string }[],
    focus = true,
  ): void => {
    const first = markErrors(fields, PERSON_FIELDS, errors);
    if (focus) first?.focus();
  };
  const back = (): void => go({ kind: 'roster' });
  setLeaveCheck(
    () =>
      JSON.stringify(read()) === baseline ||
      askLeave(confirm, T.unsavedPerson(start?.name || T.roster.newPerson), () => {
        setLeaveCheck(null);
        back();
      }),
  );
  const conflict = (message: string, current: PersonView | null): void =>
    conflictPanel(conflictAt, message, current, {
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
    storeRoster(roster);
    setLeaveCheck(null);
    go({ kind: 'roster' });
    say(message);
  };
  submitChecked(form, read, checkPerson, showErrors, (input) => {
    savePerson({ row: person?.row ?? 0, version: person?.version ?? '', input })
      .then((res) => (res.ok ? done(res.roster, res.message) : refused(res, conflict, showErrors)))
      .catch(failure);
  });
  const remove = (): void =>
    askDelete(confirm, T.confirmDeletePerson(person?.name ?? ''), () => {
      if (!person) return;
      const name = person.name;
      deletePerson({ row: person.row, version: person.version })
        .then((res) => (res.ok ? done(res.roster, T.deletedPerson(name)) : refused(res, conflict)))
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
    conflictAt,
    confirm,
    form,
  );
}

/** Reminders on or off is a Có/Không select (a new person gets them); the rest is text. */
function personControl(f: keyof PersonInput, start: PersonView | null): Control {
  const value = start ? start[f] : f === 'remind' ? T.roster.yes : '';
  return f === 'remind'
    ? h(
        'select',
        null,
        option(T.roster.yes, T.roster.yes, value !== T.roster.no),
        option(T.roster.no, T.roster.no, value === T.roster.no),
      )
    : h('input', { type: f === 'email' ? 'email' : 'text', value, autocomplete: 'off' });
}
