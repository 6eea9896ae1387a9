/** The platform: the spreadsheet's locale, pasted formulas and markup, the installation check. */
import { q, clip } from './common';

const FIX = 'Tệp → Cài đặt bảng tính';
const KEEP = 'Vẫn giữ đúng chữ đã ghi; hãy sửa nếu dán nhầm.';

export const PLATFORM = {
  monthFirstLocale: (locale: string): string =>
    `Khu vực ${q(locale)} đọc ngày gõ 05/12/2025 là 12/5. Hãy vào ${FIX}, chọn Việt Nam, rồi xem lại các ngày.`,
  formulaText: (text: string): string => `${q(clip(text))} trông như công thức. ${KEEP}`,
  htmlText: (text: string): string => `${q(clip(text))} có mã HTML. ${KEEP}`,
};

/** Kiểm tra cài đặt: one line per check, `topic: ổn/cần xử lý — what was seen, what to do`. */
export const INSTALL = {
  menu: 'Kiểm tra cài đặt',
  line: (topic: string, ok: boolean, detail: string): string =>
    `${topic}: ${ok ? 'ổn' : 'cần xử lý'} — ${detail}`,
  unreadable: 'Không đọc được; thử lại, hoặc xem nhật ký thực thi.',
  scopes: 'Quyền',
  scopesMissing: (missing: string[]): string =>
    `Thiếu ${missing.join(', ')}: npm run deploy rồi cấp quyền lại.`,
  zone: 'Múi giờ',
  zoneDiffers: (sheet: string, script: string): string =>
    `${sheet}, tập lệnh ${script}: vào ${FIX}, chọn (GMT+07:00) Hà Nội.`,
  locale: 'Khu vực',
  roundTrip: 'Ghi, đọc lại ô',
  roundTripBad: (seen: string): string => `Đọc lại ${seen}: báo người cài đặt.`,
  mail: 'Hạn mức thư hôm nay',
  mailNone: 'Hết: nhắc hạn gửi ở lần chạy sau.',
  owner: 'Người gửi nhắc hạn',
  ownerOk: (email: string, since: string): string => `${email || '?'}, bật từ ${since}.`,
  ownerNone: 'Chưa bật: chọn Bật nhắc hạn.',
  drive: 'Tài liệu xuất',
  driveScope: 'Có quyền Drive.',
  driveNone: 'Tài liệu xuất được tạo trong Drive của người xuất.',
};
