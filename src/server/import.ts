/**
 * Import last year's plan from a Google Doc (menu → dialog; shared/spec/product.md §2, §3).
 * ONE Docs.Documents.get reads the whole Doc (else one DocumentApp walk); the core turns it into rows. The write runs
 * under the document lock: one write for the new `Kế hoạch` rows (after the existing ones,
 * `Mã` above every id given), one per run of empty `Thông tin chung` rows it fills. Each
 * import is recorded per Doc in a document property: per `Mã`, the row's version (the
 * sidebar's rowVersion of its item fields) — so the same Doc is not imported twice and undo
 * removes exactly the rows still as imported.
 */
import { docTreeFromDocsApi, type ApiDocument } from '../core/import/from-docs-api';
import { docIdOf, NOT_A_DOC } from '../core/parse/links';
import type { DocBlock, DocCell, DocParagraph, DocTree } from '../core/import/doc-tree';
import { ITEM_FIELDS, readPlanDoc, type DocImport } from '../core/import/read-doc';
import { IMPORT_UI } from '../core/messages';
import { checkSheets } from '../core/check/check';
import { buildPlan, planContext } from '../core/plan/read';
import { parseRoster } from '../core/plan/roster';
import { parsePlanInfo } from '../core/plan/info';
import { cellValue, cleanCellText } from '../core/plan/cells';
import { rowVersion } from '../core/sidebar/load';
import { nextItemId, runsOf } from '../core/sidebar/merge';
import { updatedStamp } from '../core/sidebar/save';
import { INFO_COLUMNS, INFO_ROWS, mapHeaders, PLAN_COLUMNS, SHEET } from '../core/plan/contract';
import type { Grid, Issue, SheetValues } from '../core/plan/model';
import type { Busy } from '../core/sidebar/protocol';
import { currentUser, documentProperties, guard, locked, UserError } from './platform';
import { ID_COUNTER } from './sidebar';
import {
  activeSpreadsheet,
  appendRows,
  ensureInfo,
  ensureTable,
  findSheet,
  readPlanSheets,
  removeRows,
  sheetValues,
  writeColumn,
} from './sheets';

/** Document property per imported Doc: `[[Mã, row version], …]`, the rows still imported. */
const RECORD = 'ctcl.import.';

type Rows = [string, string][];

export interface ImportResult {
  added: number;
  infoFilled: string[];
  issues: Issue[];
  /** The check on the plan as it now stands. */
  check: { errors: number; warnings: number };
  message: string;
}

/** The dialog (from the menu, no argument), or the reading of the Doc, nothing written. */
export function previewImportFromDoc(urlOrId?: unknown): DocImport | void {
  return guard(() =>
    urlOrId === undefined ? dialog() : read(docOf(urlOrId)[1], readPlanSheets(activeSpreadsheet())),
  );
}

/** From the menu (no argument) opens the dialog; with a link, writes what the preview shows. */
export function importPlanFromDoc(urlOrId?: unknown): ImportResult | void {
  return guard(() => {
    if (urlOrId === undefined) return dialog();
    const [key, tree] = docOf(urlOrId);
    const ss = activeSpreadsheet();
    return underLock((): ImportResult => {
      const properties = documentProperties();
      const sheets = readPlanSheets(ss);
      const { items, info, issues } = read(tree, sheets);
      const still = present(sheets.plan, recorded(properties.getProperty(key))).size;
      if (still) return outcome(0, [], issues, sheets, IMPORT_UI.alreadyImported(still));

      // The contract's missing columns first (added after the last one, data untouched).
      const plan = ensureTable(ss, SHEET.plan, PLAN_COLUMNS, { created: [], addedColumns: [] });
      const values = sheetValues(plan);
      const { index } = mapHeaders(values[0] ?? [], PLAN_COLUMNS);
      const width = values[0]?.length ?? 0;
      let n = nextItemId(values, index.id, Number(properties.getProperty(ID_COUNTER))).n;
      const stamp = updatedStamp(Date.now(), currentUser());
      const grid = items.map((item) => {
        const row = Array<unknown>(width).fill('');
        const cells: Record<string, unknown> = {
          ...item,
          id: `CT-${String(n++).padStart(4, '0')}`,
          updated: stamp,
        };
        for (const [f, i] of Object.entries(index)) row[i] = cellValue(String(cells[f] ?? ''));
        return row;
      });
      if (grid.length) {
        const first = plan.getLastRow() + 1;
        appendRows(plan, grid, width);
        // Versions of the rows as Sheets now holds them (it may have read some as dates).
        const rows: Rows = plan
          .getRange(first, 1, grid.length, width)
          .getValues()
          .map((row) => [
            cleanCellText('id', row[index.id ?? 0]),
            rowVersion(row, index, ITEM_FIELDS),
          ]);
        properties.setProperty(ID_COUNTER, String(n - 1));
        properties.setProperty(key, JSON.stringify(rows));
      }
      const filled = fillInfo(ss, sheets.info, info);
      return outcome(grid.length, filled, issues, readPlanSheets(ss), '');
    });
  });
}

