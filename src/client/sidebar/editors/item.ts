/**
 * The item editor: one row of `Kế hoạch`, new or loaded. A save sends the form and the values
 * it was loaded with, so the server merges field by field: what only the other person changed
 * is kept and named; a field both changed is shown side by side (editors/merge.ts) and waits
 * for the person's choice. A refusal keeps what is typed. Leaving with unsaved changes asks.
 */
import { ITEM_INPUT_FIELDS, LEVEL_LABEL, viewInput, type ItemInputField } from '../core';
import { h, heading } from '../dom';
import { deleteItem, saveItem } from '../api';
import { coverage, entryOf, itemName } from '../plan';
import type { CoverageMap, FieldConflict, ItemInput, ItemView } from '../protocol';
import { addDeleted, busy, setLeaveCheck, storeItem, type Go } from '../state';
import { failure, say } from '../status';
import { FIELD_LABEL, STATUS_LABEL, T } from '../strings';
import { askDelete, askLeave, confirmBar } from './confirm';
import { backBar, formFooter, submitButton } from './form';
import { itemForm, type ItemForm } from './item-form';
import { focusOpen, mergePanel, takeTheirs, type Merge } from './merge';
import { conflictBox, refused } from './refusal';

/** One open editor: where it came from, what it will overwrite, and its parts. */
interface Editing {
  /** The criterion the editor was opened from ('' for the unassigned items). */
  code: string;
  /** The item as opened, as it sits in the loaded list. */
  start: ItemView | null;
  /** The row the next save merges into; null adds a new row. */
  item: ItemView | null;
  /** The values the save merges against: as loaded, or as the sheet held them at a conflict. */
  base: ItemInput | undefined;
  /** The form as last loaded or saved (JSON): leaving asks when what is typed differs. */
  baseline: string;
  /** The conflict being resolved, if any. */
  merge: Merge<ItemInputField> | null;
  form: ItemForm;
  conflict: HTMLElement;
  saveButton: HTMLButtonElement;
  go: Go;
}

const label = (f: ItemInputField): string => FIELD_LABEL[f] ?? f;

export function itemEditor(code: string, start: ItemView | null, go: Go): Node {
  const initial = viewInput(start);
  if (!start) {
    initial.criterion = code;
    const level = coverage(code).level;
    if (level) initial.selfAssessment = LEVEL_LABEL[level];
    initial.status = STATUS_LABEL.chua;
  }
  const ed: Editing = {
    code,
    start,
    item: start,
    base: start ? viewInput(start) : undefined,
    baseline: JSON.stringify(initial),
    merge: null,
    form: itemForm(initial),
    conflict: conflictBox(),
    saveButton: submitButton(T.save),
    go,
  };
  const { form, read, fields } = ed.form;
  const confirm = confirmBar();
  setLeaveCheck(
    () =>
      JSON.stringify(read()) === ed.baseline ||
      askLeave(
        confirm,
        T.unsavedItem(start ? itemName(start) : T.newItem),
        () => {
          ed.baseline = JSON.stringify(read());
          back(ed);
        },
        () => fields.actions.control.focus(),
      ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!busy()) submit(ed);
  });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  const remove = (): void =>
    askDelete(confirm, T.confirmDelete(itemName(ed.item ?? start)), () => removeItem(ed));
  form.append(
    formFooter(ed.saveButton, { onCancel: () => back(ed), onDelete: start ? remove : null }),
  );
  const entry = entryOf(code);
  const node = h(
    'div',
    null,
    backBar(`‹ ${code ? T.criterion(code) : T.unassigned}`, () => back(ed)),
    heading(start ? T.editItem(start.id) : T.newItem),
    code ? h('p', { class: 'official' }, `${T.criterion(code)}: ${entry.name}`) : null,
    start?.updated ? h('p', { class: 'muted' }, T.updatedAt(start.updated)) : null,
    ed.conflict,
    confirm,
    form,
  );
  queueMicrotask(() => ed.form.refresh());
  return node;
}

/** The criterion's list, the item's card focused (an unassigned item's new criterion, if any). */
function back(ed: Editing): void {
  const { code, item } = ed;
  ed.go(
    code === '' && item?.code
      ? { kind: 'criterion', code: item.code }
      : { kind: 'criterion', code },
    item ? `[data-item="${item.id || `row-${item.row}`}"]` : undefined,
  );
}

