/**
 * What a document template is: a plain description (no code) of the page, the type, the fixed
 * wording and the plan table's columns. buildPlanDocument (build.ts) turns a plan and one
 * description into the document model; a new layout (the reported TT57 form, a province's
 * variant) is a new description, not new rendering code.
 *
 * Units as the decree writes them: page and widths in mm, type and paragraph spacing in pt.
 * Texts may hold placeholders `{name}`, filled by the builder.
 */
// @ts-nocheck

import type { Align } from './model';

export interface StyleSpec {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Vietnamese upper case (titles, the governing body, the school). */
  upper?: boolean;
  align?: Align;
  indentFirstLineMm?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  lineSpacing?: number;
}

/** What an item can show in a table cell. */
export type ItemField =
  | 'tt'
  | 'criterion'
  | 'selfAssessment'
  | 'weakness'
  | 'target'
  | 'actions'
  | 'lead'
  | 'partners'
  | 'period'
  | 'deadline'
  | 'budget'
  | 'fundingSource'
  | 'support'
  | 'evidence'
  | 'status'
  | 'notes';

/** One line of a cell: a field, optionally labelled (`Minh chứng: …`). Empty fields print nothing. */
export interface CellPart {
  field: ItemField;
  label?: string;
  /** Print the label only when another part of the same cell is shown too. */
  labelOnlyWithOthers?: boolean;
}

export interface ColumnSpec {
  header: string;
  widthMm: number;
  parts: CellPart[];
}

type SectionContent = 'legalBases' | 'purposes' | 'table' | 'implementation';

export interface PlanTemplate {
  id: string;
  description: string;
  page: {
    widthMm: number;
    heightMm: number;
    marginsMm: { top: number; bottom: number; left: number; right: number };
  };
  font: string;
  color: string;
  styles: {
    governingBody: StyleSpec;
    schoolName: StyleSpec;
    nationalName: StyleSpec;
    motto: StyleSpec;
    number: StyleSpec;
    dateLine: StyleSpec;
    /** The short solid lines, drawn as a run of `_` of this style. */
    rule: StyleSpec;
    title: StyleSpec;
    subject: StyleSpec;
    sectionTitle: StyleSpec;
    body: StyleSpec;
    tableHeader: StyleSpec;
    tableCell: StyleSpec;
    /** Standard, level and unassigned rows of the plan table. */
    groupRow: StyleSpec;
    totalRow: StyleSpec;
    recipientsLabel: StyleSpec;
    recipients: StyleSpec;
    signer: StyleSpec;
  };
  /** Length of each short line, as a fraction of the text above it. */
  rules: { schoolName: number; motto: number; subject: number };
  /** Two borderless columns (relative widths in mm, scaled to the text width). */
  header: { columnsMm: [number, number] };
  closing: { columnsMm: [number, number]; signatureLines: number };
  texts: {
    nationalName: string;
    motto: string;
    title: string;
    /** `{year}` = the school year. */
    subject: string;
    numberLabel: string;
    /** The document kind in the number (`KH` = kế hoạch). */
    symbol: string;
    /** Left blank for a hand-written number. */
    numberGap: string;
    /** Placeholder for a missing place or date part. */
    blank: string;
    /** `{place}`, `{day}`, `{month}`, `{year}`. */
    dateLine: string;
    recipientsLabel: string;
    archive: string;
    /** Ends the body (`/.`). */
    end: string;
    /** `{code}`, `{name}`. */
    standardRow: string;
    criterion: string;
    /** `{n}` (the requirement's number), `{name}`. */
    level4Criterion: string;
    /** `{levels}` = `1, 2, 3` (or `1, 2`); printed only when the plan has level-4 items. */
    levelsRow: string;
    level4Row: string;
    unassignedRow: string;
    /** `{level}`. */
    selfAssessment: string;
    /** `{date}`. */
    deadline: string;
    total: string;
  };
  sections: { title: string; content: SectionContent }[];
  table: {
    columns: ColumnSpec[];
    borderPt: number;
    headerBackground: string;
    /** Column (0-based) holding the text of standard, level and total rows. */
    groupColumn: number;
  };
}

/** `{name}` placeholders → values (missing ones become ''). */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}
