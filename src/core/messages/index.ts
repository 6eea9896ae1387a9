/**
 * Every string a user sees, in Vietnamese, in one place. Messages say where (row, column),
 * what is wrong and what to do.
 */
import { formatDmy } from '../parse/dates';
import { clip as clipTo } from '../parse/text';

const q = (s: string): string => `“${s}”`;
/** What the user wrote, quoted in a message: at most 60 characters unless said. */
const clip = (s: string, n = 60): string => clipTo(s, n);

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

export const REPORT = {
  title: 'Kết quả kiểm tra kế hoạch',
  ok: 'Không phát hiện lỗi hay cảnh báo nào. Kế hoạch đã sẵn sàng.',
  summary: (errors: number, warnings: number): string =>
    `${errors} lỗi cần sửa, ${warnings} cảnh báo cần xem lại.`,
  errors: 'Lỗi cần sửa',
  warnings: 'Cảnh báo',
  colSheet: 'Trang tính',
  colRow: 'Dòng',
  colColumn: 'Cột',
  colMessage: 'Nội dung',
  more: (n: number): string => `… và ${n} mục khác: sửa các mục trên rồi kiểm tra lại để xem tiếp.`,
  close: 'Đóng',
};

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

/** Field-level messages, shared by the sidebar and the server check (no location inside). */
export const FIELD = {
  required: (label: string): string =>
    `Chưa nhập ${label.toLowerCase()}. Đây là thông tin bắt buộc.`,
  criterionUnreadable: (text: string): string =>
    `Không đọc được mã tiêu chí từ ${q(clip(text))}. Hãy ghi mã dạng 1.1, 3.5 hoặc “Tiêu chí 1.1”.`,
  criterionUnknown: (code: string, catalog: string): string =>
    `Tiêu chí ${code} không có trong bộ tiêu chuẩn ${catalog}. Hãy kiểm tra lại mã, hoặc bổ sung tiêu chí vào trang “Danh mục tiêu chí”.`,
  criterionNumber: (code: string): string =>
    `Ô tiêu chí đang ở dạng số (${code}); Google Trang tính có thể đã đổi 1.10 thành 1.1. Hãy định dạng cột là văn bản (Định dạng → Số → Văn bản thuần túy) và nhập lại.`,
  levelUnreadable: (text: string): string =>
    `Không hiểu kết quả tự đánh giá ${q(clip(text))}. Hãy chọn: Chưa đạt, Đạt mức 1, Đạt mức 2, Đạt mức 3 hoặc Đạt mức 4.`,
  levelNotAllowed: (label: string, catalog: string, allowed: string[]): string =>
    `Bộ tiêu chuẩn ${catalog} không có kết quả ${q(label)}. Chỉ chọn một trong: ${allowed.join(', ')}.`,
  dateImpossible: (text: string): string =>
    `Ngày ${q(clip(text))} không tồn tại. Hãy nhập ngày có thật theo dạng dd/mm/yyyy.`,
  dateUnreadable: (text: string): string =>
    `Không đọc được ngày ${q(clip(text))}. Hãy nhập theo dạng dd/mm/yyyy, ví dụ 31/05/2026.`,
  budgetNegative: (text: string): string =>
    `Kinh phí ${q(clip(text))} là số âm. Hãy nhập số tiền dự kiến (ví dụ 5.000.000 hoặc 550 triệu đồng), hoặc “Không”.`,
  budgetNotNumber: (text: string): string =>
    `Không đọc được số tiền từ ${q(clip(text))}. Hãy nhập dạng 5.000.000, 5.000.000 đồng, 550 triệu đồng, 1,2 tỷ hoặc “Không”; ghi nguồn kinh phí ở cột “Nguồn kinh phí”.`,
  statusUnknown: (text: string): string =>
    `Không hiểu trạng thái ${q(clip(text))}. Hãy chọn: Chưa thực hiện, Đang thực hiện, Hoàn thành hoặc Tạm dừng.`,
  periodUnreadable: (text: string): string =>
    `Chưa hiểu thời gian ${q(clip(text))} nên chưa tính được hạn hoàn thành. Hãy ghi dạng 9/2025 – 5/2026, Tháng 10/2025, Học kỳ I… hoặc nhập ngày vào cột “Hạn hoàn thành”.`,
  periodVague: (text: string, end: string): string =>
    `Thời gian ${q(clip(text))} không có mốc kết thúc rõ ràng; tạm lấy hạn là ${formatDmy(end)} (cuối năm học). Hãy nhập hạn cụ thể vào cột “Hạn hoàn thành” để được nhắc đúng lúc.`,
  startAfterDeadline: (start: string, deadline: string): string =>
    `Ngày bắt đầu ${formatDmy(start)} sau hạn hoàn thành ${formatDmy(deadline)}. Hãy sửa một trong hai ngày.`,
  outsideYear: (deadline: string, year: string): string =>
    `Hạn hoàn thành ${formatDmy(deadline)} nằm ngoài năm học ${year} của kế hoạch. Nếu đây là việc của năm sau, hãy ghi rõ ở “Ghi chú”; nếu không, hãy sửa hạn.`,
  formulaError: (text: string): string =>
    `Ô đang hiện lỗi công thức ${q(text)}. Hãy xóa công thức và nhập nội dung trực tiếp.`,
  formulaText: (text: string): string =>
    `Nội dung ${q(clip(text))} bắt đầu bằng ký tự công thức; đã được giữ nguyên dạng văn bản.`,
};

