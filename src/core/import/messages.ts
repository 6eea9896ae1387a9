/**
 * What the import from a Google Doc tells the user, in Vietnamese. Every row message names
 * the Doc's table and row (tables counted from 1 in the document's order).
 * (To be moved into the messages room.)
 */
const q = (s: string): string => `“${s.length > 60 ? `${s.slice(0, 59)}…` : s}”`;

export const IMPORT = {
  sheet: (table: number): string => `Bảng ${table} trong tài liệu`,
  at: (table: number, row: number | null, column: string | null): string =>
    `Bảng ${table}${row ? `, dòng ${row}` : ''}${column ? `, cột ${q(column)}` : ''}: `,
  notImprovementPlan: (title: string): string =>
    `Tài liệu này là ${q(title)}, không phải kế hoạch cải tiến chất lượng: không có gì được nhập.`,
  noPlanTable:
    'Không tìm thấy bảng kế hoạch nào (bảng có cột biện pháp hoặc công việc cần thực hiện): không có gì được nhập.',
  noCriterion: (standard: string): string =>
    standard
      ? `chưa ghi tiêu chí (thuộc Tiêu chuẩn ${standard}); hãy chọn tiêu chí sau khi nhập.`
      : 'chưa ghi tiêu chí; hãy chọn tiêu chí sau khi nhập.',
  criterionGuessed: (code: string): string =>
    `tài liệu không ghi tiêu chí, đề xuất tiêu chí ${code} theo nội dung; hãy kiểm tra lại.`,
  criterionCarried: (code: string): string =>
    `ô tiêu chí để trống, lấy theo dòng trên (tiêu chí ${code}); hãy kiểm tra lại.`,
  criterionUnreadable: (text: string): string =>
    `không đọc được mã tiêu chí trong ${q(text)}; hãy chọn tiêu chí sau khi nhập.`,
  criterionNotInCatalog: (code: string, catalog: string): string =>
    `tiêu chí ${code} không có trong ${catalog}; hãy kiểm tra lại.`,
  levelUnreadable: (text: string): string =>
    `không hiểu kết quả tự đánh giá ${q(text)}; hãy chọn Chưa đạt hoặc Đạt mức 1–4.`,
  periodUnreadable: (text: string): string =>
    `chưa hiểu thời gian ${q(text)}; hãy nhập hạn hoàn thành sau khi nhập.`,
  budgetUnreadable: (text: string): string =>
    `chưa hiểu kinh phí ${q(text)}; giữ nguyên chữ, hãy ghi lại số tiền.`,
  fromProse: (fields: string): string => `đã tách ${fields} từ đoạn văn mô tả; hãy kiểm tra lại.`,
  budgetMerged: (rows: string): string =>
    `ô kinh phí gộp chung cho các dòng ${rows}: chỉ ghi ở dòng đầu để không cộng trùng.`,
};

/** Field names as the preview speaks of them. */
export const IMPORT_FIELD: Record<string, string> = {
  period: 'thời gian',
  lead: 'người chủ trì',
  partners: 'người phối hợp',
  budget: 'kinh phí',
  fundingSource: 'nguồn kinh phí',
};
