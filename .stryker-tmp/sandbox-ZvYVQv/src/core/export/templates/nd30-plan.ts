/**
 * The standard template (shared/spec/document-template.md): the Ministry's improvement-plan
 * content in the format of Nghị định 30/2020/NĐ-CP, Phụ lục I. Where the decree gives a range,
 * the first value is used. The fixed wording of the document is part of the description.
 */
// @ts-nocheck

import type { PlanTemplate } from '../template';

const BODY = {
  size: 13,
  align: 'justify',
  indentFirstLineMm: 10,
  spaceAfter: 6,
  lineSpacing: 1,
} as const;
const CELL = { size: 11, align: 'left', lineSpacing: 1 } as const;

export const ND30_PLAN: PlanTemplate = {
  id: 'nd30-plan',
  description: 'Kế hoạch cải tiến chất lượng — thể thức Nghị định 30/2020/NĐ-CP',
  page: { widthMm: 210, heightMm: 297, marginsMm: { top: 20, bottom: 20, left: 30, right: 15 } },
  font: 'Times New Roman',
  color: '#000000',
  styles: {
    governingBody: { size: 12, upper: true, align: 'center' },
    schoolName: { size: 12, bold: true, upper: true, align: 'center' },
    nationalName: { size: 12, bold: true, upper: true, align: 'center' },
    motto: { size: 13, bold: true, align: 'center' },
    number: { size: 13, align: 'center' },
    dateLine: { size: 13, italic: true, align: 'center' },
    rule: { size: 7, bold: true, align: 'center' },
    title: { size: 13, bold: true, upper: true, align: 'center', spaceBefore: 18 },
    subject: { size: 13, bold: true, align: 'center' },
    sectionTitle: { ...BODY, bold: true, spaceBefore: 6 },
    body: BODY,
    tableHeader: { ...CELL, bold: true, align: 'center' },
    tableCell: CELL,
    groupRow: { ...CELL, bold: true },
    totalRow: { ...CELL, bold: true },
    recipientsLabel: { size: 12, bold: true, italic: true, align: 'left' },
    recipients: { size: 11, align: 'left' },
    signer: { size: 13, bold: true, align: 'center' },
  },
  rules: { schoolName: 0.4, motto: 1, subject: 0.4 },
  header: { columnsMm: [62, 103] },
  closing: { columnsMm: [75, 90], signatureLines: 3 },
  texts: {
    nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    title: 'KẾ HOẠCH',
    subject: 'Cải tiến chất lượng giáo dục năm học {year}',
    numberLabel: 'Số:',
    symbol: 'KH',
    numberGap: '      ',
    blank: '……',
    dateLine: '{place}, ngày {day} tháng {month} năm {year}',
    recipientsLabel: 'Nơi nhận:',
    archive: 'Lưu: VT.',
    end: '/.',
    standardRow: 'Tiêu chuẩn {code}: {name}',
    criterion: 'Tiêu chí {code}: {name}',
    level4Criterion: 'Yêu cầu {n}: {name}',
    levelsRow: 'MỨC {levels}',
    level4Row: 'MỨC 4',
    unassignedRow: 'Nội dung chưa ghi tiêu chí',
    selfAssessment: 'Tự đánh giá: {level}',
    deadline: 'Hạn: {date}',
    total: 'Tổng kinh phí dự kiến',
  },
  sections: [
    { title: 'I. CĂN CỨ XÂY DỰNG KẾ HOẠCH', content: 'legalBases' },
    { title: 'II. MỤC ĐÍCH, YÊU CẦU', content: 'purposes' },
    { title: 'III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG', content: 'table' },
    { title: 'IV. TỔ CHỨC THỰC HIỆN', content: 'implementation' },
  ],
  table: {
    borderPt: 0.5,
    headerBackground: '#d9d9d9',
    groupColumn: 1,
    columns: [
      { header: 'TT', widthMm: 9, parts: [{ field: 'tt' }] },
      {
        header: 'Tiêu chuẩn, tiêu chí',
        widthMm: 21.5,
        parts: [{ field: 'criterion' }, { field: 'selfAssessment' }],
      },
      {
        header: 'Kết quả cần đạt (so với hiện trạng)',
        widthMm: 20,
        parts: [
          { field: 'weakness', label: 'Hiện trạng: ' },
          { field: 'target', label: 'Cần đạt: ', labelOnlyWithOthers: true },
        ],
      },
      { header: 'Công việc/giải pháp cần thực hiện', widthMm: 22.5, parts: [{ field: 'actions' }] },
      {
        header: 'Chủ trì và phối hợp thực hiện',
        widthMm: 16,
        parts: [
          { field: 'lead', label: 'Chủ trì: ', labelOnlyWithOthers: true },
          { field: 'partners', label: 'Phối hợp: ' },
        ],
      },
      {
        header: 'Thời gian thực hiện và hoàn thành',
        widthMm: 21.5,
        parts: [{ field: 'period' }, { field: 'deadline' }],
      },
      {
        header: 'Dự kiến kinh phí',
        widthMm: 27.5,
        parts: [{ field: 'budget' }, { field: 'fundingSource', label: 'Nguồn: ' }],
      },
      {
        header: 'Điều kiện hỗ trợ khác',
        widthMm: 16,
        parts: [{ field: 'support' }, { field: 'evidence', label: 'Minh chứng: ' }],
      },
      { header: 'Ghi chú', widthMm: 11, parts: [{ field: 'notes' }] },
    ],
  },
};
