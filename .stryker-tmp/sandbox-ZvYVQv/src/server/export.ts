/**
 * Export to Google Docs (menu `Kế hoạch CTCL` → export): reads the sheets once, builds the
 * document model of the standard template, writes it into the previous export's Doc (or a new
 * one), and shows the link with the number of check errors still open. Never refuses a plan
 * because of check errors.
 */
// @ts-nocheck

import { buildPlanDocument } from '../core/export/build';
import { ND30_PLAN } from '../core/export/templates/nd30-plan';
import { todayIso } from '../core/parse/dates';
import { EXPORT } from '../core/messages';
import { buildPlan } from '../core/plan/read';
import { checkSheets } from '../core/check/check';
import { escapeHtml } from '../core/parse/text';
import { writeDocument, type WriteResult } from './docs';
import { guard, showHtmlDialog } from './platform';
import { activeSpreadsheet, readPlanSheets } from './sheets';

/** Document property holding the id of the last exported Doc. */
const EXPORT_DOC_KEY = 'exportDocId';

interface ExportResult {
  id: string;
  url: string;
}

/** Builds the plan's Doc, replacing the previous export's content; returns `{ id, url }`. */
export function exportPlanToDoc(): ExportResult {
  return guard(() => runExport(false));
}

/** Same, into a new Doc (the previous one is kept as it is). */
export function exportPlanToNewDoc(): ExportResult {
  return guard(() => runExport(true));
}

function runExport(newCopy: boolean): ExportResult {
  const ss = activeSpreadsheet();
  const sheets = readPlanSheets(ss);
  const built = buildPlan(sheets);
  const { plan } = built;
  const errors = checkSheets(sheets, built).errors.length;
  const model = buildPlanDocument(plan, ND30_PLAN, { today: todayIso() });
  const properties = PropertiesService.getDocumentProperties();
  const result = writeDocument(model, {
    reuseId: newCopy ? null : properties.getProperty(EXPORT_DOC_KEY),
    besideFileId: ss.getId(),
  });
  properties.setProperty(EXPORT_DOC_KEY, result.id);
  const text = [
    result.replaced ? EXPORT.replaced : EXPORT.created,
    model.name,
    result.url,
    placementText(result),
    EXPORT.errors(errors),
  ].join('\n');
  showHtmlDialog(dialogHtml(model.name, result, errors), EXPORT.dialogTitle, 560, 300, text);
  return { id: result.id, url: result.url };
}

function placementText(result: WriteResult): string {
  return result.placement === 'folder'
    ? EXPORT.placedFolder
    : result.placement === 'kept'
      ? EXPORT.placedKept
      : EXPORT.placedRoot;
}

function dialogHtml(name: string, result: WriteResult, errors: number): string {
  const placement = placementText(result);
  const lines = [
    `<p>${escapeHtml(result.replaced ? EXPORT.replaced : EXPORT.created)}<br>` +
      `<a href="${escapeHtml(result.url)}" target="_blank" rel="noopener">${escapeHtml(name)}</a></p>`,
    `<p>${escapeHtml(placement)}</p>`,
    `<p class="${errors ? 'err' : 'ok'}">${escapeHtml(EXPORT.errors(errors))}</p>`,
    `<p class="note">${escapeHtml(EXPORT.nextTime)}</p>`,
  ];
  return (
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><base target="_blank"><style>' +
    'body{font:14px/1.5 Arial,sans-serif;color:#202124;margin:8px}a{color:#1a73e8;font-weight:bold}' +
    '.err{color:#b3261e}.ok{color:#137333}.note{color:#5f6368;font-size:13px}' +
    'button{margin-top:6px;padding:6px 16px}' +
    `</style></head><body>${lines.join('')}` +
    `<button type="button" onclick="google.script.host.close()">${escapeHtml(EXPORT.close)}</button>` +
    '</body></html>'
  );
}
