/**
 * The item editor: one row of `Kế hoạch`, new or loaded. A save sends the whole form (checked
 * first as the server will); a refusal keeps what is typed and shows why; a conflict shows the
 * sheet's version beside the form. Leaving with unsaved changes asks first.
 */
import { ITEM_INPUT_FIELDS, LEVEL_LABEL, viewInput } from '../core';
import { h, heading } from '../dom';
import { deleteItem, saveItem } from '../api';
import { coverage, entryOf, itemName } from '../plan';
import type { CoverageMap, ItemView } from '../protocol';
import { busy, setLeaveCheck, storeItem, type Go } from '../state';
import { failure, say } from '../status';
import { STATUS_LABEL, T } from '../strings';
import { askDelete, askLeave, confirmBar } from './confirm';
import { backBar, formFooter, submitButton } from './form';
import { itemDiff } from './item-diff';
import { itemForm, type ItemForm } from './item-form';
import { conflictBox, conflictPanel, refused } from './refusal';

/** One open editor: where it came from, what it will overwrite, and its parts. */
interface Editing {
  /** The criterion the editor was opened from ('' for the unassigned items). */
  code: string;
  /** The item as opened, as it sits in the loaded list. */
  start: ItemView | null;
  /** The row the next save overwrites; null adds a new row. */
  item: ItemView | null;
  /** The form as last loaded or saved (JSON): leaving asks when what is typed differs. */
  baseline: string;
  form: ItemForm;
  conflict: HTMLElement;
  saveButton: HTMLButtonElement;
  go: Go;
}

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
    baseline: JSON.stringify(initial),
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

/** Every field checked; with no error, one call saves the form over `ed.item`. */
function submit(ed: Editing): void {
  const { fields, touched, refresh, read } = ed.form;
  ITEM_INPUT_FIELDS.forEach((f) => touched.add(f));
  const check = refresh();
  if (check.errors.length) {
    say(T.errorsLeft(check.errors.length), true, 'errors');
    const first = check.errors[0];
    if (first) fields[first.field].control.focus();
    return;
  }
  const { item } = ed;
  const conflict = (message: string, current: ItemView | null): void =>
    showConflict(ed, message, current);
  saveItem({ id: item?.id ?? '', row: item?.row ?? 0, version: item?.version ?? '', input: read() })
    .then((res) => {
      if (res.ok) return afterSave(ed, res.item, res.coverage, res.message);
      if (res.kind === 'conflict') return (say(''), conflict(res.message, res.current));
      refused(res, conflict, (errors) => {
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
  const conflict = (message: string, current: ItemView | null): void =>
    showConflict(ed, message, current);
  deleteItem({ id: item.id, row: item.row, version: item.version })
    .then((res) =>
      res.ok
        ? afterSave(ed, null, res.coverage, T.deletedItem(itemName(item)))
        : refused(res, conflict),
    )
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

/** The sheet's version beside what is typed; the user takes it or keeps theirs. */
function showConflict(ed: Editing, message: string, current: ItemView | null): void {
  const { read, fill, refresh } = ed.form;
  const mine = read();
  conflictPanel(ed.conflict, message, current, {
    theirs: (cur) => [
      itemDiff(mine, viewInput(cur)),
      cur.updated ? h('p', { class: 'muted' }, T.updatedAt(cur.updated)) : null,
    ],
    useTheirs: (cur) => {
      const theirs = viewInput(cur);
      ed.item = cur;
      fill(theirs);
      ed.baseline = JSON.stringify(theirs);
      refresh();
      say('');
    },
    keepMine: (to) => {
      ed.item = to;
      ed.saveButton.focus();
    },
  });
  ed.conflict.setAttribute('tabindex', '-1');
  ed.conflict.focus();
}
