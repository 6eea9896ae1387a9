/** A finding of the check before it is placed (column header and letter added by the caller). */
export interface Finding {
  severity: 'error' | 'warning';
  sheet?: string;
  row: number | null;
  field: string | null;
  message: string;
}
