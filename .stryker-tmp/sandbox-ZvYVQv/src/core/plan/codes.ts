/**
 * The plan's closed vocabularies: statuses, school levels, the circulars a plan may follow, and
 * yes/no cells. Each list lives here once; its Vietnamese labels live in messages.
 */
// @ts-nocheck

import { asciiKey } from '../parse/text';
import type { Status } from './model';

/** `Trạng thái` as written → status; '' → null; unreadable → undefined. */
export function parseStatus(value: unknown): Status | null | undefined {
  const key = asciiKey(value).replace(/[.;!]+$/, '');
  if (!key) return null;
  if (/^(chua thuc hien|chua|chua bat dau|chua trien khai)$/.test(key)) return 'chua';
  if (/^(dang thuc hien|dang|dang trien khai|dang lam)$/.test(key)) return 'dang';
  if (/^(hoan thanh|da hoan thanh|xong|da xong|da thuc hien)$/.test(key)) return 'xong';
  if (/^(tam dung|dung|tam hoan|hoan)$/.test(key)) return 'dung';
  return undefined;
}

/** A school level: mầm non, tiểu học, THCS, THPT, phổ thông nhiều cấp. */
export type SchoolLevelCode = 'mn' | 'th' | 'thcs' | 'thpt' | 'pt';

/**
 * The circulars a plan may name, in the order the sidebar offers them: the school levels each
 * is the default for, and the guidance letter export cites after it. TT57/2026 is provisional.
 */
export const CIRCULARS: readonly {
  id: string;
  defaultFor: readonly SchoolLevelCode[];
  guidance: 'mn' | 'pt' | null;
}[] = [
  { id: 'TT19/2018', defaultFor: ['mn'], guidance: 'mn' },
  { id: 'TT17/2018', defaultFor: ['th'], guidance: 'pt' },
  { id: 'TT18/2018', defaultFor: ['thcs', 'thpt', 'pt'], guidance: 'pt' },
  { id: 'TT57/2026', defaultFor: [], guidance: null },
];

export const CIRCULAR_IDS: readonly string[] = CIRCULARS.map((c) => c.id);

/** The circular a school level follows when `Bộ tiêu chuẩn` is empty; '' without a level. */
export function defaultCircular(level: SchoolLevelCode | null): string {
  return (level && CIRCULARS.find((c) => c.defaultFor.includes(level))?.id) || '';
}

/** A yes/no cell (`Có`, `x`, `TRUE`… / `Không`, `0`…): '' → null; unreadable → undefined. */
export function parseYesNo(value: unknown): boolean | null | undefined {
  const key = asciiKey(value);
  if (!key) return null;
  if (/^(khong|k|no|false|0)$/.test(key)) return false;
  if (/^(co|c|yes|true|1|x)$/.test(key)) return true;
  return undefined;
}
