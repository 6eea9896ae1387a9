/** The platform: the spreadsheet's locale, pasted formulas and markup, the installation check. */
import { q, clip } from './common';

export const PLATFORM = {
  monthFirstLocale: (locale: string): string =>
    `Bảng tính đang đặt khu vực ${q(locale)}, nên ngày gõ tay như 05/12/2025 bị hiểu là ngày 12 tháng 5. Hãy vào Tệp → Cài đặt bảng tính, chọn Ngôn ngữ và khu vực “Việt Nam” (múi giờ GMT+07:00 Hà Nội), rồi kiểm tra lại các ngày đã nhập.`,
  formulaText: (text: string): string =>
    `Nội dung ${q(clip(text))} trông như một công thức, thường do dán nhầm. Tiện ích vẫn giữ và hiển thị nó đúng như chữ đã ghi; hãy kiểm tra và sửa nếu không phải nội dung kế hoạch.`,
  htmlText: (text: string): string =>
    `Nội dung ${q(clip(text))} có mã HTML (thẻ <…>), thường do dán từ trang web. Tiện ích vẫn hiển thị nó đúng như chữ đã ghi; hãy xóa phần mã nếu không cần.`,
};