export const CHECK = {
  sheetMissing: (sheet: string): string =>
    `Chưa có trang tính ${q(sheet)}. Hãy chọn menu Kế hoạch CTCL → ${MENU.setUp} để tạo.`,
  columnMissing: (header: string, sheet: string): string =>
    `Trang ${q(sheet)} thiếu cột bắt buộc ${q(header)}. Hãy thêm cột có tiêu đề ${q(header)} ở dòng 1 (hoặc đổi tên cột tương ứng).`,
  columnDuplicate: (header: string): string =>
    `Có nhiều cột cùng là ${q(header)}; chỉ cột đầu tiên được dùng. Hãy đổi tên hoặc xóa cột thừa.`,
  missingColumnValue: (label: string): string =>
    `Chưa nhập ${label.toLowerCase()} (cột chưa có trong trang tính).`,
  criterionMerged: (above: string): string =>
    `Chưa nhập tiêu chí. Nếu dòng này thuộc tiêu chí ${above} của dòng trên (ô bị gộp khi dán từ Word), hãy bỏ gộp ô và ghi mã ${above} cho từng dòng.`,
  weakWithoutItem: (code: string, name: string): string =>
    `Tiêu chí ${code} (${clip(name, 80)}) tự đánh giá “Chưa đạt” nhưng chưa có biện pháp cải tiến nào. Hãy thêm ít nhất một dòng kế hoạch cho tiêu chí này.`,
  duplicateItem: (otherRow: number): string =>
    `Trùng với dòng ${otherRow} (cùng tiêu chí và cùng biện pháp). Hãy gộp hoặc xóa một dòng.`,
  duplicateId: (id: string, otherRow: number): string =>
    `Mã ${q(id)} trùng với dòng ${otherRow}. Mã do tiện ích ghi và không được trùng; hãy xóa mã ở dòng chép thêm để tiện ích cấp mã mới.`,
  ownerNobody: (token: string): string =>
    `${q(token)} không khớp với ai trong trang “Nhân sự” (theo họ tên hoặc vai trò) nên sẽ không được nhắc hạn. Hãy thêm người này vào “Nhân sự” hoặc sửa cách ghi.`,
  ownerNoEmail: (token: string, names: string[]): string =>
    `${q(token)} ứng với ${names.join(', ')} nhưng chưa ai có địa chỉ email hợp lệ trong trang “Nhân sự” nên sẽ không được nhắc hạn.`,
  personEmailInvalid: (email: string): string =>
    `Địa chỉ email ${q(clip(email))} không hợp lệ. Hãy sửa theo dạng ten@truong.edu.vn.`,
  personNoEmail: (name: string): string => `${name} chưa có email nên sẽ không nhận được nhắc hạn.`,
  personRemindUnreadable: (text: string): string =>
    `Không hiểu ${q(clip(text))}; hãy ghi “Có” hoặc “Không”. Tạm coi là “Có”.`,
  infoSchoolYear: (text: string): string =>
    text
      ? `Không đọc được năm học ${q(clip(text))}. Hãy ghi dạng 2025-2026.`
      : 'Chưa nhập năm học của kế hoạch (dạng 2025-2026). Không có năm học thì không tính được hạn từ thời gian thực hiện.',
  infoLevel: (text: string): string =>
    text
      ? `Không hiểu cấp học ${q(clip(text))}. Hãy chọn: Mầm non, Tiểu học, Trung học cơ sở, Trung học phổ thông hoặc Phổ thông có nhiều cấp học.`
      : 'Chưa nhập cấp học (Mầm non, Tiểu học, Trung học cơ sở, Trung học phổ thông hoặc Phổ thông có nhiều cấp học), nên chưa biết dùng bộ tiêu chuẩn nào.',
  infoCatalogUnknown: (id: string): string =>
    `Không có bộ tiêu chuẩn ${q(id)}. Hãy ghi TT19/2018 (mầm non), TT17/2018 (tiểu học), TT18/2018 (THCS, THPT) hoặc TT57/2026, hoặc khai báo bộ mới trong trang “Danh mục tiêu chí”.`,
  infoProvisional: (id: string): string =>
    `Bộ tiêu chuẩn ${id} chưa được đối chiếu với văn bản chính thức; tên tiêu chí có thể chưa đúng. Nếu cần, sửa tên trong trang “Danh mục tiêu chí”.`,
  infoDate: (label: string, text: string): string =>
    `${label}: không đọc được ngày ${q(clip(text))}. Hãy ghi dạng dd/mm/yyyy.`,
  infoWeekday: (text: string): string =>
    `Không hiểu ngày gửi nhắc hạn ${q(clip(text))}; hãy ghi Thứ Hai … Chủ nhật. Tạm dùng Thứ Hai.`,
  infoHour: (text: string): string =>
    `Giờ gửi nhắc hạn ${q(clip(text))} không hợp lệ; hãy ghi số từ 0 đến 23. Tạm dùng 7 giờ.`,
  infoLeadDays: (text: string): string =>
    `Số ngày nhắc trước ${q(clip(text))} không hợp lệ; hãy ghi số từ 1 đến 60. Tạm dùng 14 ngày.`,
  catalogRowUnreadable: (text: string): string =>
    `Không đọc được mã tiêu chí ${q(clip(text))}; dòng này bị bỏ qua.`,
  catalogRowNoName: 'Chưa có tên tiêu chí; dòng này bị bỏ qua.',
};

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

