/** The editor's frame: the link back, the submit button, the footer, and checking before sending. */
import { h } from '../dom';
import { busy } from '../state';
import { say, settle } from '../status';
import { T } from '../strings';

/** The link back above an editor. */
export function backBar(label: string, back: () => void): HTMLElement {
  return h(
    'div',
    { class: 'bar' },
    h('button', { type: 'button', class: 'link', onclick: back }, label),
  );
}

/** The submit button; showBusy shows T.saving on it during a call, then data-submit again. */
export function submitButton(label: string): HTMLButtonElement {
  return h('button', { type: 'submit', class: 'primary', 'data-submit': label }, label);
}

/** The form's last row: submit, then Cancel and Delete where the editor has them. */
export function formFooter(
  submit: HTMLButtonElement,
  { onCancel, onDelete }: { onCancel?: () => void; onDelete?: (() => void) | null } = {},
): HTMLElement {
  return h(
    'div',
    { class: 'footer' },
    submit,
    onCancel && h('button', { type: 'button', onclick: onCancel }, T.cancel),
    onDelete && h('button', { type: 'button', class: 'danger', onclick: onDelete }, T.delete),
  );
}

/**
 * On submit (unless a call is under way): checks what is typed as the server will, shows the
 * errors (with their count) or, when there is none, sends it. Once a submit found errors, each
 * change checks again, so the marks and the count follow the fixes (and go when none is left).
 */
export function submitChecked<V, K extends string>(
  form: HTMLFormElement,
  read: () => V,
  check: (values: V) => { errors: { field: K; message: string }[] },
  showErrors: (errors: { field: K; message: string }[], focus: boolean) => void,
  send: (values: V) => void,
): void {
  let tried = false;
  form.addEventListener('input', () => {
    if (!tried) return;
    const { errors } = check(read());
    showErrors(errors, false);
    settle('errors', errors.length ? T.errorsLeft(errors.length) : '');
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (busy()) return;
    tried = true;
    const values = read();
    const { errors } = check(values);
    showErrors(errors, true);
    if (errors.length) return say(T.errorsLeft(errors.length), true, 'errors');
    send(values);
  });
}
