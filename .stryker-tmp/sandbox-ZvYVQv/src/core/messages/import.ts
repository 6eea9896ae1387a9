/**
 * What the import from a Google Doc tells the user, in Vietnamese. Every row message names
 * the Doc's table and row (tables counted from 1 in the document's order).
 */
// @ts-nocheck

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
  noPlanTable:
    'Không thấy bảng kế hoạch nào (bảng có cột biện pháp hoặc công việc cần thực hiện): không nhập gì.',
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
  fromProse: (fields: string): string => `đã tách ${fields} từ đoạn văn${CHECK}`,
  budgetMerged: (rows: string): string =>
    `kinh phí gộp chung cho các dòng ${rows}, chỉ ghi ở dòng đầu để không cộng trùng.`,
};

/** Field names as the preview speaks of them. */
export const IMPORT_FIELD: Record<string, string> = {
  period: 'thời gian',
  lead: 'người chủ trì',
  budget: 'kinh phí',
  fundingSource: 'nguồn kinh phí',
};
