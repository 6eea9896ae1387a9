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