/** The entry sidebar: what its server side says (src/server/sidebar.ts, shared with the page). */
export const SIDEBAR = {
  title: 'Kế hoạch CTCL – nhập theo tiêu chí',
  tooLong: 'Nội dung quá dài: một ô của Google Trang tính chứa tối đa 50.000 ký tự. Hãy rút gọn.',
  saved: (row: number): string => `Đã lưu vào dòng ${row} của trang “Kế hoạch”.`,
  savedPerson: (row: number): string => `Đã lưu vào dòng ${row} của trang “Nhân sự”.`,
  deleted: 'Đã xóa.',
  invalid: 'Chưa lưu: còn lỗi ở các ô được đánh dấu. Hãy sửa rồi lưu lại.',
  conflictChanged: (updated: string): string =>
    `Chưa lưu: biện pháp này vừa được thay đổi trong bảng tính sau khi bạn mở${updated ? ` (${updated})` : ''}. Bản hiện tại được hiện bên dưới; hãy chọn giữ bản nào.`,
  conflictDeleted:
    'Chưa lưu: biện pháp này đã bị xóa khỏi bảng tính sau khi bạn mở. Nội dung của bạn vẫn còn trong ô nhập.',
  conflictPerson:
    'Chưa lưu: dòng này trong trang “Nhân sự” vừa được thay đổi hoặc xóa sau khi bạn mở. Bản hiện tại được hiện bên dưới.',
  conflictInfo:
    'Chưa lưu: trang “Thông tin chung” vừa được thay đổi sau khi bạn mở. Các giá trị hiện tại đã được nạp lại; hãy kiểm tra rồi lưu lại.',
  personNameRequired: 'Chưa nhập họ và tên. Đây là thông tin bắt buộc.',
  personEmailInvalid: (email: string): string =>
    `Địa chỉ email “${clip(email)}” không hợp lệ. Hãy nhập dạng ten@truong.edu.vn.`,
  personRemindInvalid: 'Hãy chọn “Có” hoặc “Không”.',
  infoSchoolRequired: 'Chưa nhập tên trường. Đây là thông tin bắt buộc.',
  infoLevelRequired:
    'Hãy chọn cấp học: Mầm non, Tiểu học, Trung học cơ sở, Trung học phổ thông hoặc Phổ thông có nhiều cấp học.',
  infoYearInvalid: 'Hãy nhập năm học dạng 2025-2026.',
  infoSaved: 'Đã lưu thông tin chung.',
};

