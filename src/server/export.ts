/**
 * Export to Google Docs (menu `Kế hoạch CTCL` → export): reads the sheets once, builds the
 * document model of the plan's template, and writes it into the spreadsheet's shared Doc (or
 * a new one), then shows the link with the number of check errors still open. Never refuses
 * a plan because of check errors; never overwrites a Doc edited by hand since its export.
 *
 * One shared Doc per spreadsheet: its id, the fingerprint of the text exported into it and
 * who exported it live in a document property, which every editor shares.
 */
import { buildPlanDocument } from '../core/export/build';
import { chooseTemplate } from '../core/export/choose';
import { planTemplateFill } from '../core/export/custom';
import { todayIso } from '../core/parse/dates';
import { EXPORT } from '../core/messages';
import { buildPlan } from '../core/plan/read';
import { checkSheets } from '../core/check/check';
import { escapeHtml, HTML_HEAD } from '../core/parse/text';
import {
  createDocument,
  readTemplate,
  documentFingerprint,
  replaceDocument,
  writeTemplate,
  type Written,
} from './docs';
import {
  currentUser,
  documentProperties,
  errorText,
  guard,
  showHtmlDialog,
  UserError,
} from './platform';
import { activeSpreadsheet, readPlanSheets } from './sheets';

/** Document property: the shared Doc, as JSON `SharedDoc`. */
const SHARED_DOC_KEY = 'exportDoc';
/** Before fingerprints: only the id (such a Doc is never overwritten: it may be edited). */
const LEGACY_DOC_KEY = 'exportDocId';

interface SharedDoc {
  id: string;
  fingerprint: string;
  /** Who exported it ('' when Apps Script does not tell). */
  by: string;
}

interface ExportResult {
  id: string;
  url: string;
}

/** Builds the plan's Doc into the shared one when safe; returns `{ id, url }`. */
export function exportPlanToDoc(): ExportResult {
  return guard(() => runExport(false));
}

/** Same, into a new Doc that becomes the shared one (the previous one is kept as it is). */
export function exportPlanToNewDoc(): ExportResult {
  return guard(() => runExport(true));
}

/** What happened to the previous Doc, for the dialog. */
type Outcome = 'created' | 'replaced' | 'newCopy' | 'edited' | 'gone' | 'noAccess';

function readShared(properties: GoogleAppsScript.Properties.Properties): SharedDoc | null {
  const raw = properties.getProperty(SHARED_DOC_KEY);
  if (raw) {
    try {
      const v = JSON.parse(raw) as Partial<SharedDoc>;
      if (typeof v.id === 'string' && v.id)
        return { id: v.id, fingerprint: String(v.fingerprint ?? ''), by: String(v.by ?? '') };
    } catch {
      // An unreadable value is treated as no shared Doc.
    }
  }
  const legacy = properties.getProperty(LEGACY_DOC_KEY);
  return legacy ? { id: legacy, fingerprint: '', by: '' } : null;
}

function runExport(newCopy: boolean): ExportResult {
  const ss = activeSpreadsheet();
  const sheets = readPlanSheets(ss);
  const built = buildPlan(sheets);
  const { plan } = built;
  const template = chooseTemplate(sheets.info);
  if (!template.ok) throw new UserError(template.message);
  // The school's own template: read and checked before anything is written.
  const { docId } = template;
  let steps = null;
  if (docId) {
    const [body = null, merges] = readTemplate(docId) ?? [];
    const planned = planTemplateFill(plan, sheets.info, body, merges);
    if (!planned.ok) throw new UserError(planned.message);
    steps = planned.steps;
  }
  const errors = checkSheets(sheets, built).errors.length;
  const model = buildPlanDocument(plan, template.template, { today: todayIso() });
  const properties = documentProperties();
  const shared = readShared(properties);
  const me = currentUser();

  let outcome: Outcome = shared ? 'newCopy' : 'created';
  let written: Written | null = null;
  if (shared && !newCopy) {
    let doc: GoogleAppsScript.Document.Document | null = null;
    try {
      doc = DocumentApp.openById(shared.id);
    } catch {
      // Deleted for good, or not shared with this editor: Apps Script does not say which.
      outcome = shared.by && me && shared.by === me ? 'gone' : 'noAccess';
    }
    if (doc) {
      if (shared.fingerprint && documentFingerprint(doc) === shared.fingerprint) {
        try {
          written = steps
            ? writeTemplate(doc, model.name, docId ?? '', steps)
            : replaceDocument(doc, model);
        } catch (err) {
          console.error(errorText(err, true));
          throw new UserError(steps ? EXPORT.failedRedo : EXPORT.failedKept);
        }
        outcome = 'replaced';
      } else outcome = 'edited';
    }
  }
  written ??= steps ? writeTemplate(null, model.name, docId ?? '', steps) : createDocument(model);
  // Another editor's inaccessible Doc stays the shared one: they may only lack access.
  if (outcome !== 'noAccess')
    properties.setProperty(
      SHARED_DOC_KEY,
      JSON.stringify({ id: written.id, fingerprint: written.fingerprint, by: me }),
    );
  if (properties.getProperty(LEGACY_DOC_KEY) !== null) properties.deleteProperty(LEGACY_DOC_KEY);

  const previousUrl = shared ? `https://docs.google.com/document/d/${shared.id}/edit` : '';
  const notes = [
    EXPORT.outcome[outcome](shared?.by ?? ''),
    EXPORT.placement,
    EXPORT.errors(errors),
  ];
  const text = [EXPORT.heading(outcome), model.name, written.url, ...notes].join('\n');
  showHtmlDialog(
    dialogHtml(model.name, written.url, outcome, previousUrl, notes, errors > 0),
    EXPORT.dialogTitle,
    560,
    360,
    text,
  );
  return { id: written.id, url: written.url };
}

function dialogHtml(
  name: string,
  url: string,
  outcome: Outcome,
  previousUrl: string,
  notes: string[],
  hasErrors: boolean,
): string {
  const link = (href: string, label: string): string =>
    `<a href="${escapeHtml(href)}" target="_blank" rel="noopener">${escapeHtml(label)}</a>`;
  const [what, placement, errors] = notes.map(escapeHtml);
  const lines = [
    `<p>${escapeHtml(EXPORT.heading(outcome))}<br>${link(url, name)}</p>`,
    `<p>${what}${
      previousUrl && outcome !== 'created' && outcome !== 'replaced'
        ? `<br>${link(previousUrl, EXPORT.previousLink)}`
        : ''
    }</p>`,
    `<p class="note">${placement}</p>`,
    `<p class="${hasErrors ? 'err' : 'ok'}">${errors}</p>`,
  ];
  return (
    HTML_HEAD +
    '<base target="_blank"><style>' +
    'body{font:14px/1.5 Arial,sans-serif;color:#202124;margin:8px}a{color:#1a73e8;font-weight:bold}' +
    '.err{color:#b3261e}.ok{color:#137333}.note{color:#5f6368;font-size:13px}' +
    'button{margin-top:6px;padding:6px 16px}' +
    `</style></head><body>${lines.join('')}` +
    `<button type="button" onclick="google.script.host.close()">${escapeHtml(EXPORT.close)}</button>` +
    '</body></html>'
  );
}
