/** The add-on menu and the sheets' set-up. Vietnamese, as users read it. */
// @ts-nocheck


export const MENU = {
  title: 'Kế hoạch CTCL',
  sidebar: 'Nhập kế hoạch theo tiêu chí',
  check: 'Kiểm tra kế hoạch',
  export: 'Xuất ra Google Tài liệu',
  setUp: 'Tạo/bổ sung các trang tính',
  remindersOn: 'Bật nhắc hạn hằng tuần',
  remindersOff: 'Tắt nhắc hạn hằng tuần',
  remindersNow: 'Gửi nhắc hạn ngay',
} as const;

export const SETUP = {
  done: (created: string[], added: string[]): string =>
    [
      created.length ? `Đã tạo trang tính: ${created.join(', ')}.` : 'Các trang tính đã có sẵn.',
      added.length ? `Đã thêm cột còn thiếu: ${added.join(', ')}.` : '',
      'Dữ liệu sẵn có được giữ nguyên.',
    ]
      .filter(Boolean)
      .join('\n'),
  title: 'Chuẩn bị trang tính',
};
