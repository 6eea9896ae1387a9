/**
 * The check: field-level messages (shared by the sidebar and the check), plan-wide findings, the
 * report. Vietnamese, as users read it.
 */
import { formatDmy } from '../parse/dates';
import { q, clip, SCHOOL_LEVELS } from './common';
import { MENU } from './menu';

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
  /** A value that is not text reached validation (a malformed payload); replaces zod's own. */
  notText: 'Giá trị gửi lên không hợp lệ (không phải văn bản). Hãy nhập lại ô này.',
  formulaError: (text: string): string =>
    `Ô đang hiện lỗi công thức ${q(text)}. Hãy xóa công thức và nhập nội dung trực tiếp.`,
};

export const CHECK = {
  sheetMissing: (sheet: string): string =>
    `Chưa có trang tính ${q(sheet)}. Hãy chọn menu Kế hoạch CTCL → ${MENU.setUp} để tạo.`,
  columnMissing: (header: string, sheet: string): string =>
    `Trang ${q(sheet)} thiếu cột bắt buộc ${q(header)}. Hãy thêm cột có tiêu đề ${q(header)} ở dòng 1 (hoặc đổi tên cột tương ứng).`,
  columnDuplicate: (header: string): string =>
    `Có nhiều cột cùng là ${q(header)}; chỉ cột đầu tiên được dùng. Hãy đổi tên hoặc xóa cột thừa.`,
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
      ? `Không hiểu cấp học ${q(clip(text))}. Hãy chọn: ${SCHOOL_LEVELS}.`
      : `Chưa nhập cấp học (${SCHOOL_LEVELS}), nên chưa biết dùng bộ tiêu chuẩn nào.`,
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
