/**
 * What counts as a Spreadsheet "data call": a method that reads or writes cells or the
 * sheet's structure. Navigation (getActiveSpreadsheet, getSheetByName, getRange,
 * getDataRange, getName…) only builds a handle; Apps Script batches it with the next read
 * or write. Benchmarks report both this figure and the count of all calls.
 */
const NAVIGATION = new Set([
  'SpreadsheetApp.getActiveSpreadsheet',
  'SpreadsheetApp.getActive',
  'SpreadsheetApp.getUi',
  'SpreadsheetApp.newDataValidation',
  'SpreadsheetApp.flush',
  'Spreadsheet.getSheetByName',
  'Spreadsheet.getId',
  'Spreadsheet.getUrl',
  'Spreadsheet.getName',
  'Sheet.getRange',
  'Sheet.getDataRange',
  'Sheet.getName',
  'Sheet.getSheetId',
  'Sheet.getParent',
  // Settings, not cells: each read at most once per execution, whatever the plan's size
  // (the zone for dates, the locale for the check's warning). Reported in the count of all calls.
  'Spreadsheet.getSpreadsheetTimeZone',
  'Spreadsheet.getSpreadsheetLocale',
]);

const SPREADSHEET_SERVICES = ['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'DataValidation'];

export function dataCalls(byMethod: Record<string, number>): number {
  let n = 0;
  for (const [method, count] of Object.entries(byMethod)) {
    const service = method.split('.')[0] ?? '';
    if (!SPREADSHEET_SERVICES.some((s) => service === s || service.startsWith('DataValidation')))
      continue;
    if (NAVIGATION.has(method)) continue;
    n += count;
  }
  return n;
}
