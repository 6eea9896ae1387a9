/**
 * The import dialog: a link, the preview of what would be written, confirm, the check's
 * counts, and undo of the whole import. Three server calls: preview, import, undo. Every
 * text from the Doc is shown as text (elements and text nodes only).
 */
import { IMPORT_DIALOG as T } from '../../core/messages';
import { h, put, type Kid } from '../sidebar/dom';

interface Preview {
  items: { standard: string }[];
  info: Record<string, string>;
  issues: { message: string }[];
  stats: {
    rowsPerStandard: Record<string, number>;
    columns: { recognised: { header: string }[]; ignored: string[] };
    criteriaGuessed: number;
    periodsNotUnderstood: { text: string }[];
    ownersUnmatched: string[];
  };
}
interface Imported {
  added: number;
  infoFilled: string[];
  check: { errors: number; warnings: number };
  message: string;
}
interface Undone {
  message: string;
}

interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: unknown) => void): Runner;
  [name: string]: unknown;
}
declare const google: { script: { run: Runner; host: { close(): void } } };

function call<T>(name: string, arg: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((v) => resolve(v as T))
      .withFailureHandler(reject);
    (runner[name] as (a: string) => void)(arg);
  });
}

const main = document.getElementById('main') as HTMLElement;
const input = h('input', { type: 'text', id: 'link', placeholder: T.placeholder });
const status = h('p', { id: 'status', role: 'status' });
const result = h('div', { id: 'result' });

function say(text: string, cls = ''): void {
  status.className = cls;
  status.textContent = text;
}

function list(title: string, lines: string[]): Kid[] {
  return [
    h('h3', null, title),
    lines.length
      ? h('ul', null, ...lines.map((l) => h('li', null, l)))
      : h('p', { class: 'muted' }, T.none),
  ];
}

function button(id: string, text: string, onclick: () => void): HTMLButtonElement {
  return h('button', { type: 'button', id, onclick }, text);
}

async function run<T>(busy: string, work: () => Promise<T>): Promise<T | null> {
  say(busy, 'muted');
  for (const b of main.querySelectorAll('button')) b.disabled = true;
  try {
    return await work();
  } catch (err) {
    say(err instanceof Error ? err.message : String(err), 'err');
    return null;
  } finally {
    for (const b of main.querySelectorAll('button')) b.disabled = false;
  }
}

async function preview(): Promise<void> {
  const link = input.value;
  const p = await run(T.reading, () => call<Preview>('previewImportFromDoc', link));
  if (!p) return;
  say(T.rows(p.items.length), p.items.length ? 'ok' : 'err');
  const s = p.stats;
  result.replaceChildren();
  put(
    result,
    ...list(
      T.perStandard,
      Object.entries(s.rowsPerStandard).map(([k, n]) => `${T.standard(k)}: ${n}`),
    ),
    ...list(
      T.recognised,
      s.columns.recognised.map((c) => c.header),
    ),
    ...list(T.ignored, s.columns.ignored),
    h('p', null, T.guessed(s.criteriaGuessed)),
    ...list(T.unmatched, s.ownersUnmatched),
    ...list(
      T.periods,
      s.periodsNotUnderstood.map((x) => x.text),
    ),
    ...list(
      T.info,
      Object.entries(p.info).map(([k, v]) => `${k}: ${v}`),
    ),
    ...list(
      T.issues,
      p.issues.map((i) => i.message),
    ),
    p.items.length ? button('confirm', T.confirm, () => void confirm(link)) : null,
  );
}

async function confirm(link: string): Promise<void> {
  const r = await run(T.writing, () => call<Imported>('importPlanFromDoc', link));
  if (!r) return;
  result.replaceChildren(
    h('p', { class: r.message ? 'err' : 'ok' }, r.message || T.added(r.added, r.infoFilled.length)),
    h('p', { id: 'check' }, T.checked(r.check.errors, r.check.warnings)),
    button('undo', T.undo, () => void undo(link)),
  );
  say('');
}

async function undo(link: string): Promise<void> {
  const r = await run(T.writing, () => call<Undone>('undoImportFromDoc', link));
  if (r) say(r.message, 'ok');
}

put(
  main,
  h('p', null, T.prompt),
  input,
  button('preview', T.preview, () => void preview()),
  button('close', T.close, () => google.script.host.close()),
  status,
  result,
);
