/**
 * The entry sidebar: what its server side says and the page's own labels. Vietnamese, as users
 * read it.
 */
import { clip, SCHOOL_LEVELS } from './common';
import { MENU } from './menu';

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
  infoLevelRequired: `Hãy chọn cấp học: ${SCHOOL_LEVELS}.`,
  infoYearInvalid: 'Hãy nhập năm học dạng 2025-2026.',
  infoSaved: 'Đã lưu thông tin chung.',
  merged: (fields: string[]): string => ` Đã giữ thay đổi của người khác ở: ${fields.join(', ')}.`,
  conflictFields: (fields: string[]): string =>
    `Chưa lưu: ${fields.join(', ')} vừa được người khác sửa khác bạn. Hãy chọn bản giữ lại cho từng ô; không bản nào bị mất.`,
  deletedItem: (what: string): string =>
    `Đã xóa “${clip(what)}”. Có thể khôi phục trong mục “Đã xóa gần đây”.`,
  restored: (row: number): string => `Đã khôi phục vào dòng ${row} của trang “Kế hoạch”.`,
  restoreGone:
    'Không khôi phục được: biện pháp này đã được khôi phục hoặc không còn trong trang “Đã xóa”.',
  restoreTaken: (id: string): string =>
    `Không khôi phục được: mã ${id} đang được một dòng khác trong trang “Kế hoạch” dùng.`,
  assessmentSaved: (code: string, label: string): string =>
    label
      ? `Đã ghi tự đánh giá tiêu chí ${code}: ${label}.`
      : `Đã xóa tự đánh giá tiêu chí ${code}.`,
  assessmentConflict:
    'Chưa lưu: người khác vừa đổi tự đánh giá của tiêu chí này. Hãy xem mức mới rồi chọn lại.',
  assessmentCriterionUnknown: (code: string): string =>
    `Tiêu chí “${clip(code)}” không có trong bộ tiêu chuẩn của kế hoạch.`,
  assessmentLevelInvalid: (levels: string): string => `Hãy chọn một mức: ${levels}.`,
  saveFailed: (columns: string[]): string =>
    `Lưu chưa trọn: chỉ ghi được ${columns.join(', ')}; các ô khác giữ nguyên. Hãy lưu lại.`,
};

