/**
 * Import last year's plan from a Google Doc (menu → dialog; shared/spec/product.md §2, §3).
 * The Doc is opened once and its body walked once into a DocTree; the pure core reads it.
 * The write runs under the document lock: one setValues for the new `Kế hoạch` rows (after
 * the existing ones, `Mã` from the sidebar's allocator), one for the empty `Thông tin chung`
 * values it fills. Each import is recorded per Doc in a document property (shared by every
 * editor, untouched by sorting): its id and, per `Mã`, the row's fingerprint — so the same Doc
 * is not imported twice and undo removes exactly the rows still as imported.
 */
import { readPlanDoc, type DocImport } from '../core/import/read-doc';
import { docIdOf, rowFingerprint } from '../core/import/to-sheet';
import type { DocBlock, DocCell, DocTree } from '../core/import/doc-tree';
import { IMPORT_UI } from '../core/messages';
import { checkSheets } from '../core/check/check';
import { buildPlan, planContext } from '../core/plan/read';
import { parseRoster } from '../core/plan/roster';
import { parsePlanInfo } from '../core/plan/info';
import { cellToInput, cellValue } from '../core/plan/cells';
import { nextItemId } from '../core/sidebar/merge';
import { updatedStamp } from '../core/sidebar/save';
import {
  INFO_COLUMNS,
  INFO_ROWS,
  mapHeaders,
  PLAN_COLUMNS,
  SHEET,
  type PlanField,
} from '../core/plan/contract';
import { cleanText } from '../core/parse/text';
import type { Issue } from '../core/plan/model';
import { currentUser, documentProperties, guard, locked, UserError } from './platform';
import { ID_COUNTER } from './sidebar';
import {
  activeSpreadsheet,
  ensureTable,
  readPlanSheets,
  removeRow,
  sheetValues,
  writeColumn,
} from './sheets';

const LOCK_WAIT_MS = 8000;
/** Document property per imported Doc: `{ id, rows: [[Mã, fingerprint], …] }`. */
const RECORD_PREFIX = 'ctcl.import.';

interface ImportRecord {
  id: string;
  rows: [string, string][];
}

export interface ImportResult {
  added: number;
  infoFilled: string[];
  issues: Issue[];
  importId: string;
  /** The check on the plan as it now stands. */
  check: { errors: number; warnings: number };
  message: string;
}

export interface UndoResult {
  removed: number;
  kept: string[];
  message: string;
}

/** The dialog (from the menu, no argument), or the reading of the Doc, nothing written. */
export function previewImportFromDoc(urlOrId?: unknown): DocImport | void {
  return guard(() => {
    if (urlOrId === undefined) return showImportDialog();
    return readFromDoc(urlOrId, readPlanSheets(activeSpreadsheet()));
  });
}

/** From the menu (no argument) opens the dialog; with a link, imports what the preview shows. */
export function importPlanFromDoc(urlOrId?: unknown): ImportResult | void {
  return guard(() => {
    if (urlOrId === undefined) return showImportDialog();
    const id = linkId(urlOrId);
    const ss = activeSpreadsheet();
    const tree = readDocTree(id);
    const result = locked(LOCK_WAIT_MS, (): ImportResult => {
      const properties = documentProperties();
      const key = RECORD_PREFIX + id;
      const sheets = readPlanSheets(ss);
      const reading = read(tree, sheets);
      const done = parseRecord(properties.getProperty(key));
      const index0 = mapHeaders(sheets.plan?.[0] ?? [], PLAN_COLUMNS).index;
      const still = done ? presentRows(sheets.plan ?? [], index0, done).size : 0;
      if (done && still)
        return outcome(0, [], reading.issues, done.id, sheets, IMPORT_UI.alreadyImported(still));

      // The sheet and the contract's columns first (added after the last one, data untouched).
      const plan = ensureTable(ss, SHEET.plan, PLAN_COLUMNS, { created: [], addedColumns: [] });
      const values = sheetValues(plan);
      const index = mapHeaders(values[0] ?? [], PLAN_COLUMNS).index;
      const width = values[0]?.length ?? PLAN_COLUMNS.length;
      let n = nextItemId(values, index.id, Number(properties.getProperty(ID_COUNTER) ?? 0)).n;
      const stamp = updatedStamp(Date.now(), currentUser());
      const importId = `NK-${id.slice(0, 8)}-${Date.now().toString(36)}`;
      const grid = reading.items.map((item) => {
        const row = new Array<unknown>(width).fill('');
        const put = (f: PlanField, text: string): void => {
          const i = index[f];
          if (i !== undefined && text) row[i] = cellValue(text);
        };
        put('id', `CT-${String(n++).padStart(4, '0')}`);
        for (const f of PLAN_COLUMNS)
          if (f.key in item) put(f.key, item[f.key as keyof typeof item] as string);
        put('updated', stamp);
        return row;
      });
      const record: ImportRecord = { id: importId, rows: [] };
      if (grid.length) {
        const first = plan.getLastRow() + 1;
        const range = plan.getRange(first, 1, grid.length, width);
        range.setValues(grid);
        // Fingerprints of the rows as Sheets now holds them (it may have read some as dates).
        for (const row of range.getValues())
          record.rows.push([
            cleanText(cellToInput('id', row[index.id ?? 0])),
            rowFingerprint(row, index),
          ]);
        properties.setProperty(ID_COUNTER, String(n - 1));
        properties.setProperty(key, JSON.stringify(record));
      }
      const infoFilled = fillInfo(ss, reading.info);
      return outcome(grid.length, infoFilled, reading.issues, importId, readPlanSheets(ss), '');
    });
    if ('kind' in result) throw new UserError(result.message);
    return result;
  });
}

