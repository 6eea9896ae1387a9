import { describe, expect, it } from '@jest/globals';
import { renderDigest, type DigestContext } from '../../../src/core/reminders/email';
import { buildPlan } from '../../../src/core/plan/read';
import { formatDateTime, nextWeeklyRun, weekKey } from '../../../src/core/parse/weeks';
import { planDigests, type Digest } from '../../../src/core/reminders/digests';
import { reminderLogFindings } from '../../../src/core/plan/log';
import {
  EXPECTED,
  PEOPLE,
  PLAN_HEADER,
  planRows,
  vnDate,
  vnTime,
  workbook,
  XSS,
} from '../../fixtures/reminders';

const TODAY = '2026-11-30';
const plan = (sheets = workbook()) =>
  buildPlan({
    info: sheets['Thông tin chung'] ?? null,
    plan: sheets['Kế hoạch'] ?? null,
    roster: sheets['Nhân sự'] ?? null,
    catalog: null,
  }).plan;
const rows = (d: Digest) => ({
  lead: d.lead.map((i) => i.row),
  partner: d.partner.map((i) => i.row),
});
const byEmail = (ds: Digest[]) => Object.fromEntries(ds.map((d) => [d.email, rows(d)]));

describe('weekKey (ISO weeks, civil dates in Vietnam)', () => {
  it.each([
    ['2026-11-30', '2026-W49'], // Monday
    ['2026-12-06', '2026-W49'], // Sunday of the same week
    ['2026-12-07', '2026-W50'],
    ['2026-01-01', '2026-W01'], // a Thursday
    ['2027-01-01', '2026-W53'], // a Friday: still 2026's last week
    ['2024-12-30', '2025-W01'], // a Monday in 2025's first week
    ['2021-01-03', '2020-W53'],
  ])('%s → %s', (iso, key) => expect(weekKey(iso)).toBe(key));
});

describe('nextWeeklyRun and formatDateTime', () => {
  it('is later the same day when the hour has not come, else next week', () => {
    expect(formatDateTime(nextWeeklyRun(vnTime(2026, 11, 30, 6, 59), 1, 7))).toBe(
      '30/11/2026 07:00',
    );
    expect(formatDateTime(nextWeeklyRun(vnTime(2026, 11, 30, 7), 1, 7))).toBe('07/12/2026 07:00');
    expect(formatDateTime(nextWeeklyRun(vnTime(2026, 11, 30, 9), 3, 16))).toBe('02/12/2026 16:00');
    expect(formatDateTime(nextWeeklyRun(vnTime(2026, 12, 5, 23, 30), 7, 0))).toBe(
      '06/12/2026 00:00',
    );
  });

  it('goes forward to a weekday earlier in the week than today (next week’s)', () => {
    // Friday 04/12/2026 → Monday 07/12, never the Monday already past.
    expect(formatDateTime(nextWeeklyRun(vnTime(2026, 12, 4, 10), 1, 7))).toBe('07/12/2026 07:00');
    expect(formatDateTime(nextWeeklyRun(vnTime(2026, 12, 6, 10), 2, 7))).toBe('08/12/2026 07:00');
  });

  it('formats Vietnam time whatever the time of day in UTC', () => {
    expect(formatDateTime(Date.UTC(2026, 10, 30, 18, 5))).toBe('01/12/2026 01:05');
  });
});