/** Removes the rows of the Doc's import that are unchanged since; names the edited ones. */
export function undoImportFromDoc(urlOrId: unknown): {
  removed: number;
  kept: string[];
  message: string;
} {
  return guard(() => {
    const key = RECORD + linkId(urlOrId);
    const ss = activeSpreadsheet();
    return underLock(() => {
      const properties = documentProperties();
      const rows = recorded(properties.getProperty(key));
      if (!rows.length) throw new UserError(IMPORT_UI.noImport);
      const sheet = findSheet(ss, SHEET.plan);
      const values = sheet ? sheetValues(sheet) : [];
      const { index } = mapHeaders(values[0] ?? [], PLAN_COLUMNS);
      const at = present(values, rows);
      const remove: number[] = [];
      const kept = rows.filter(([code, print]) => {
        const r = at.get(code);
        if (r === undefined) return false;
        if (rowVersion(values[r - 1], index, ITEM_FIELDS) !== print) return true;
        remove.push(r);
        return false;
      });
      if (sheet) removeRows(sheet, values, remove);
      if (kept.length) properties.setProperty(key, JSON.stringify(kept));
      else properties.deleteProperty(key);
      const codes = kept.map(([c]) => c);
      return {
        removed: remove.length,
        kept: codes,
        message: IMPORT_UI.undone(remove.length, codes.join(', ')),
      };
    });
  });
}

function dialog(): void {
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutputFromFile('ImportDialog').setWidth(760).setHeight(560),
    IMPORT_UI.menu,
  );
}

function underLock<T>(run: () => T): T {
  const result = locked(8000, run);
  if ((result as Busy).kind) throw new UserError((result as Busy).message);
  return result as T;
}

function linkId(urlOrId: unknown): string {
  if (NOT_A_DOC.test(String(urlOrId))) throw new UserError(IMPORT_UI.notDoc);
  const id = docIdOf(urlOrId);
  if (!id) throw new UserError(IMPORT_UI.badLink);
  return id;
}

/**
 * The Doc's record key and its body, from ONE documents.get without `fields` (the whole
 * Document resource: https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/get).
 * It throws for an unknown id, one the user cannot read, or a file that is no Google Doc.
 * Without the Docs service, or when it fails, DocumentApp reads the Doc (walk).
 */
function docOf(urlOrId: unknown): [string, DocTree] {
  const id = linkId(urlOrId);
  try {
    return [RECORD + id, docTreeFromDocsApi(Docs?.Documents.get(id) as ApiDocument)];
  } catch {
    try {
      return [RECORD + id, walk(id)];
    } catch {
      throw new UserError(IMPORT_UI.notReadable);
    }
  }
}

/**
 * One openById, the body's children once, per cell its paragraphs and spans (0 for a cell
 * merged over: https://developers.google.com/apps-script/reference/document/table-cell#getcolspan).
 */
