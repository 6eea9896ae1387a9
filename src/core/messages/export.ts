/**
 * Export to Google Docs: the dialog, the file name and the default wording of the document.
 * Vietnamese, as users read it.
 */
import { MENU } from './menu';

const LEAD_DUTY: Record<string, string> = {
  HT: 'chỉ đạo chung, phân công nhiệm vụ, bố trí kinh phí và kiểm tra, đánh giá việc thực hiện kế hoạch',
  PHT: 'giúp Hiệu trưởng chỉ đạo các nội dung được giao, theo dõi tiến độ và tổng hợp kết quả',
  BGH: 'chỉ đạo, kiểm tra việc thực hiện và tổng hợp kết quả cải tiến',
  TTCM: 'xây dựng kế hoạch của tổ, triển khai các biện pháp trong tổ, kiểm tra và báo cáo kết quả',
  TPCM: 'giúp tổ trưởng triển khai, theo dõi các biện pháp trong tổ',
  GV: 'thực hiện các biện pháp trong hoạt động giáo dục hằng ngày và lưu giữ minh chứng',
  KT: 'lập dự toán, bảo đảm kinh phí và hồ sơ tài chính của các nội dung cải tiến',
  '': 'tổ chức thực hiện các nội dung được phân công, theo dõi tiến độ và lưu minh chứng',
};