describe('planDigests', () => {
  it('gives each person one digest: their rows, lead before partner, most urgent first', () => {
    const r = planDigests(plan(), TODAY, 14, new Set());
    expect(byEmail(r.toSend)).toEqual(EXPECTED);
    expect(r.deferred).toEqual([]);
  });

  it('never lists Hoàn thành, items beyond the lead days or without a deadline', () => {
    const r = planDigests(plan(), TODAY, 14, new Set());
    const all = r.toSend.flatMap((d) => [...d.lead, ...d.partner].map((i) => i.row));
    expect(all).not.toContain(5); // Hoàn thành, 29 days late
    expect(all).not.toContain(6); // due in March
    // A shorter lead time drops row 4 (10 days away) and with it the team leader's digest.
    const short = planDigests(plan(), TODAY, 7, new Set());
    expect(short.toSend.map((d) => d.email)).not.toContain(PEOPLE.em);
    expect(short.toSend.find((d) => d.email === PEOPLE.an)?.partner).toEqual([]);
  });

  it('reaches HT and both PHT through BGH, the principal once although named three ways', () => {
    const r = planDigests(plan(), TODAY, 14, new Set());
    const an = r.toSend.filter((d) => d.email === PEOPLE.an);
    expect(an).toHaveLength(1);
    expect(an[0]?.lead.filter((i) => i.row === 7)).toHaveLength(1);
    expect(an[0]?.partner.map((i) => i.row)).toEqual([4]);
  });

  it('fills criterion names from the catalog and counts days late as negative', () => {
    const an = planDigests(plan(), TODAY, 14, new Set()).toSend.find((d) => d.email === PEOPLE.an);
    const late = an?.lead[0];
    expect(late).toMatchObject({ row: 2, criterion: '1.1', days: -10, deadline: '2026-11-20' });
    expect(late?.criterionName).toMatch(/chiến lược/i);
    expect(an?.lead[1]).toMatchObject({ row: 7, days: 1, status: 'dung' });
  });

  it('skips opted-out people and invalid addresses, and summarises rows that reach nobody', () => {
    const r = planDigests(plan(), TODAY, 14, new Set());
    const people = r.skipped.filter((s) => s.person);
    expect(people.map((s) => s.name).sort()).toEqual(['Lê Thị Cúc', 'Phạm Văn Dũng']);
    expect(people.find((s) => s.name === 'Lê Thị Cúc')?.reason).toMatch(/Không/);
    expect(people.find((s) => s.name === 'Phạm Văn Dũng')).toMatchObject({
      email: 'dung.pv@@thcs-hoabinh',
      items: '2.2 (dòng 8)',
    });
    const rowsSummary = r.skipped.filter((s) => !s.person);
    expect(rowsSummary).toHaveLength(1);
    expect(rowsSummary[0]?.reason).toMatch(/dòng 9\b/);
  });

  it('leaves out whoever already got this week’s digest', () => {
    const r = planDigests(plan(), TODAY, 14, new Set([PEOPLE.an, PEOPLE.em]));
    expect(r.toSend.map((d) => d.email).sort()).toEqual([PEOPLE.binh, PEOPLE.hanh].sort());
  });

  it('within the quota, sends people with overdue items first and defers the rest', () => {
    const r = planDigests(plan(), TODAY, 14, new Set(), 2);
    expect(r.toSend).toHaveLength(2);
    expect(r.toSend.every((d) => d.lead.some((i) => i.days < 0))).toBe(true);
    expect(r.deferred.map((d) => d.email)).toContain(PEOPLE.em);
    expect([...r.toSend, ...r.deferred].map((d) => d.email).sort()).toEqual(
      Object.keys(EXPECTED).sort(),
    );
    expect(planDigests(plan(), TODAY, 14, new Set(), 0).toSend).toEqual([]);
  });

  it('ranks the most overdue person first', () => {
    const sheets = workbook({
      plan: [
        PLAN_HEADER,
        ['A', '1.2', '', 'Việc trễ 3 ngày', 'Hoàng Thị Hạnh', '', vnDate(2026, 11, 27), ''],
        ['B', '1.4', '', 'Việc trễ 40 ngày', 'Vũ Thị Em', '', vnDate(2026, 10, 21), ''],
        ['C', '1.5', '', 'Việc còn 2 ngày', 'Nguyễn Thị An', '', vnDate(2026, 12, 2), ''],
      ],
    });
    const r = planDigests(plan(sheets), TODAY, 14, new Set(), 2);
    expect(r.toSend.map((d) => d.email)).toEqual([PEOPLE.em, PEOPLE.hanh]);
    expect(r.deferred.map((d) => d.email)).toEqual([PEOPLE.an]);
  });

  it('does not throw on rows full of bad data: they are skipped and summarised', () => {
    const bad = [
      ...planRows(),
      ['X1', '#REF!', 42, vnDate(2026, 1, 1), 12345, null, '31/02/2026', 'abc'],
      ['X2', '9.9', '', '=SUM(A1)', 'BGH', '', '#N/A', ''],
      ['X3', '', '', 'Thiếu tiêu chí', 'BGH', '', true, ''],
    ];
    const r = planDigests(plan(workbook({ plan: bad })), TODAY, 14, new Set());
    expect(byEmail(r.toSend)).toEqual(EXPECTED);
    expect(r.skipped.find((s) => !s.person)?.reason).toMatch(/10.*11.*12/);
  });
});

