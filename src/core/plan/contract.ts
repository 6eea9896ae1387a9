/**
 * The spreadsheet contract (shared/spec/product.md §1): sheet names, headers and synonyms.
 * Columns are found by header text, never by position.
 */
import { foldKey } from '../parse/text';

export interface ColumnSpec<K extends string = string> {
  key: K;
  /** The header the add-on writes. */
  header: string;
  /** Other headers accepted when schools paste their own table. */
  synonyms?: readonly string[];
  required?: boolean;
}

export const SHEET = {
  plan: 'Kế hoạch',
  roster: 'Nhân sự',
  info: 'Thông tin chung',
  catalog: 'Danh mục tiêu chí',
  reminderLog: 'Nhật ký nhắc hạn',
} as const;

/**
 * Synonyms beyond the contract's come from the other layouts schools use
 * (shared/reference/README.md: `Giải pháp`, `Phụ trách`, `Mức độ thực hiện`…).
 */
export const PLAN_COLUMNS = [
  { key: 'id', header: 'Mã', synonyms: ['ID'] },
  {
    key: 'criterion',
    header: 'Tiêu chí',
    synonyms: ['Tiêu chuẩn, tiêu chí', 'Mã tiêu chí', 'Tiêu chí cần cải tiến'],
    required: true,
  },
  {
    key: 'selfAssessment',
    header: 'Tự đánh giá',
    synonyms: ['Kết quả tự đánh giá', 'Mức đạt', 'Kết quả TĐG', 'Mức tự đánh giá', 'Mức đạt được'],
  },
  {
    key: 'weakness',
    header: 'Điểm yếu',
    synonyms: [
      'Nội dung cần cải tiến',
      'Hiện trạng',
      'Hạn chế',
      'Tồn tại, hạn chế',
      'Nội dung cải tiến',
      'Điểm yếu cần khắc phục',
      'Những điểm yếu',
      'Tồn tại',
    ],
  },
  {
    key: 'target',
    header: 'Kết quả cần đạt',
    synonyms: [
      'Kết quả cần đạt (so với hiện trạng)',
      'Mục tiêu',
      'Mục tiêu cần đạt',
      'Kết quả mong đợi',
      'Kết quả dự kiến',
    ],
  },
  {
    key: 'actions',
    header: 'Biện pháp thực hiện',
    synonyms: [
      'Công việc/giải pháp cần thực hiện',
      'Nội dung công việc',
      'Kế hoạch cải tiến chất lượng',
      'Giải pháp',
      'Biện pháp',
      'Biện pháp cải tiến',
      'Giải pháp thực hiện',
      'Biện pháp khắc phục',
      'Giải pháp khắc phục',
      'Nhiệm vụ, giải pháp',
      'Kế hoạch cải tiến',
      'Kế hoạch thực hiện',
      'Nội dung thực hiện',
    ],
    required: true,
  },
  {
    key: 'lead',
    header: 'Chủ trì',
    // The last two: sample 002's combined column; its owners are all treated as leads.
    synonyms: [
      'Người thực hiện',
      'Người phụ trách',
      'Chủ trì thực hiện',
      'Chủ trì và phối hợp thực hiện',
      'Chủ trì và phối hợp',
      'Người chủ trì',
      'Phụ trách',
      'Bộ phận chủ trì',
      'Đơn vị chủ trì',
      'Bộ phận thực hiện',
      'Người chịu trách nhiệm',
      'Lực lượng thực hiện',
    ],
    required: true,
  },
  {
    key: 'partners',
    header: 'Phối hợp',
    synonyms: ['Người phối hợp', 'Bộ phận phối hợp', 'Đơn vị phối hợp'],
  },
  {
    key: 'period',
    header: 'Thời gian thực hiện',
    synonyms: ['Thời gian', 'Thời gian thực hiện và hoàn thành', 'Thời điểm'],
  },
  { key: 'start', header: 'Bắt đầu', synonyms: ['Ngày bắt đầu', 'Từ ngày'] },
  {
    key: 'deadline',
    header: 'Hạn hoàn thành',
    synonyms: ['Thời hạn', 'Hạn', 'Thời hạn hoàn thành', 'Ngày hoàn thành', 'Kết thúc', 'Đến ngày'],
  },
  {
    key: 'budget',
    header: 'Dự kiến kinh phí',
    synonyms: ['Kinh phí', 'Kinh phí dự kiến', 'Dự toán kinh phí', 'Dự toán'],
  },
  { key: 'fundingSource', header: 'Nguồn kinh phí' },
  {
    key: 'support',
    header: 'Điều kiện hỗ trợ',
    synonyms: ['Điều kiện thực hiện', 'Điều kiện hỗ trợ khác', 'Nguồn lực'],
  },
  { key: 'evidence', header: 'Minh chứng', synonyms: ['Minh chứng dự kiến'] },
  {
    key: 'status',
    header: 'Trạng thái',
    synonyms: ['Tiến độ', 'Tiến độ thực hiện', 'Mức độ thực hiện'],
  },
  { key: 'notes', header: 'Ghi chú' },
  { key: 'updated', header: 'Cập nhật' },
] as const satisfies readonly ColumnSpec[];

export type PlanField = (typeof PLAN_COLUMNS)[number]['key'];

export const ROSTER_COLUMNS = [
  { key: 'name', header: 'Họ và tên', synonyms: ['Họ tên'], required: true },
  { key: 'position', header: 'Chức vụ' },
  { key: 'roles', header: 'Vai trò', synonyms: ['Mã vai trò'] },
  { key: 'email', header: 'Email', synonyms: ['Thư điện tử'] },
  { key: 'remind', header: 'Nhận nhắc hạn' },
] as const satisfies readonly ColumnSpec[];

