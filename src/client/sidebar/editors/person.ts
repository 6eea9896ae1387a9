/** The person editor: one row of `Nhân sự`, new or loaded; a save returns the whole roster. */
import { deletePerson, savePerson } from '../api';
import { checkPerson, PERSON_FIELDS } from '../core';
import { h, heading, option } from '../dom';
import type {
  FieldConflict,
  PersonDeleteResult,
  PersonInput,
  PersonSaveResult,
  PersonView,
} from '../protocol';
import { setLeaveCheck, storeRoster, type Go } from '../state';
import { failure, say } from '../status';
import { T } from '../strings';
import { askDelete, askLeave, confirmBar } from './confirm';
import { fieldBlock, markErrors, readForm, type Control, type Field } from './fields';
import { backBar, formFooter, submitButton, submitChecked } from './form';
import { focusOpen, mergePanel, takeTheirs, type Merge } from './merge';
import { conflictBox } from './refusal';

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
  /** The values the next save merges against. */
  let base: PersonInput | undefined = start ? pick(start) : undefined;
  let merge: Merge<keyof PersonInput> | null = null;
  const label = (f: keyof PersonInput): string => LABELS[f];
  const set = (f: keyof PersonInput, value: string): void => {
    fields[f].control.value = value;
  };
  const conflict = (
    message: string,
    current: PersonView | null,
    conflicts: FieldConflict<keyof PersonInput>[],
  ): void => {
    if (!current) {
      // Deleted meanwhile: the next save adds the person again, with what is typed.
      person = null;
      base = undefined;
      merge = null;
      conflictAt.replaceChildren(h('p', { class: 'bad' }, message));
      conflictAt.hidden = false;
      return;
    }
    const theirs = pick(current);
    const clash = new Set(conflicts.map((c) => c.field));
    const fresh = PERSON_FIELDS.filter((f) => !clash.has(f));
    const took = base ? takeTheirs(fresh, base, read(), theirs, set, label) : [];
    person = current;
    base = theirs;
    merge = mergePanel(conflictAt, message, took, conflicts, set, label);
  };
  const refusedWith = (res: Exclude<PersonSaveResult | PersonDeleteResult, { ok: true }>): void => {
    say(res.message, true);
    if (res.kind === 'conflict') conflict(res.message, res.current, res.conflicts);
    if (res.kind === 'invalid') showErrors(res.errors);
  };
  const done = (roster: PersonView[], message: string): void => {
    storeRoster(roster);
    setLeaveCheck(null);
    go({ kind: 'roster' });
    say(message);
  };
  submitChecked(form, read, checkPerson, showErrors, (input) => {
    const open = merge?.open() ?? [];
    if (open.length) {
      say(T.merge.chooseFirst(open.map(label).join(', ')), true);
      return focusOpen(conflictAt, open);
    }
    const chose = merge?.summary() ?? '';
    savePerson({ row: person?.row ?? 0, version: person?.version ?? '', input, base })
      .then((res) => {
        if (!res.ok) return refusedWith(res);
        const took = res.merged.map(label);
        const message = [res.message, took.length ? T.merge.mergedIn(took.join(', ')) : '', chose];
        done(res.roster, message.filter(Boolean).join(' '));
      })
      .catch(failure);
  });
  const remove = (): void =>
    askDelete(confirm, T.confirmDeletePerson(person?.name ?? ''), () => {
      if (!person) return;
      const name = person.name;
      deletePerson({ row: person.row, version: person.version })
        .then((res) => (res.ok ? done(res.roster, T.deletedPerson(name)) : refusedWith(res)))
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

const pick = (p: PersonView): PersonInput => ({
  name: p.name,
  position: p.position,
  roles: p.roles,
  email: p.email,
  remind: p.remind,
});