/** The entry sidebar's own labels (src/client/Sidebar.ts only: not in the server bundle). */
export const SIDEBAR_UI = {
  loading: 'Đang tải kế hoạch…',
  tabs: {
    label: 'Các phần của thanh bên',
    criteria: 'Tiêu chí',
    roster: 'Nhân sự',
    info: 'Thông tin',
    check: 'Kiểm tra',
  },
  year: 'Năm học',
  sections: {
    content: 'Nội dung cải tiến',
    owners: 'Người thực hiện',
    time: 'Thời gian',
    budget: 'Kinh phí và điều kiện',
    follow: 'Minh chứng và tiến độ',
  },
  coverage: {
    none: 'Chưa có biện pháp',
    weak: 'Chưa đạt, chưa có kế hoạch',
    items: 'Có biện pháp, đang thực hiện',
    done: 'Các biện pháp đã hoàn thành',
  },
  summary: (criteria: number, withItems: number, weak: number): string =>
    `${criteria} tiêu chí · ${withItems} đã có biện pháp${weak ? ` · ${weak} chưa đạt cần kế hoạch` : ''}`,
  standard: (code: string, name: string): string => `Tiêu chuẩn ${code}${name ? `: ${name}` : ''}`,
  level4: 'Mức 4',
  unassigned: 'Biện pháp chưa gắn tiêu chí',
  unassignedHint:
    'Các dòng này chưa ghi mã tiêu chí (hoặc mã không có trong bộ tiêu chuẩn). Mở từng dòng để chọn tiêu chí.',
  noCatalog: 'Chưa xác định được bộ tiêu chuẩn. Hãy chọn cấp học ở thẻ “Thông tin”.',
  provisional: 'Bộ tiêu chuẩn dự thảo: tên tiêu chí chưa được đối chiếu với văn bản chính thức.',
  back: '‹ Danh sách',
  prev: '‹ Tiêu chí trước',
  next: 'Tiêu chí sau ›',
  criterion: (code: string): string =>
    code.startsWith('M4.') ? `Yêu cầu ${code}` : `Tiêu chí ${code}`,
  selfAssessed: (label: string): string => `Tự đánh giá: ${label}`,
  itemCount: (n: number, done: number): string =>
    n ? `${n} biện pháp${done ? `, ${done} đã hoàn thành` : ''}` : 'Chưa có biện pháp',
  noItems: 'Chưa có biện pháp nào cho tiêu chí này.',
  weakNoItem: 'Tiêu chí tự đánh giá “Chưa đạt”: cần ít nhất một biện pháp cải tiến.',
  addItem: '+ Thêm biện pháp',
  newItem: 'Biện pháp mới',
  editItem: (id: string): string => (id ? `Biện pháp ${id}` : 'Biện pháp (chưa có mã)'),
  updatedAt: (text: string): string => `Cập nhật lần cuối: ${text}`,
  noDeadline: 'Chưa có hạn',
  deadline: (date: string): string => `Hạn ${date}`,
  required: '(bắt buộc)',
  choose: '— Chưa chọn —',
  hint: {
    criterion: 'Chọn tiêu chí mà biện pháp này cải tiến.',
    lead: 'Họ tên hoặc mã vai trò (HT, PHT, TTCM, GV…); nhiều người cách nhau bằng dấu phẩy.',
    period: 'Ghi như thường lệ: 9/2025 – 5/2026, Tháng 10/2025, Học kỳ I, Cả năm…',
    date: 'Dạng dd/mm/yyyy.',
    deadline: 'Dạng dd/mm/yyyy. Để trống thì tự tính từ thời gian thực hiện.',
    budget: 'Ví dụ: 5.000.000 · 550 triệu đồng · 1,2 tỷ · Không',
    evidence: 'Mã minh chứng (ví dụ [H1-1.1-01]) hoặc đường dẫn.',
  },
  live: {
    range: (start: string, end: string): string =>
      `→ Bắt đầu ${start || '…'} · hạn hoàn thành ${end || '…'}`,
    vague: (end: string): string =>
      `→ Không có mốc kết thúc rõ ràng: tạm lấy hạn ${end} (cuối năm học). Nên nhập hạn cụ thể.`,
    unknown: '→ Chưa hiểu thời gian này; hãy nhập hạn hoàn thành.',
    autoDeadline: (date: string): string => `Để trống: hạn sẽ là ${date} (tính từ thời gian).`,
    budget: (amount: string): string => `→ ${amount}`,
    budgetNone: '→ Không cần kinh phí',
    owners: (names: string): string => `→ ${names}`,
    ownerUnknown: (token: string): string =>
      `“${token}” chưa có trong Nhân sự (sẽ không được nhắc hạn).`,
  },
  pick: 'Chọn từ Nhân sự',
  pickClose: 'Đóng danh sách',
  pickRoles: 'Vai trò',
  pickPeople: 'Người',
  save: 'Lưu',
  saving: 'Đang lưu…',
  cancel: 'Hủy',
  delete: 'Xóa',
  confirmDelete: 'Xóa biện pháp này khỏi bảng tính? Không hoàn tác được.',
  confirmDeletePerson: 'Xóa người này khỏi trang “Nhân sự”?',
  confirmYes: 'Xóa',
  confirmNo: 'Không xóa',
  unsaved: 'Có thay đổi chưa lưu. Bỏ các thay đổi này?',
  discard: 'Bỏ thay đổi',
  keepEditing: 'Tiếp tục sửa',
  errorsLeft: (n: number): string => `Chưa lưu: còn ${n} lỗi, xem các ô được đánh dấu.`,
  notes: 'Lưu ý',
  theirs: 'Bản trong bảng tính',
  mine: 'Bản của bạn',
  empty: '(trống)',
  useTheirs: 'Dùng bản trong bảng tính',
  keepMine: 'Giữ bản của tôi',
  keepMineHint: 'Bấm “Lưu” để ghi bản của bạn thay cho bản trong bảng tính.',
  saveAsNew: 'Lưu thành biện pháp mới',
  sameContent: 'Nội dung giống bản của bạn.',
  reload: 'Tải lại',
  failed: (message: string): string => `Không thực hiện được: ${message}`,
  offline: 'Mất kết nối với Google. Kiểm tra mạng rồi thử lại; nội dung đang nhập vẫn còn.',
  roster: {
    title: 'Nhân sự nhận nhắc hạn',
    add: '+ Thêm người',
    none: 'Chưa có ai trong trang “Nhân sự”.',
    newPerson: 'Người mới',
    name: 'Họ và tên',
    position: 'Chức vụ',
    roles: 'Vai trò (mã)',
    rolesHint: 'HT, PHT, TTCM, GV, NV, KT…; nhiều vai trò cách nhau bằng dấu phẩy.',
    email: 'Email',
    remind: 'Nhận nhắc hạn',
    yes: 'Có',
    no: 'Không',
  },
  info: {
    firstTitle: 'Bắt đầu kế hoạch',
    firstIntro:
      'Trang “Thông tin chung” còn trống. Hãy nhập vài thông tin của trường; tiện ích sẽ tạo các trang tính cần thiết (Kế hoạch, Nhân sự, Thông tin chung) mà không xóa dữ liệu nào.',
    title: 'Thông tin chung của kế hoạch',
    schoolName: 'Tên trường',
    governingBody: 'Cơ quan chủ quản',
    schoolLevel: 'Cấp học',
    catalog: 'Bộ tiêu chuẩn',
    catalogAuto: (id: string): string => (id ? `Theo cấp học (${id})` : 'Theo cấp học'),
    catalogChoice: {
      'TT19/2018': 'TT19/2018 – mầm non',
      'TT17/2018': 'TT17/2018 – tiểu học',
      'TT18/2018': 'TT18/2018 – THCS, THPT, nhiều cấp học',
      'TT57/2026': 'TT57/2026 – dự thảo, chưa đối chiếu',
    } as Record<string, string>,
    schoolYear: 'Năm học',
    schoolYearHint: 'Ví dụ 2025-2026.',
    docNumber: 'Số văn bản',
    docNumberHint: 'Ví dụ 32/KH-THQT.',
    place: 'Địa danh',
    signerTitle: 'Chức vụ người ký',
    signer: 'Người ký',
    create: 'Tạo kế hoạch',
    save: 'Lưu thông tin',
  },
  check: {
    title: 'Kết quả kiểm tra',
    counts: (errors: number, warnings: number): string =>
      `${errors} lỗi cần sửa, ${warnings} cảnh báo cần xem lại.`,
    ok: 'Không phát hiện lỗi hay cảnh báo nào.',
    more: (n: number): string =>
      `… và ${n} mục khác: xem đầy đủ qua menu Kế hoạch CTCL → ${MENU.check}.`,
    open: 'Mở',
    error: 'Lỗi',
    warning: 'Cảnh báo',
  },
};

