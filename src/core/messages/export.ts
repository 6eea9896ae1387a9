/**
 * Export to Google Docs: the dialog, the file name and the default wording of the document.
 * Vietnamese, as users read it.
 */
import { MENU } from './menu';

/** The two guidance letters share their wording. */
const GUIDANCE = 'Căn cứ Công văn số ';
const GUIDED = 'của Bộ Giáo dục và Đào tạo về việc hướng dẫn tự đánh giá và đánh giá ngoài ';

/** A lead's duty when no role names it, also in the closing paragraph. */
const DUTY = 'thực hiện, theo dõi tiến độ và lưu minh chứng';

const LEAD_DUTY: Record<string, string> = {
  HT: 'chỉ đạo chung, phân công, kiểm tra và đánh giá',
  PHT: 'giúp Hiệu trưởng chỉ đạo, theo dõi tiến độ',
  BGH: 'chỉ đạo, kiểm tra và tổng hợp kết quả',
  TTCM: 'triển khai trong tổ, kiểm tra và báo cáo kết quả',
  GV: 'thực hiện trong hoạt động giáo dục, lưu minh chứng',
  '': DUTY,
};

/** Export to Google Docs: the dialog, the file name and the default wording of the document. */
export const EXPORT = {
  menuNewDoc: 'Xuất ra tài liệu mới (giữ bản cũ)',
  dialogTitle: 'Xuất kế hoạch ra Google Tài liệu',
  docName: (year: string, school: string): string =>
    `Kế hoạch cải tiến chất lượng năm học ${year}${school ? ` - ${school}` : ''}`,
  heading: (outcome: string): string =>
    outcome === 'replaced'
      ? 'Đã cập nhật tài liệu chung:'
      : outcome === 'noAccess'
        ? 'Đã tạo tài liệu riêng cho bạn:'
        : 'Đã tạo tài liệu mới:',
  outcome: {
    created: () => 'Đây là tài liệu chung của bảng tính; mọi người xuất lại vào đây.',
    newCopy: () => 'Tài liệu này thành tài liệu chung; tài liệu trước giữ nguyên.',
    replaced: () => 'Tài liệu chưa bị sửa tay nên được thay bằng kế hoạch hiện tại.',
    edited: () =>
      'Tài liệu trước đã được sửa tay nên giữ nguyên; tài liệu mới thành tài liệu chung. Bản đã sửa:',
    gone: () => 'Tài liệu trước đã bị xóa; tài liệu mới thành tài liệu chung. Tài liệu cũ:',
    noAccess: (by: string) =>
      `Bạn chưa mở được tài liệu chung: hãy nhờ ${by || 'người đã xuất'} chia sẻ quyền sửa rồi xuất lại (nếu nó đã bị xóa: chọn “Xuất ra tài liệu mới”). Tài liệu chung giữ nguyên:`,
  } satisfies Record<string, (by: string) => string>,
  previousLink: 'Tài liệu của lần xuất trước',
  unknownTemplate: (label: string): string =>
    `“${label}” chỉ nhận “NĐ30” (hoặc để trống), “TT57” hoặc liên kết Google Tài liệu mẫu. Chưa xuất gì.`,
  templateUnreadable:
    'Không mở được “Mẫu văn bản” như một Google Tài liệu: hãy kiểm tra liên kết và quyền xem. Chưa xuất gì.',
  templatePlaceholder: (name: string): string =>
    `Tài liệu mẫu có “{{${name}}}” không dùng được: tên mục của “Thông tin chung” dùng ở mọi chỗ, tên cột của “Kế hoạch” chỉ trong hàng bảng. Chưa xuất gì.`,
  templateNoItems:
    'Tài liệu mẫu chưa có bảng với hàng chứa tên cột của “Kế hoạch” (như {{Tiêu chí}}), hàng lặp cho từng nội dung. Chưa xuất gì.',
  placement:
    'Tài liệu nằm ở “Drive của tôi” của người xuất; muốn để cạnh bảng tính: Tệp → Di chuyển (lần sau vẫn cập nhật đúng).',
  failedKept:
    'Google Tài liệu báo lỗi; tài liệu của lần xuất trước vẫn giữ nguyên. Hãy thử lại sau.',
  // A template Doc is cleared before it is filled again (it held no hand edit).
  failedRedo:
    'Google Tài liệu báo lỗi giữa chừng: tài liệu chung (chưa ai sửa tay) có thể chưa đủ nội dung. Hãy xuất lại sau ít phút.',
  errors: (n: number): string =>
    n
      ? `Kiểm tra kế hoạch còn ${n} lỗi chưa sửa. Tài liệu vẫn được tạo từ những gì đã có, ô thiếu để trống; chọn “${MENU.check}” để xem và sửa.`
      : 'Kiểm tra kế hoạch không còn lỗi nào.',
  close: 'Đóng',
  /** Default legal bases: the plan's circular first, then the guidance letter of its level. */
  circular: (text: string): string => `Căn cứ ${text};`,
  circularBy: 'của Bộ trưởng Bộ Giáo dục và Đào tạo',
  guidance: {
    mn: `${GUIDANCE}5942/BGDĐT-QLCL ngày 28/12/2018 ${GUIDED}trường mầm non;`,
    pt: `${GUIDANCE}5932/BGDĐT-QLCL ngày 28/12/2018 ${GUIDED}cơ sở giáo dục phổ thông;`,
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
  implementationEnd: `Người chủ trì xây dựng kế hoạch chi tiết, tổ chức ${DUTY}; người phối hợp tham gia theo phân công; định kỳ báo cáo kết quả với Hiệu trưởng. Hiệu trưởng kiểm tra, đánh giá việc thực hiện kế hoạch vào cuối học kỳ I và cuối năm học`,
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

/** The HTML preview's banner (src/core/export/preview.ts: tools only, not in the server bundle). */
export const PREVIEW = {
  banner: (name: string, errors: number): string =>
    `Bản xem trước (không in dòng này): ${name}. ${errors ? `Kiểm tra còn ${errors} lỗi chưa sửa.` : 'Kiểm tra không còn lỗi.'}`,
};
