/**
 * What the import from a Google Doc tells the user, in Vietnamese. Every row message names
 * the Doc's table and row (tables counted from 1 in the document's order).
 */
import { clip } from '../parse/text';

const q = (s: string): string => `“${clip(s, 60)}”`;
const CHECK = '; hãy kiểm tra lại.';

export const IMPORT = {
  /** Where a document-wide issue is placed. */
  document: 'Tài liệu',
  sheet: (table: number): string => `Bảng ${table} trong tài liệu`,
  at: (table: number, row: number | null, column: string | null): string =>
    `Bảng ${table}${row ? `, dòng ${row}` : ''}${column ? `, cột ${q(column)}` : ''}: `,
  notImprovementPlan: (title: string): string =>
    `Tài liệu này là ${q(title)}, không phải kế hoạch cải tiến chất lượng: không nhập gì.`,
  emptyDocument: 'Tài liệu trống: không nhập gì.',
  noPlanTable: 'Không thấy bảng kế hoạch (bảng có cột biện pháp): không nhập gì.',
  noCriterion: (standard: string): string =>
    `chưa ghi tiêu chí${standard === 'M4' ? ' (thuộc Mức 4)' : standard ? ` (thuộc Tiêu chuẩn ${standard})` : ''}; hãy chọn tiêu chí sau khi nhập.`,
  criterionGuessed: (code: string): string =>
    `không ghi tiêu chí, đề xuất tiêu chí ${code} theo nội dung${CHECK}`,
  criterionFromNumber: (code: string): string =>
    `không có cột tiêu chí, lấy số thứ tự ${code} làm tiêu chí${CHECK}`,
  criterionCarried: (code: string): string =>
    `ô tiêu chí trống, lấy theo dòng trên (${code})${CHECK}`,
  criterionUnreadable: (text: string): string => `không đọc được mã tiêu chí ${q(text)}${CHECK}`,
  criterionNotInCatalog: (code: string, catalog: string): string =>
    `tiêu chí ${code} không có trong ${catalog}${CHECK}`,
  levelUnreadable: (text: string): string =>
    `không hiểu kết quả tự đánh giá ${q(text)}; hãy chọn Chưa đạt hoặc Đạt mức 1–4.`,
  periodUnreadable: (text: string): string =>
    `chưa hiểu thời gian ${q(text)}; hãy nhập hạn hoàn thành.`,
  budgetUnreadable: (text: string): string => `chưa hiểu kinh phí ${q(text)}; hãy ghi lại số tiền.`,
  /** `columns`: the headers of the columns filled from the prose. */
  fromProse: (columns: string): string => `đã tách ${columns} từ đoạn văn${CHECK}`,
  budgetMerged: (rows: string): string =>
    `kinh phí gộp cho các dòng ${rows}, chỉ ghi ở dòng đầu để không cộng trùng.`,
};

/** The import's menu item, dialog and results. */
export const IMPORT_UI = {
  /** The menu item, also the dialog's title. */
  menu: 'Nhập kế hoạch từ Google Tài liệu',
  badLink: 'Không nhận ra liên kết: hãy dán liên kết hoặc mã của Google Tài liệu.',
  notDoc:
    'Liên kết này mở một bảng tính, trang trình bày hoặc biểu mẫu: hãy dán liên kết Google Tài liệu của kế hoạch.',
  notReadable:
    'Không mở được tài liệu: cần một Google Tài liệu bạn được xem (tệp Word: lưu thành Google Tài liệu).',
  alreadyImported: (n: number): string =>
    `Tài liệu này đã được nhập (còn ${n} dòng): muốn nhập lại, hãy hoàn tác lần trước.`,
  noImport: 'Chưa có lần nhập nào từ tài liệu này.',
  undone: (n: number, kept: string): string =>
    `Đã xoá ${n} dòng của lần nhập.${kept && ` Giữ lại dòng đã sửa: ${kept}.`}`,
};

/** The import dialog's own words. */
export const IMPORT_DIALOG = {
  prompt: 'Dán liên kết Google Tài liệu của kế hoạch (tệp Word: mở bằng Google Tài liệu trước).',
  placeholder: 'https://docs.google.com/document/d/…',
  preview: 'Xem trước',
  confirm: 'Nhập vào trang tính',
  undo: 'Hoàn tác lần nhập này',
  close: 'Đóng',
  reading: 'Đang đọc tài liệu…',
  writing: 'Đang ghi vào trang tính…',
  rows: (n: number): string => `${n} dòng sẽ được thêm vào Kế hoạch.`,
  perStandard: 'Số dòng theo tiêu chuẩn',
  standard: (s: string): string =>
    s === 'M4' ? 'Mức 4' : s ? `Tiêu chuẩn ${s}` : 'Chưa rõ tiêu chuẩn',
  recognised: 'Cột nhận ra',
  ignored: 'Cột không dùng (giữ trong Ghi chú)',
  guessed: (n: number): string => `Tiêu chí đoán theo nội dung hoặc dòng trên: ${n}`,
  unmatched: 'Người phụ trách không có trong Nhân sự',
  periods: 'Thời gian chưa hiểu',
  info: 'Thông tin chung tìm thấy (chỉ điền ô còn trống)',
  issues: 'Cần xem lại',
  none: 'Không có.',
  added: (n: number, info: number): string =>
    `Đã thêm ${n} dòng vào Kế hoạch${info ? `, điền ${info} mục Thông tin chung` : ''}.`,
  checked: (errors: number, warnings: number): string =>
    `Kiểm tra kế hoạch: ${errors} lỗi, ${warnings} cảnh báo.`,
};