/** Removes the rows of the Doc's last import that are unchanged since; names the edited ones. */
export function undoImportFromDoc(urlOrId: unknown): UndoResult {
  return guard(() => {
    const id = linkId(urlOrId);
    const ss = activeSpreadsheet();
    const result = locked(LOCK_WAIT_MS, (): UndoResult => {
      const properties = documentProperties();
      const record = parseRecord(properties.getProperty(RECORD_PREFIX + id));
      if (!record) throw new UserError(IMPORT_UI.noImport);
      const sheet = ss.getSheetByName(SHEET.plan);
      const values = sheet ? sheetValues(sheet) : [];
      const index = mapHeaders(values[0] ?? [], PLAN_COLUMNS).index;
      const present = presentRows(values, index, record);
      const remove: number[] = [];
      const kept: string[] = [];
      for (const [code, print] of record.rows) {
        const r = present.get(code);
        if (r === undefined) continue;
        if (rowFingerprint(values[r - 1] ?? [], index) === print) remove.push(r);
        else kept.push(code);
      }
      // From the bottom, so the rows above keep their numbers.
      if (sheet) for (const r of remove.sort((a, b) => b - a)) removeRow(sheet, values, r);
      if (kept.length)
        properties.setProperty(
          RECORD_PREFIX + id,
          JSON.stringify({ ...record, rows: record.rows.filter(([c]) => kept.includes(c)) }),
        );
      else properties.deleteProperty(RECORD_PREFIX + id);
      const message = [
        IMPORT_UI.undone(remove.length),
        kept.length ? IMPORT_UI.keptEdited(kept.join(', ')) : '',
      ]
        .filter(Boolean)
        .join(' ');
      return { removed: remove.length, kept, message };
    });
    if ('kind' in result) throw new UserError(result.message);
    return result;
  });
}

// ---------------------------------------------------------------------------------------------

function showImportDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('ImportDialog').setWidth(760).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, IMPORT_UI.title);
}

function linkId(urlOrId: unknown): string {
  const id = docIdOf(urlOrId);
  if (!id) throw new UserError(IMPORT_UI.badLink);
  return id;
}

function readFromDoc(urlOrId: unknown, sheets: ReturnType<typeof readPlanSheets>): DocImport {
  return read(readDocTree(linkId(urlOrId)), sheets);
}

/** The core's reading, against the sheet's catalog, school year and roster when it has them. */
function read(tree: DocTree, sheets: ReturnType<typeof readPlanSheets>): DocImport {
  const { info, catalog } = planContext(sheets);
  return readPlanDoc(tree, {
    ...(catalog ? { catalog } : {}),
    ...(info.schoolYear ? { schoolYear: info.schoolYear } : {}),
    ...(sheets.roster ? { roster: parseRoster(sheets.roster).people } : {}),
  });
}