/** The entry sidebar's own labels (src/client/sidebar only: not in the server bundle). */
export const SIDEBAR_UI = {
  legendLabel: 'Chú thích',
  /** Suggestions offered for the item's funding source (any text may be typed). */
  fundingSources: [
    'Ngân sách nhà nước',
    'Chi thường xuyên',
    'Xã hội hóa',
    'Học phí',
  ] as readonly string[],
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
  selfAssessment: 'Kết quả tự đánh giá của tiêu chí',
  selfAssessmentHint:
    'Ghi vào cột “Kết quả tự đánh giá” của các dòng thuộc tiêu chí này; phần Kiểm tra và văn bản xuất ra đọc từ đó.',
  due: {
    overdue: (days: number): string => (days ? `Quá hạn ${days} ngày` : 'Hết hạn hôm nay'),
    soon: (days: number): string => (days ? `Còn ${days} ngày` : 'Đến hạn hôm nay'),
    mine: 'Việc của tôi',
  },
  find: {
    label: 'Tìm theo tiêu chí, nội dung hoặc người thực hiện',
    placeholder: 'Tìm: 1.2, hồ sơ, Lan…',
    filters: 'Lọc biện pháp',
    mine: 'Việc của tôi',
    weak: 'Chưa đạt – chưa có biện pháp',
    overdue: 'Quá hạn',
    soon: 'Sắp đến hạn',
    countItems: (n: number): string =>
      n ? `${n} biện pháp phù hợp.` : 'Không có biện pháp nào phù hợp.',
    countCriteria: (n: number): string =>
      n
        ? `${n} tiêu chí chưa đạt chưa có biện pháp.`
        : 'Không có tiêu chí chưa đạt nào thiếu biện pháp.',
    notInRoster: (email: string): string =>
      email
        ? `Chưa có ai trong trang “Nhân sự” mang email ${email}: hãy thêm email của bạn ở thẻ Nhân sự để lọc việc của mình.`
        : 'Google không cho biết email của bạn trong bảng tính này, nên chưa lọc được việc của bạn.',
  },
  restore: {
    title: (n: number): string => `Đã xóa gần đây (${n})`,
    when: (text: string): string => (text ? `Xóa lúc ${text}` : ''),
    button: 'Khôi phục',
    done: (item: string): string => `Đã khôi phục biện pháp ${item}.`,
  },
  fresh: 'Đã cập nhật những thay đổi người khác vừa lưu.',
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
  itemName: (id: string, title: string, code: string): string =>
    [id, title && `“${title}”`, code && `(tiêu chí ${code})`].filter(Boolean).join(' '),
  confirmDelete: (item: string): string =>
    `Xóa biện pháp ${item} khỏi bảng tính? Sau khi xóa vẫn khôi phục được ở mục “Đã xóa gần đây”.`,
  confirmDeletePerson: (name: string): string => `Xóa ${name} khỏi trang “Nhân sự”?`,
  deletedItem: (item: string): string => `Đã xóa biện pháp ${item}.`,
  deletedPerson: (name: string): string => `Đã xóa ${name} khỏi trang “Nhân sự”.`,
  confirmYes: 'Xóa',
  confirmNo: 'Không xóa',
  unsavedItem: (item: string): string =>
    `${item.startsWith('Biện pháp') ? item : `Biện pháp ${item}`} có thay đổi chưa lưu. Bỏ các thay đổi này?`,
  unsavedPerson: (name: string): string => `${name}: có thay đổi chưa lưu. Bỏ các thay đổi này?`,
  discard: 'Bỏ thay đổi',
  keepEditing: 'Tiếp tục sửa',
  errorsLeft: (n: number): string => `Chưa lưu: còn ${n} lỗi, xem các ô được đánh dấu.`,
  notes: 'Lưu ý',
  theirs: 'Bản kia (đã lưu trong bảng tính)',
  mine: 'Bản của tôi',
  empty: '(trống)',
  merge: {
    took: (fields: string): string => `Đã lấy thay đổi của người kia ở: ${fields}.`,
    mergedIn: (fields: string): string =>
      `Đã gộp thay đổi của người khác ở: ${fields} (xem lại trong biện pháp).`,
    choose:
      'Các ô dưới đây cả hai người đều sửa. Chọn bản giữ lại cho từng ô; bản còn lại vẫn hiện ở đây để sao chép cho đến khi lưu.',
    noClash:
      'Đã lấy các thay đổi của người kia vào ô nhập; không có ô nào bị trùng. Xem lại rồi bấm “Lưu”.',
    useTheirs: 'Dùng bản kia',
    useMine: 'Dùng bản của tôi',
    notChosen: 'Chưa chọn.',
    choseMine: 'Đã chọn bản của tôi (bấm “Dùng bản kia” để đổi).',
    choseTheirs: 'Đã chọn bản kia (bấm “Dùng bản của tôi” để đổi).',
    chooseFirst: (fields: string): string =>
      `Chưa lưu: hãy chọn bản giữ lại cho ô ${fields} trong khung đỏ phía trên.`,
    kept: (field: string, who: string): string => `Ô ${field}: giữ ${who.toLowerCase()}.`,
  },
  saveAsNew: 'Lưu thành biện pháp mới',
  saveAsNewHint: 'Bấm “Lưu” để thêm nội dung của bạn thành một biện pháp mới.',
  reload: 'Tải lại',
  failed: (message: string): string => `Không thực hiện được: ${message}`,
  offline: 'Mất kết nối với Google. Kiểm tra mạng rồi thử lại; nội dung đang nhập vẫn còn.',
  fail: {
    timeout:
      'Google Trang tính phản hồi quá chậm nên chưa làm xong. Hãy thử lại sau ít phút; nội dung đang nhập vẫn còn.',
    quota:
      'Google đang giới hạn số lần truy cập. Hãy đợi vài phút rồi thử lại; nội dung đang nhập vẫn còn.',
    permission:
      'Tài khoản của bạn chưa có quyền chỉnh sửa bảng tính này (hoặc cần cấp quyền lại cho tiện ích). Hãy hỏi người chia sẻ bảng tính.',
    busy: 'Một người khác đang lưu kế hoạch. Đợi vài giây rồi thử lại; nội dung đang nhập vẫn còn.',
    unknown:
      'Google Trang tính báo lỗi nên chưa làm xong. Hãy thử lại; nếu vẫn lỗi, tải lại thanh bên. Nội dung đang nhập vẫn còn.',
  },
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
    openCriterion: (code: string): string =>
      code.startsWith('M4.') ? `Mở yêu cầu ${code}` : `Mở tiêu chí ${code}`,
    error: 'Lỗi',
    warning: 'Cảnh báo',
  },
};