export type RosterField = (typeof ROSTER_COLUMNS)[number]['key'];

export const INFO_COLUMNS = [
  { key: 'label', header: 'Mục', required: true },
  { key: 'value', header: 'Giá trị', required: true },
] as const satisfies readonly ColumnSpec[];

export const CATALOG_COLUMNS = [
  { key: 'catalog', header: 'Bộ tiêu chuẩn' },
  { key: 'standard', header: 'Tiêu chuẩn' },
  { key: 'standardName', header: 'Tên tiêu chuẩn' },
  { key: 'criterion', header: 'Tiêu chí', required: true },
  { key: 'criterionName', header: 'Tên tiêu chí', required: true },
] as const satisfies readonly ColumnSpec[];

export const LOG_COLUMNS = [
  { key: 'time', header: 'Thời gian' },
  { key: 'week', header: 'Tuần' },
  { key: 'person', header: 'Người nhận' },
  { key: 'email', header: 'Email' },
  { key: 'items', header: 'Các mục' },
  { key: 'result', header: 'Kết quả' },
  { key: 'detail', header: 'Chi tiết' },
] as const satisfies readonly ColumnSpec[];

const INFO_ROW_SPECS = [
  { key: 'governingBody', label: 'Cơ quan chủ quản' },
  { key: 'schoolName', label: 'Tên trường' },
  { key: 'schoolLevel', label: 'Cấp học' },
  { key: 'catalog', label: 'Bộ tiêu chuẩn' },
  { key: 'schoolYear', label: 'Năm học' },
  { key: 'docNumber', label: 'Số văn bản', synonyms: ['Số'] },
  { key: 'place', label: 'Địa danh' },
  { key: 'issueDate', label: 'Ngày ban hành' },
  { key: 'signerTitle', label: 'Chức vụ người ký' },
  { key: 'signer', label: 'Người ký' },
  { key: 'legalBases', label: 'Căn cứ' },
  { key: 'purposes', label: 'Mục đích, yêu cầu' },
  { key: 'implementation', label: 'Tổ chức thực hiện' },
  { key: 'recipients', label: 'Nơi nhận' },
  { key: 'reminderDay', label: 'Ngày gửi nhắc hạn' },
  { key: 'reminderHour', label: 'Giờ gửi nhắc hạn' },
  { key: 'reminderLeadDays', label: 'Nhắc trước (ngày)' },
  { key: 'landscape', label: 'Khổ ngang', synonyms: ['Trang ngang'] },
  { key: 'docTemplate', label: 'Mẫu văn bản' },
] as const;

export type InfoKey = (typeof INFO_ROW_SPECS)[number]['key'];

interface InfoRowSpec {
  key: InfoKey;
  /** The label the add-on writes. */
  label: string;
  /** Other labels accepted. */
  synonyms?: readonly string[];
}

/** The rows of `Thông tin chung` (label → key), with the labels the add-on writes. */
export const INFO_ROWS: readonly InfoRowSpec[] = INFO_ROW_SPECS;

/**
 * Header comparison key: case, NFC/NFD, spaces, line breaks, a trailing colon and the
 * separator written between two words (`Tiêu chuẩn, tiêu chí` = `Tiêu chuẩn/tiêu chí`) ignored.
 */
export function headerKey(text: unknown): string {
  return foldKey(text)
    .replace(/\s*:$/, '')
    .replace(/\s*[,/;–—]\s*|\s+-\s+/g, ' ');
}

/** `Điều kiện thực hiện (nhân lực, vật lực...)` → `Điều kiện thực hiện`; `Kinh phí (VNĐ)` → `Kinh phí`. */
function withoutNote(text: unknown): string {
  return String(text ?? '')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/[\s.…:*]+$/, '');
}

export interface HeaderMap<K extends string> {
  /** 0-based column index of each field found. */
  index: Partial<Record<K, number>>;
  /** The header text as it stands in the sheet, per field found. */
  found: Partial<Record<K, string>>;
  /** Required fields with no column. */
  missing: K[];
  /** Fields matched by more than one column (the first wins). */
  duplicates: K[];
}

/**
 * Maps a header row to fields. Unknown columns are ignored (and left untouched by writers);
 * for a field named twice, the first column wins and the field is reported.
 */
export function mapHeaders<K extends string>(
  headerRow: readonly unknown[],
  columns: readonly ColumnSpec<K>[],
): HeaderMap<K> {
  const lookup = new Map<string, K>();
  for (const col of columns) {
    for (const name of [col.header, ...(col.synonyms ?? [])]) lookup.set(headerKey(name), col.key);
  }
  const index: Partial<Record<K, number>> = {};
  const found: Partial<Record<K, string>> = {};
  const duplicates: K[] = [];
  headerRow.forEach((cell, i) => {
    const key = lookup.get(headerKey(cell)) ?? lookup.get(headerKey(withoutNote(cell)));
    if (key === undefined) return;
    if (index[key] !== undefined) {
      if (!duplicates.includes(key)) duplicates.push(key);
      return;
    }
    index[key] = i;
    found[key] = String(cell).normalize('NFC').replace(/\s+/g, ' ').trim();
  });
  const missing = columns.filter((c) => c.required && index[c.key] === undefined).map((c) => c.key);
  return { index, found, missing, duplicates };
}

/** A, B, …, Z, AA, … for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