/**
 * One openById, the body's children once, each table's cells once: per cell its text and
 * spans (merged-over cells report 0, https://developers.google.com/apps-script/reference/document/table-cell#getcolspan).
 */
function readDocTree(id: string): DocTree {
  let body: GoogleAppsScript.Document.Body;
  try {
    body = DocumentApp.openById(id).getBody();
  } catch {
    throw new UserError(IMPORT_UI.notReadable);
  }
  const blocks: DocBlock[] = [];
  const count = body.getNumChildren();
  for (let i = 0; i < count; i++) {
    const child = body.getChild(i);
    const type = String(child.getType());
    if (type === 'PARAGRAPH')
      blocks.push({ type: 'paragraph', text: child.asParagraph().getText() });
    else if (type === 'LIST_ITEM') {
      const item = child.asListItem();
      const glyph = String(item.getGlyphType());
      blocks.push({
        type: 'paragraph',
        text: item.getText(),
        list: /BULLET/.test(glyph) ? 'bullet' : 'number',
      });
    } else if (type === 'TABLE') {
      const table = child.asTable();
      const rows: DocCell[][] = [];
      for (let r = 0, nr = table.getNumRows(); r < nr; r++) {
        const row = table.getRow(r);
        const cells: DocCell[] = [];
        for (let c = 0, nc = row.getNumCells(); c < nc; c++) {
          const cell = row.getCell(c);
          cells.push({
            paragraphs: cell
              .getText()
              .split('\n')
              .map((text) => ({ text })),
            colSpan: cell.getColSpan(),
            rowSpan: cell.getRowSpan(),
          });
        }
        rows.push(cells);
      }
      blocks.push({ type: 'table', rows });
    }
  }
  return { blocks };
}

function parseRecord(text: string | null): ImportRecord | null {
  if (!text) return null;
  try {
    const r = JSON.parse(text) as ImportRecord;
    return typeof r.id === 'string' && Array.isArray(r.rows) ? r : null;
  } catch {
    return null;
  }
}

/** The recorded rows still in the sheet: `Mã` → sheet row. */
function presentRows(
  values: readonly (readonly unknown[])[],
  index: Partial<Record<PlanField, number>>,
  record: ImportRecord,
): Map<string, number> {
  const codes = new Set(record.rows.map(([c]) => c));
  const out = new Map<string, number>();
  const i = index.id;
  if (i === undefined) return out;
  values.forEach((row, r) => {
    const code = cleanText(cellToInput('id', row[i]));
    if (r > 0 && codes.has(code)) out.set(code, r + 1);
  });
  return out;
}

/** The Doc's header values into the EMPTY `Thông tin chung` rows, in one write. */
function fillInfo(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  info: Record<string, string>,
): string[] {
  const sheet = ss.getSheetByName(SHEET.info);
  if (!sheet) return [];
  const values = sheetValues(sheet);
  const { rows } = parsePlanInfo(values);
  const col = mapHeaders(values[0] ?? [], INFO_COLUMNS).index.value ?? 1;
  const filled = new Map<number, string>();
  const names: string[] = [];
  for (const spec of INFO_ROWS) {
    const text = info[spec.label];
    const r = rows[spec.key];
    if (!text || r === undefined || cleanText(values[r - 1]?.[col])) continue;
    filled.set(r, text);
    names.push(spec.label);
  }
  if (!filled.size) return [];
  // Only the empty rows are written, in runs of consecutive rows: a formula between them stays.
  const runs: { row: number; cells: string[] }[] = [];
  for (const r of [...filled.keys()].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && run.row + run.cells.length === r) run.cells.push(filled.get(r) as string);
    else runs.push({ row: r, cells: [filled.get(r) as string] });
  }
  writeColumn(sheet, { col: col + 1, runs });
  return names;
}

function outcome(
  added: number,
  infoFilled: string[],
  issues: Issue[],
  importId: string,
  sheets: ReturnType<typeof readPlanSheets>,
  message: string,
): ImportResult {
  const checked = checkSheets(sheets, buildPlan(sheets));
  return {
    added,
    infoFilled,
    issues,
    importId,
    check: { errors: checked.errors.length, warnings: checked.warnings.length },
    message,
  };
}