/** Export to Google Docs: the dialog, the file name and the default wording of the document. */
export const EXPORT = {
  menuNewDoc: 'Xuất ra tài liệu mới (giữ bản cũ)',
  dialogTitle: 'Xuất kế hoạch ra Google Tài liệu',
  docName: (year: string, school: string): string =>
    `Kế hoạch cải tiến chất lượng năm học ${year}${school ? ` - ${school}` : ''}`,
  heading: {
    created: 'Đã tạo tài liệu mới:',
    newCopy: 'Đã tạo tài liệu mới (bản cũ giữ nguyên):',
    replaced: 'Đã cập nhật tài liệu chung của bảng tính:',
    edited: 'Đã tạo tài liệu mới:',
    gone: 'Đã tạo tài liệu mới:',
    noAccess: 'Đã tạo một tài liệu riêng cho bạn:',
  },
  outcome: {
    created: () =>
      'Đây là tài liệu chung của bảng tính: mọi người sửa bảng tính đều xuất lại vào tài liệu này.',
    newCopy: () =>
      'Tài liệu này thay tài liệu trước làm tài liệu chung của bảng tính; tài liệu trước không bị thay đổi.',
    replaced: () =>
      'Nội dung cũ được thay bằng kế hoạch hiện tại (tài liệu chưa bị ai sửa trực tiếp kể từ lần xuất trước).',
    edited: () =>
      'Tài liệu của lần xuất trước đã được sửa trực tiếp sau lần xuất đó, nên được giữ nguyên, không mất chỗ nào đã sửa. Kế hoạch hiện tại nằm ở tài liệu mới, từ nay là tài liệu chung. Tài liệu đã sửa:',
    gone: () =>
      'Không mở được tài liệu của lần xuất trước (tài liệu đã bị xóa). Tài liệu mới từ nay là tài liệu chung của bảng tính. Tài liệu cũ:',
    noAccess: (by: string) =>
      `Bạn không mở được tài liệu chung của bảng tính${by ? ` (do ${by} xuất)` : ''}: tài liệu chưa được chia sẻ cho bạn, hoặc đã bị xóa. Nếu tài liệu còn, hãy nhờ ${by || 'người đã xuất'} (chủ tài liệu) chia sẻ quyền chỉnh sửa cho bạn rồi xuất lại. Tài liệu chung vẫn giữ nguyên, không chuyển sang tài liệu riêng này. Nếu tài liệu chung đã bị xóa, chọn “Xuất ra tài liệu mới (giữ bản cũ)” để tài liệu mới thành tài liệu chung. Tài liệu chung:`,
  } satisfies Record<string, (by: string) => string>,
  previousLink: 'Tài liệu của lần xuất trước',
  unknownTemplate: (label: string): string =>
    `“${label}” chỉ nhận “NĐ30” (mẫu chuẩn theo Nghị định 30, để trống cũng vậy) hoặc “TT57” (Biểu 2). Chưa xuất gì; hãy sửa ô này rồi xuất lại.`,
  placement:
    'Tài liệu nằm trong “Drive của tôi” của người xuất (tiện ích không xin quyền Drive). Muốn để cạnh bảng tính: mở tài liệu, chọn Tệp → Di chuyển, chọn thư mục của bảng tính; các lần xuất sau vẫn cập nhật đúng tài liệu đó.',
  failedKept:
    'Xuất chưa xong vì Google Tài liệu báo lỗi; tài liệu của lần xuất trước vẫn giữ nguyên như cũ. Hãy thử lại sau ít phút.',
  errors: (n: number): string =>
    n
      ? `Kiểm tra kế hoạch còn ${n} lỗi chưa sửa. Tài liệu vẫn được tạo từ những gì đã có, ô thiếu để trống; chọn “${MENU.check}” để xem và sửa.`
      : 'Kiểm tra kế hoạch không còn lỗi nào.',
  close: 'Đóng',
  previewBanner: (name: string, errors: number): string =>
    `Bản xem trước (không in dòng này): ${name}. ${errors ? `Kiểm tra còn ${errors} lỗi chưa sửa.` : 'Kiểm tra không còn lỗi.'}`,
  /** Default legal bases: the plan's circular first, then the guidance letter of its level. */
  circular: (text: string): string => `Căn cứ ${text};`,
  circularBy: 'của Bộ trưởng Bộ Giáo dục và Đào tạo',
  guidance: {
    mn: 'Căn cứ Công văn số 5942/BGDĐT-QLCL ngày 28/12/2018 của Bộ Giáo dục và Đào tạo về việc hướng dẫn tự đánh giá và đánh giá ngoài trường mầm non;',
    pt: 'Căn cứ Công văn số 5932/BGDĐT-QLCL ngày 28/12/2018 của Bộ Giáo dục và Đào tạo về việc hướng dẫn tự đánh giá và đánh giá ngoài cơ sở giáo dục phổ thông;',
  },
  selfAssessmentBasis: (year: string, school: string): string =>
    `Căn cứ kết quả tự đánh giá chất lượng giáo dục năm học ${year} của ${school || 'nhà trường'}, nhà trường xây dựng kế hoạch cải tiến chất lượng giáo dục với những nội dung sau:`,
  purposes: (year: string): string[] => [
    `Khắc phục những điểm yếu đã chỉ ra trong báo cáo tự đánh giá, phát huy điểm mạnh, từng bước nâng cao chất lượng giáo dục của nhà trường trong năm học ${year}.`,
    'Kế hoạch cụ thể, khả thi, phù hợp với điều kiện thực tế; mỗi nội dung có người chủ trì, người phối hợp, thời gian hoàn thành, kinh phí dự kiến và minh chứng; thực hiện đúng tiến độ, lưu trữ đầy đủ hồ sơ, minh chứng phục vụ kiểm định chất lượng giáo dục.',
  ],
  /** Section IV, one paragraph per lead role: what it leads, then its part. */
  leadDuty: (code: string | null, count: number, refs: string): string =>
    `chủ trì ${count} nội dung cải tiến${refs ? ` (${refs})` : ''}; ${LEAD_DUTY[code ?? ''] ?? LEAD_DUTY['']}.`,
  moreLeads: (names: string): string =>
    `Các cá nhân, bộ phận khác được phân công chủ trì: ${names}.`,
  implementationEnd:
    'Người chủ trì xây dựng kế hoạch chi tiết, tổ chức thực hiện, theo dõi tiến độ và lưu minh chứng; người phối hợp tham gia theo phân công; định kỳ báo cáo kết quả với Hiệu trưởng. Hiệu trưởng kiểm tra, đánh giá việc thực hiện kế hoạch vào cuối học kỳ I và cuối năm học',
  refCriteria: (codes: string[]): string => `tiêu chí ${codes.join(', ')}`,
  refStandards: (codes: string[]): string => `tiêu chuẩn ${codes.join(', ')}`,
  refLevel4: (n: number): string => `${n} yêu cầu mức 4`,
  defaultRecipients: ['Các tổ chuyên môn, văn phòng (để thực hiện)'],
  roleLabel: {
    HT: 'Hiệu trưởng',
    PHT: 'Phó hiệu trưởng',
    BGH: 'Ban giám hiệu',
    TTCM: 'Tổ trưởng chuyên môn',
    TPCM: 'Tổ phó chuyên môn',
    GV: 'Giáo viên',
    NV: 'Nhân viên',
    KT: 'Kế toán',
    VT: 'Văn thư',
    YT: 'Nhân viên y tế',
    CTCĐ: 'Chủ tịch Công đoàn',
    BTĐ: 'Bí thư Đoàn',
    TPT: 'Tổng phụ trách Đội',
  } as Record<string, string>,
};