function walk(id: string): DocTree {
  const blocks: DocBlock[] = [];
  const body = DocumentApp.openById(id).getBody();
  for (let i = 0, n = body.getNumChildren(); i < n; i++) {
    const el = body.getChild(i);
    const type = String(el.getType());
    if (type !== 'TABLE') {
      const q = paragraphOf(el, type);
      if (q) blocks.push({ type: 'paragraph', ...q });
      continue;
    }
    const table = el.asTable();
    const rows: DocCell[][] = [];
    for (let r = 0, nr = table.getNumRows(); r < nr; r++) {
      const row = table.getRow(r);
      const cells: DocCell[] = [];
      for (let c = 0, nc = row.getNumCells(); c < nc; c++) {
        const cell = row.getCell(c);
        const paragraphs: DocParagraph[] = [];
        for (let k = 0, nk = cell.getNumChildren(); k < nk; k++) {
          const q = paragraphOf(cell.getChild(k));
          if (q) paragraphs.push(q);
        }
        cells.push({ paragraphs, colSpan: cell.getColSpan(), rowSpan: cell.getRowSpan() });
      }
      rows.push(cells);
    }
    blocks.push({ type: 'table', rows });
  }
  return { blocks };
}

// GlyphType: BULLET, HOLLOW_BULLET, SQUARE_BULLET or a numbering
// (https://developers.google.com/apps-script/reference/document/glyph-type).
function paragraphOf(
  el: GoogleAppsScript.Document.Element,
  type = String(el.getType()),
): DocParagraph | void {
  if (type === 'LIST_ITEM') {
    const item = el.asListItem();
    const list = /BULLET/.test(String(item.getGlyphType())) ? 'bullet' : 'number';
    return { text: item.getText().normalize('NFC'), list };
  }
  if (type === 'PARAGRAPH') return { text: el.asParagraph().getText().normalize('NFC') };
}

/** The core's reading, against the sheet's catalog, school year and roster when it has them. */
function read(tree: DocTree, sheets: SheetValues): DocImport {
  const { info, catalog } = planContext(sheets);
  return readPlanDoc(tree, {
    ...(catalog && { catalog }),
    ...(info.schoolYear && { schoolYear: info.schoolYear }),
    ...(sheets.roster && { roster: parseRoster(sheets.roster).people }),
  });
}

function recorded(text: string | null): Rows {
  try {
    const rows: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(rows) ? (rows as Rows) : [];
  } catch {
    return [];
  }
}

/** The recorded rows still in the sheet: `Mã` → sheet row. */
function present(values: Grid | null, rows: Rows): Map<string, number> {
  const i = mapHeaders(values?.[0] ?? [], PLAN_COLUMNS).index.id;
  const codes = new Set(rows.map(([c]) => c));
  const out = new Map<string, number>();
  values?.forEach((row, r) => {
    const code = i === undefined ? '' : cleanCellText('id', row[i]);
    if (r && codes.has(code)) out.set(code, r + 1);
  });
  return out;
}

/** The Doc's header values into the EMPTY `Thông tin chung` rows; a formula between stays. */
function fillInfo(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  values: Grid | null,
  info: Record<string, string>,
): string[] {
  if (!Object.values(info).some(Boolean)) return [];
  // The sheet, or a row of it, may be missing: made as set-up makes them, then read again.
  ensureInfo(ss, { created: [], addedColumns: [] });
  const sheet = findSheet(ss, SHEET.info) as GoogleAppsScript.Spreadsheet.Sheet;
  values = sheetValues(sheet);
  const { rows } = parsePlanInfo(values);
  const col = mapHeaders(values[0] ?? [], INFO_COLUMNS).index.value ?? 1;
  const filled: [number, string][] = [];
  const names: string[] = [];
  for (const { key, label } of INFO_ROWS) {
    const r = rows[key];
    const text = info[label];
    if (!text || !r || cleanCellText('', values[r - 1]?.[col])) continue;
    filled.push([r, text]);
    names.push(label);
  }
  writeColumn(sheet, { col: col + 1, runs: runsOf(filled.sort((a, b) => a[0] - b[0])) });
  return names;
}

function outcome(
  added: number,
  infoFilled: string[],
  issues: Issue[],
  sheets: SheetValues,
  message: string,
): ImportResult {
  const { errors, warnings } = checkSheets(sheets, buildPlan(sheets));
  return {
    added,
    infoFilled,
    issues,
    check: { errors: errors.length, warnings: warnings.length },
    message,
  };
}