describe('renderDigest', () => {
  const ctx: DigestContext = {
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
    planSheetGid: 123,
    schoolName: 'Trường THCS <Hòa Bình>',
    today: TODAY,
    leadDays: 14,
  };
  const an = () =>
    planDigests(plan(), TODAY, 14, new Set()).toSend.find((d) => d.email === PEOPLE.an) as Digest;

  it('writes a Vietnamese subject with the counts', () => {
    const m = renderDigest(an(), ctx);
    expect(m.subject).toBe(
      'Nhắc hạn CTCL: 1 việc quá hạn, 2 việc đến hạn trong 14 ngày tới – Trường THCS <Hòa Bình>',
    );
  });

  it('escapes every user text in the HTML: the weakness shows literally', () => {
    const { htmlBody } = renderDigest(an(), ctx);
    expect(htmlBody).not.toContain('<img');
    expect(htmlBody).not.toContain('<b>đậm');
    expect(htmlBody).toContain(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;',
    );
    expect(htmlBody).toContain('Trường THCS &lt;Hòa Bình&gt;');
  });

  it('lists lead then partner sections with dd/mm/yyyy, days late or left, status and a link', () => {
    const { htmlBody } = renderDigest(an(), ctx);
    const lead = htmlBody.indexOf('Thầy/cô chủ trì (2)');
    const partner = htmlBody.indexOf('Thầy/cô phối hợp (1)');
    expect(lead).toBeGreaterThan(0);
    expect(partner).toBeGreaterThan(lead);
    expect(htmlBody.indexOf('Quá hạn 10 ngày')).toBeGreaterThan(lead);
    expect(htmlBody.indexOf('Còn 1 ngày')).toBeGreaterThan(htmlBody.indexOf('Quá hạn 10 ngày'));
    expect(htmlBody.indexOf('Còn 10 ngày')).toBeGreaterThan(partner);
    expect(htmlBody).toContain('Hạn 20/11/2026 · Đang thực hiện');
    expect(htmlBody).toContain('Hạn 01/12/2026 · Tạm dừng');
    expect(htmlBody).toContain('Hạn 10/12/2026 · Chưa cập nhật');
    expect(htmlBody).toContain(
      'href="https://docs.google.com/spreadsheets/d/abc/edit#gid=123&amp;range=A2"',
    );
    expect(htmlBody).toContain('Mở dòng 7 trong bảng tính');
    expect(htmlBody).toMatch(/Tiêu chí 1\.1 – [^<]*chiến lược/i);
    expect(htmlBody).toContain('Kính gửi thầy/cô Nguyễn Thị An,');
  });

  it('has a plain-text alternative with the same items and links', () => {
    const { body } = renderDigest(an(), ctx);
    expect(body).toContain('Kính gửi thầy/cô Nguyễn Thị An,');
    expect(body).toMatch(/1\. \[Quá hạn 10 ngày\] Tiêu chí 1\.1/);
    expect(body).toContain('Điểm yếu: ' + XSS);
    expect(body).toContain('https://docs.google.com/spreadsheets/d/abc/edit#gid=123&range=A4');
    expect(body).toContain('Hạn 10/12/2026');
    expect(body).not.toMatch(/<\/?(div|p|span|a)\b/);
  });

  it('shows the 30 most urgent items of a long digest and says how many more', () => {
    const item = (row: number) => ({
      row,
      criterion: '1.1',
      criterionName: 'Tên',
      weakness: 'Điểm yếu rất dài '.repeat(20),
      actions: 'Việc cần làm rất dài '.repeat(30),
      deadline: TODAY,
      days: row - 100,
      status: null,
    });
    const rowsOf = (from: number, n: number) => Array.from({ length: n }, (_, k) => item(from + k));
    const d: Digest = {
      name: 'Hiệu trưởng',
      email: 'ht@x.vn',
      lead: rowsOf(2, 25),
      partner: rowsOf(40, 20),
    };
    const m = renderDigest(d, ctx);
    expect(m.htmlBody.match(/range=A\d+"/g)).toHaveLength(30);
    expect(m.htmlBody).toContain('Thầy/cô phối hợp (20)');
    expect(m.htmlBody).toContain('range=A44"');
    expect(m.htmlBody).not.toContain('range=A45"');
    expect(m.htmlBody).toContain('… và 15 việc khác');
    expect(m.body).toContain(
      '… và 15 việc khác, ít gấp hơn: xem trong bảng tính: https://docs.google.com/spreadsheets/d/abc/edit#gid=123',
    );
    expect(Buffer.byteLength(m.htmlBody) + Buffer.byteLength(m.body)).toBeLessThan(200 * 1024);
  });

  it('says “due today” on the deadline', () => {
    const d: Digest = {
      name: 'x@y.vn',
      email: 'x@y.vn',
      lead: [
        {
          row: 9,
          criterion: '',
          criterionName: '',
          weakness: '',
          actions: 'Nộp báo cáo',
          deadline: TODAY,
          days: 0,
          status: null,
        },
      ],
      partner: [],
    };
    const m = renderDigest(d, ctx);
    expect(m.htmlBody).toContain('Đến hạn hôm nay');
    expect(m.body).toContain('Kính gửi thầy/cô,');
    expect(m.subject).toMatch(/^Nhắc hạn CTCL: 1 việc đến hạn/);
  });
});

describe('reminderLogFindings', () => {
  const header = ['Thời gian', 'Tuần', 'Người nhận', 'Email', 'Các mục', 'Kết quả', 'Chi tiết'];
  const t = vnDate(2026, 11, 30);

  it('warns about failed and still-deferred sends of this week and last', () => {
    const log = [
      header,
      [t, '2026-W49', 'Nguyễn Thị An', PEOPLE.an, '1.1 (dòng 2)', 'Đã gửi', ''],
      [t, '2026-W49', 'Trần Văn Bình', PEOPLE.binh, '1.1 (dòng 2)', 'Lỗi', 'Mail server error'],
      [t, '2026-W49', 'Vũ Thị Em', PEOPLE.em, '3.2 (dòng 4)', 'Hoãn', 'Hết hạn mức'],
      [t, '2026-W48', 'Hoàng Thị Hạnh', PEOPLE.hanh, '', 'Hoãn', 'Hết hạn mức'],
      [t, '2026-W48', 'Hoàng Thị Hạnh', PEOPLE.hanh, '', 'Đã gửi', ''],
      [t, '2026-W40', 'Old', 'old@x.vn', '', 'Lỗi', 'long ago'],
      [t, '2026-W49', 'Lê Thị Cúc', PEOPLE.cuc, '', 'Bỏ qua', 'Không nhận'],
    ];
    const found = reminderLogFindings(log, TODAY);
    expect(found.map((f) => f.row)).toEqual([3, 4]);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      sheet: 'Nhật ký nhắc hạn',
      field: 'result',
    });
    expect(found[0]?.message).toContain('Trần Văn Bình (binh.tv@thcs-hoabinh.edu.vn)');
    expect(found[0]?.message).toContain('Mail server error');
  });

  it('is quiet once the deferred person was sent, and with no log', () => {
    const log = [
      header,
      [t, '2026-W49', 'Vũ Thị Em', PEOPLE.em, '', 'Hoãn', ''],
      [t, '2026-W49', 'Vũ Thị Em', PEOPLE.em, '', 'Đã gửi', ''],
    ];
    expect(reminderLogFindings(log, TODAY)).toEqual([]);
    expect(reminderLogFindings(null, TODAY)).toEqual([]);
    expect(reminderLogFindings([header], TODAY)).toEqual([]);
  });
});

