/** The plan's typed model. Plain, serialisable data (ISO date strings, never Date). */
import type { IsoDate } from '../parse/dates';

/** A sheet's values, exactly as getValues returns them. */
export type Grid = readonly (readonly unknown[])[];

/** The values of each sheet, null when the sheet does not exist. */
export interface SheetValues {
  plan: Grid | null;
  roster: Grid | null;
  info: Grid | null;
  catalog: Grid | null;
  /** `Nhật ký nhắc hạn`, read by the check for failed reminder runs (optional). */
  reminderLog?: Grid | null;
  /** The spreadsheet's locale ('vi_VN', 'en_US'), for the check (optional). */
  locale?: string;
}

/** Self-assessment result, normalised: Chưa đạt, Đạt mức 1..4. */
export type Level = 'CD' | 'M1' | 'M2' | 'M3' | 'M4';

/** Progress of an item. */
export type Status = 'chua' | 'dang' | 'xong' | 'dung';

export interface PlanItem {
  /** 1-based sheet row. */
  row: number;
  id: string;
  /** Normalised criterion code (`1.1`, `M4.2`), '' when missing or unreadable. */
  criterion: string;
  /** `1` for `1.1`, `M4` for level-4 requirements. */
  standard: string;
  /** For an item naming no criterion: the standard of the heading row above it (`Tiêu chuẩn 2`), else ''. */
  headingStandard: string;
  selfAssessment: Level | null;
  weakness: string;
  target: string;
  actions: string;
  lead: string;
  partners: string;
  period: string;
  start: IsoDate | null;
  deadline: IsoDate | null;
  /** True when the deadline was derived from the period, not typed. */
  deadlineDerived: boolean;
  /** True when the period has no clear end (`Cả năm`, `Theo đợt`, …). */
  vague: boolean;
  /** VND; null when empty or unreadable, 0 for `Không`. */
  budget: number | null;
  budgetText: string;
  fundingSource: string;
  support: string;
  evidence: string;
  status: Status | null;
  notes: string;
  updated: string;
}

export interface Person {
  row: number;
  name: string;
  position: string;
  /** Canonical role codes (HT, PHT, TTCM, …). */
  roles: string[];
  email: string;
  remind: boolean;
}

export interface Issue {
  sheet: string;
  /** 1-based sheet row, or null for a sheet-wide issue. */
  row: number | null;
  /** Field key of the contract (`criterion`, `deadline`, …), or null. */
  field: string | null;
  /** The column's header as found in the sheet (or the contract header), or null. */
  column: string | null;
  /** Column letter (A, B, …), or null. */
  columnLetter: string | null;
  /** Vietnamese, names the row and the column, says what to do. */
  message: string;
}

export interface CheckResult {
  errors: Issue[];
  warnings: Issue[];
}

/** A finding of the check before it is placed (column header and letter added by the caller). */
export interface Finding {
  severity: 'error' | 'warning';
  sheet?: string;
  row: number | null;
  field: string | null;
  message: string;
}

export const ERROR = 'error';
export const WARNING = 'warning';

/** A finding of a sheet, its keys in the usual order. */
export const finding = (
  severity: Finding['severity'],
  sheet: string,
  row: number | null,
  field: string | null,
  message: string,
): Finding & { sheet: string } => ({ severity, sheet, row, field, message });
