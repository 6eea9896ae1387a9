/**
 * Which layout the export uses, from `Mẫu văn bản` in `Thông tin chung`: empty or `NĐ30` →
 * the standard template, `TT57` → Biểu 2, a Google Doc link → that Doc (custom.ts). Anything else is reported before anything is
 * written, naming the row and column.
 */
import { at, EXPORT } from '../messages';
import { headerKey, INFO_COLUMNS, INFO_ROWS, mapHeaders, SHEET } from '../plan/contract';
import { cellString } from '../plan/cells';
import type { Grid } from '../plan/model';
import { asciiKey } from '../parse/text';
import type { PlanTemplate } from './template';
import { templateDocId } from './custom';
import { ND30_PLAN } from './templates/nd30-plan';
import { TT57_PLAN } from './templates/tt57-plan';

type Choice = { ok: true; template: PlanTemplate; docId?: string } | { ok: false; message: string };

const LABEL = INFO_ROWS.find((r) => r.key === 'docTemplate')?.label ?? '';

export function chooseTemplate(info: Grid | null): Choice {
  const header = mapHeaders(info?.[0] ?? [], INFO_COLUMNS);
  const labelCol = header.index.label ?? 0;
  const valueCol = header.index.value ?? 1;
  const r = (info ?? []).findIndex((row) => headerKey(row[labelCol]) === headerKey(LABEL));
  const raw = r < 0 ? '' : cellString(info?.[r]?.[valueCol]);
  const value = asciiKey(raw).replace(/[\s./-]/g, '');
  if (value === '' || value === 'nd30') return { ok: true, template: ND30_PLAN };
  const docId = templateDocId(raw);
  if (docId) return { ok: true, template: ND30_PLAN, docId };
  if (value === 'tt57') return { ok: true, template: TT57_PLAN };
  const letter = String.fromCharCode(65 + valueCol);
  return {
    ok: false,
    message: `${SHEET.info} — ${at(r + 1, INFO_COLUMNS[1].header, letter)}${EXPORT.unknownTemplate(LABEL)}`,
  };
}