describe('planDigests: the edges a mutant would move', () => {
  const ROSTER_HEADER = ['Họ và tên', 'Chức vụ', 'Vai trò', 'Email', 'Nhận nhắc hạn'];
  const one = (deadline: Date, owner = 'Vũ Thị Em') => [
    PLAN_HEADER,
    ['CT-1', '1.1', '', 'Việc', owner, '', deadline, ''],
  ];
  const sheets = (planGrid: unknown[][], rosterGrid: unknown[][]) => ({
    ...workbook({ plan: planGrid as never }),
    'Nhân sự': [ROSTER_HEADER, ...rosterGrid] as never,
  });

  it('includes an item due in exactly `Nhắc trước` days, not one a day later', () => {
    const roster = [['Vũ Thị Em', '', 'GV', PEOPLE.em, 'Có']];
    const at = (d: number) =>
      planDigests(plan(sheets(one(vnDate(2026, 11, 30 + d)), roster)), TODAY, 14, new Set());
    expect(at(14).toSend.map((d) => d.email)).toEqual([PEOPLE.em]);
    expect(at(15).toSend).toEqual([]);
  });

  it('keeps an opt-out when two roster rows share an address, in either order', () => {
    for (const rows of [
      [
        ['Vũ Thị Em', '', 'TTCM', 'em@t.vn', 'Không'],
        ['Vũ Em', '', 'GV', 'em@t.vn', 'Có'],
      ],
      [
        ['Vũ Em', '', 'GV', 'em@t.vn', 'Có'],
        ['Vũ Thị Em', '', 'TTCM', 'em@t.vn', 'Không'],
      ],
    ]) {
      const p = [
        PLAN_HEADER,
        ['CT-1', '1.1', '', 'Việc', 'Vũ Thị Em, Vũ Em', '', vnDate(2026, 12, 1), ''],
      ];
      const r = planDigests(plan(sheets(p, rows)), TODAY, 14, new Set());
      expect(r.toSend).toEqual([]);
      expect(r.skipped.map((s) => s.reason)).toEqual([
        expect.stringMatching(/Nhận nhắc hạn” là Không/),
      ]);
    }
  });

  it('merges addresses whatever their case: one digest', () => {
    const rows = [
      ['Vũ Thị Em', '', 'TTCM', 'Em.VT@T.vn', 'Có'],
      ['Vũ Em', '', 'GV', 'em.vt@t.vn', 'Có'],
    ];
    const p = [
      PLAN_HEADER,
      ['CT-1', '1.1', '', 'Việc', 'Vũ Thị Em', 'Vũ Em', vnDate(2026, 12, 1), ''],
    ];
    const r = planDigests(plan(sheets(p, rows)), TODAY, 14, new Set());
    expect(r.toSend).toHaveLength(1);
    expect(r.toSend[0]?.lead.map((i) => i.row)).toEqual([2]);
    expect(r.toSend[0]?.partner).toEqual([]);
  });

  it('says “opted out”, not “no e-mail”, for someone who opted out and has no address', () => {
    const rows = [['Vũ Thị Em', '', 'GV', '', 'Không']];
    const r = planDigests(plan(sheets(one(vnDate(2026, 12, 1)), rows)), TODAY, 14, new Set());
    expect(r.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/Nhận nhắc hạn” là Không/),
    ]);
    expect(r.skipped[0]?.reason).not.toMatch(/email/);
  });
});