/** Export to Google Docs: the dialog, the file name and the default wording of the document. */
export const EXPORT = {
  menuNewDoc: 'Xuất ra tài liệu mới (giữ bản cũ)',
  dialogTitle: 'Xuất kế hoạch ra Google Tài liệu',
  docName: (year: string, school: string): string =>
    `Kế hoạch cải tiến chất lượng năm học ${year}${school ? ` - ${school}` : ''}`,
  created: 'Đã tạo tài liệu mới:',
  replaced:
    'Đã cập nhật tài liệu của lần xuất trước (nội dung cũ được thay bằng kế hoạch hiện tại):',
  placedFolder: 'Tài liệu nằm cùng thư mục với bảng tính.',
  placedRoot:
    'Tài liệu nằm trong “Drive của tôi” của bạn (tiện ích không có quyền xem thư mục của bảng tính); có thể kéo tài liệu vào thư mục mong muốn.',
  placedKept: 'Tài liệu vẫn ở chỗ cũ trong Drive.',
  errors: (n: number): string =>
    n
      ? `Kiểm tra kế hoạch còn ${n} lỗi chưa sửa. Tài liệu vẫn được tạo từ những gì đã có, ô thiếu để trống; chọn “${MENU.check}” để xem và sửa.`
      : 'Kiểm tra kế hoạch không còn lỗi nào.',
  nextTime: `Lần xuất sau sẽ thay nội dung tài liệu này. Muốn giữ bản này, lần sau chọn “Xuất ra tài liệu mới (giữ bản cũ)”.`,
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
  leads: (who: string, count: number, refs: string): string =>
    `${who}: chủ trì ${count} nội dung cải tiến${refs ? ` (${refs})` : ''};`,
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
