/**
 * Weekly reminders: the e-mail, the log sheet `Nhật ký nhắc hạn` and the confirmations.
 * Vietnamese, as users read it.
 */
// @ts-nocheck

import { clip } from './common';
import { MENU } from './menu';

const counted = (late: number, soon: number, days: number, sep: string): string =>
  [late ? `${late} việc quá hạn` : '', soon ? `${soon} việc đến hạn trong ${days} ngày tới` : '']
    .filter(Boolean)
    .join(sep);

/** Weekly reminders: the e-mail, the log sheet `Nhật ký nhắc hạn` and the confirmations. */
export const REMIND = {
  title: 'Nhắc hạn hằng tuần',
  /** The `Kết quả` column of the log. */
  result: { sent: 'Đã gửi', skipped: 'Bỏ qua', deferred: 'Hoãn', error: 'Lỗi' },
  subject: (late: number, soon: number, days: number, school: string): string =>
    `Nhắc hạn CTCL: ${counted(late, soon, days, ', ')}${school ? ` – ${clip(school, 50)}` : ''}`,
  heading: 'Việc cần chú ý tuần này',
  greeting: (name: string): string => `Kính gửi thầy/cô${name ? ` ${name}` : ''},`,
  summary: (late: number, soon: number, days: number, today: string): string =>
    `Tính đến ngày ${today}, thầy/cô có ${counted(late, soon, days, ' và ')}. Việc gấp nhất được xếp trước.`,
  sections: ['Thầy/cô chủ trì', 'Thầy/cô phối hợp'],
  late: (n: number): string => `Quá hạn ${n} ngày`,
  dueToday: 'Đến hạn hôm nay',
  left: (n: number): string => `Còn ${n} ngày`,
  criterion: 'Tiêu chí',
  action: 'Việc cần làm',
  weakness: 'Điểm yếu',
  deadline: 'Hạn',
  noStatus: 'Chưa cập nhật',
  open: (row: number): string => `Mở dòng ${row} trong bảng tính`,
  more: (n: number): string => `… và ${n} việc khác, ít gấp hơn: xem trong bảng tính`,
  footer:
    'Thư tự động của Kế hoạch CTCL, mỗi tuần một thư. Xong việc, hãy chọn “Hoàn thành” ở cột “Trạng thái” để thôi nhắc việc đó; muốn thôi nhận thư, nhờ người quản lý ghi “Không” ở cột “Nhận nhắc hạn” (trang “Nhân sự”).',
  optedOut: '“Nhận nhắc hạn” là Không.',
  noEmail: 'Chưa có địa chỉ email hợp lệ trong trang “Nhân sự”.',
  rows: (rows: number[]): string =>
    `Không nhắc được dòng ${rows.join(', ')}: chưa đọc được hạn hoàn thành hoặc không tìm được người nhận trong “Nhân sự”. Hãy chạy “${MENU.check}”.`,
  deferred: 'Hết hạn mức gửi thư trong ngày; sẽ gửi ở lần chạy sau.',
  failed: (message: string): string => `Lượt gửi nhắc hạn bị dừng: ${clip(message, 200)}`,
  busy: 'Một lượt gửi nhắc hạn khác đang chạy; lượt này dừng lại để không gửi trùng.',
  /** A failed or deferred send, in the check report. */
  logIssue: (who: string, detail: string): string =>
    `Thư nhắc hạn${who ? ` cho ${who}` : ''} chưa gửi được: ${clip(detail, 160)} Sau khi xử lý, chọn “${MENU.remindersNow}”.`,
  enabled: (day: string, hour: number, next: string): string =>
    `Đã bật nhắc hạn: mỗi ${day}, khoảng ${hour} giờ (giờ Việt Nam), mỗi người một thư về việc quá hạn và sắp đến hạn của mình.\nLần gửi tới: khoảng ${next}.`,
  disabled: (removed: number): string =>
    removed
      ? 'Đã tắt nhắc hạn hằng tuần: không còn lần gửi tự động nào.'
      : 'Nhắc hạn hằng tuần chưa được bật: không có gì để tắt.',
  report: (sent: number, skipped: number, deferred: number, retry: string): string =>
    `Đã gửi ${sent} thư, bỏ qua ${skipped} người, hoãn ${deferred} người${deferred ? ` (${retry ? `tự gửi lại khoảng ${retry}` : 'gửi ở lần chạy sau'})` : ''}. Chi tiết ở trang “Nhật ký nhắc hạn”.`,
};
