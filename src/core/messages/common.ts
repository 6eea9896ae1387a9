/**
 * Shared by every capability: the unexpected-error sentence, the location prefix, field and
 * status labels, weekdays. Vietnamese, as users read it.
 */
import { clip as clipTo } from '../parse/text';

/** What the user wrote, in quotes. */
export const q = (s: string): string => `“${s}”`;
/** What the user wrote, quoted in a message: at most 60 characters unless said. */
export const clip = (s: string, n = 60): string => clipTo(s, n);

/** The school levels, as the messages list them. */
export const SCHOOL_LEVELS =
  'Mầm non, Tiểu học, Trung học cơ sở, Trung học phổ thông hoặc Phổ thông có nhiều cấp học';

export const ERROR = {
  unexpected:
    'Đã xảy ra lỗi ngoài dự kiến. Dữ liệu chưa bị thay đổi. Vui lòng thử lại; nếu vẫn lỗi, báo cho người quản trị kèm thời điểm xảy ra.',
  busy: 'Một người khác đang lưu kế hoạch. Vui lòng thử lại sau vài giây.',
  noSpreadsheet: 'Không tìm thấy bảng tính đang mở. Hãy mở bảng tính kế hoạch rồi chạy lại.',
};

/** Location prefix: `Dòng 5, cột “Tiêu chí” (B): `. */
export function at(row: number | null, column: string | null, letter: string | null): string {
  const parts: string[] = [];
  if (row !== null) parts.push(`Dòng ${row}`);
  if (column) parts.push(`cột ${q(column)}${letter ? ` (${letter})` : ''}`);
  return parts.length ? `${parts.join(', ')}: ` : '';
}

/** Human labels of plan fields, for messages. */
export const FIELD_LABEL: Record<string, string> = {
  id: 'Mã',
  criterion: 'Tiêu chí',
  selfAssessment: 'Kết quả tự đánh giá',
  weakness: 'Điểm yếu',
  target: 'Kết quả cần đạt',
  actions: 'Biện pháp thực hiện',
  lead: 'Người chủ trì',
  partners: 'Người phối hợp',
  period: 'Thời gian thực hiện',
  start: 'Ngày bắt đầu',
  deadline: 'Hạn hoàn thành',
  budget: 'Dự kiến kinh phí',
  fundingSource: 'Nguồn kinh phí',
  support: 'Điều kiện hỗ trợ',
  evidence: 'Minh chứng',
  status: 'Trạng thái',
  notes: 'Ghi chú',
  updated: 'Cập nhật',
};

export const STATUS_LABEL = {
  chua: 'Chưa thực hiện',
  dang: 'Đang thực hiện',
  xong: 'Hoàn thành',
  dung: 'Tạm dừng',
} as const;

export const WEEKDAYS = [
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
  'Chủ nhật',
];
