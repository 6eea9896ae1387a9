/**
 * The sandbox's fake spreadsheet and property stores as JSON (.sandbox/state.json): values
 * (Dates tagged), formulas, number formats, frozen rows and sizes. Data validation rules are
 * not kept (setUpSheets puts them back).
 */
// @ts-nocheck

import { createFakes, type FakeEnvironment, type FakeOptions } from '../../test/fakes';
import type { CellInput, SheetInit } from '../../test/fakes';

type CellJson = string | number | boolean | { $date: number };

export interface SavedSheet {
  name: string;
  values: CellJson[][];
  formulas: Record<string, string>;
  formats: Record<string, string>;
  frozenRows: number;
  maxRows: number;
  maxColumns: number;
}

export interface SavedState {
  version: 1;
  sheets: SavedSheet[];
  properties: Record<'document' | 'script' | 'user', Record<string, string>>;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export function saveState(fakes: FakeEnvironment): SavedState {
  const snap = fakes.state.spreadsheet.snapshot();
  const props = fakes.state.properties;
  return {
    version: 1,
    sheets: snap.sheets.map((s) => {
      const formulas: Record<string, string> = {};
      const formats: Record<string, string> = {};
      s.formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          if (f) formulas[`${r},${c}`] = f;
        }),
      );
      for (const [a1, f] of Object.entries(s.formatting))
        if (f.numberFormat !== undefined) formats[a1] = f.numberFormat;
      return {
        name: s.name,
        values: s.values.map((row) =>
          row.map((v): CellJson => (isDate(v) ? { $date: v.getTime() } : v)),
        ),
        formulas,
        formats,
        frozenRows: s.frozenRows,
        maxRows: s.maxRows,
        maxColumns: s.maxColumns,
      };
    }),
    properties: {
      document: Object.fromEntries(props.document),
      script: Object.fromEntries(props.script),
      user: Object.fromEntries(props.user),
    },
  };
}

/** Fakes holding a saved state (or `seed` sheets when there is none). */
export function fakesFrom(
  saved: SavedState | null,
  seed: Record<string, CellInput[][]>,
  options: FakeOptions = {},
): FakeEnvironment {
  if (!saved) return createFakes({ ...options, spreadsheet: { sheets: seed } });
  const sheets: Record<string, SheetInit> = {};
  for (const s of saved.sheets) {
    sheets[s.name] = {
      values: s.values.map((row) =>
        row.map((v) => (v !== null && typeof v === 'object' ? new Date(v.$date) : v)),
      ),
      frozenRows: s.frozenRows,
      maxRows: s.maxRows,
      maxColumns: s.maxColumns,
    };
  }
  const fakes = createFakes({
    ...options,
    spreadsheet: { sheets },
    properties: saved.properties,
  });
  for (const s of saved.sheets) {
    const sheet = fakes.state.sheet(s.name);
    for (const [a1, format] of Object.entries(s.formats)) sheet.setNumberFormat(a1, format);
    for (const [rc, formula] of Object.entries(s.formulas)) {
      const [r, c] = rc.split(',').map(Number) as [number, number];
      sheet.type(a1Of(r + 1, c + 1), formula);
    }
  }
  return fakes;
}

function a1Of(row: number, col: number): string {
  let n = col;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row}`;
}