/** Every field checked, every conflict chosen; then one call saves the form into `ed.item`. */
function submit(ed: Editing): void {
  const { fields, touched, refresh, read } = ed.form;
  const open = ed.merge?.open() ?? [];
  if (open.length) {
    say(T.merge.chooseFirst(open.map(label).join(', ')), true);
    return focusOpen(ed.conflict, open);
  }
  ITEM_INPUT_FIELDS.forEach((f) => touched.add(f));
  const check = refresh();
  if (check.errors.length) {
    say(T.errorsLeft(check.errors.length), true, 'errors');
    const first = check.errors[0];
    if (first) fields[first.field].control.focus();
    return;
  }
  const { item, base } = ed;
  const chose = ed.merge?.summary() ?? '';
  saveItem({
    id: item?.id ?? '',
    row: item?.row ?? 0,
    version: item?.version ?? '',
    input: read(),
    base,
  })
    .then((res) => {
      if (res.ok) {
        const took = res.merged.map(label);
        const message = [res.message, took.length ? T.merge.mergedIn(took.join(', ')) : '', chose];
        return afterSave(ed, res.item, res.coverage, message.filter(Boolean).join(' '));
      }
      if (res.kind === 'conflict') return showConflict(ed, res.message, res.current, res.conflicts);
      refused(res, (errors) => {
        for (const err of errors)
          if (fields[err.field]) fields[err.field].error.textContent = err.message;
        const first = errors[0];
        if (first && fields[first.field]) fields[first.field].control.focus();
      });
    })
    .catch(failure);
}

function removeItem(ed: Editing): void {
  const { item } = ed;
  if (!item) return;
  deleteItem({ id: item.id, row: item.row, version: item.version })
    .then((res) => {
      if (!res.ok)
        return res.kind === 'conflict'
          ? showConflict(ed, res.message, res.current, res.conflicts)
          : refused(res);
      addDeleted(res.deleted);
      afterSave(ed, null, res.coverage, T.deletedItem(itemName(item)));
    })
    .catch(failure);
}

/** The loaded plan follows the save; back to the criterion, the saved card focused. */
function afterSave(
  ed: Editing,
  saved: ItemView | null,
  coverageMap: CoverageMap,
  message: string,
): void {
  storeItem(ed.start, saved, coverageMap);
  ed.baseline = JSON.stringify(ed.form.read());
  setLeaveCheck(null);
  ed.go(
    { kind: 'criterion', code: saved ? saved.code : ed.code },
    saved ? `[data-item="${saved.id || `row-${saved.row}`}"]` : undefined,
  );
  say(message);
}

/**
 * Someone saved this item since it was opened. The form takes what only they changed, keeps
 * what only this person changed, and shows the fields both changed for a choice; the next
 * save merges against the sheet's version. A deleted item can be saved as a new one.
 */
function showConflict(
  ed: Editing,
  message: string,
  current: ItemView | null,
  conflicts: FieldConflict<ItemInputField>[],
): void {
  say(message, true);
  const { read, fill, refresh } = ed.form;
  const set = (f: ItemInputField, value: string): void => {
    fill({ ...read(), [f]: value });
    refresh();
  };
  if (!current) {
    ed.merge = null;
    ed.conflict.replaceChildren(
      h('p', { class: 'bad' }, message),
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            ed.conflict.hidden = true;
            ed.item = null;
            ed.base = undefined;
            say(T.saveAsNewHint);
            ed.saveButton.focus();
          },
        },
        T.saveAsNew,
      ),
    );
    ed.conflict.hidden = false;
    return;
  }
  const theirs = viewInput(current);
  const clash = new Set(conflicts.map((c) => c.field));
  const fresh = ITEM_INPUT_FIELDS.filter((f) => !clash.has(f));
  const took = ed.base ? takeTheirs(fresh, ed.base, read(), theirs, set, label) : [];
  ed.item = current;
  ed.base = theirs;
  ed.merge = mergePanel(ed.conflict, message, took, conflicts, set, label);
  if (!conflicts.length) say(T.merge.noClash);
}
