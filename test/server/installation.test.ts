/**
 * Kiểm tra cài đặt through the built bundle: every check passes on a well-set spreadsheet, and
 * each one fails, with what to do, when its part of the platform is not right.
 */
import { describe, expect, it } from '@jest/globals';
import { createFakes, type FakeOptions } from '../fakes';
import { manifestScopes } from '../fakes/scopes';
import { loadBundle } from '../helpers/load-bundle';
import type { InstallationReport } from '../../src/core/check/installation';
import { REQUIRED_SCOPES } from '../../src/core/check/installation';

const OWNER = JSON.stringify({ owner: 'ht@truong.edu.vn', since: Date.UTC(2025, 8, 1), uid: '1' });

function run(options: FakeOptions = {}, prepare?: (f: ReturnType<typeof createFakes>) => void) {
  const fakes = createFakes({
    now: '2025-10-06T02:30:00Z',
    properties: { document: { reminderTrigger: OWNER } },
    ...options,
  });
  prepare?.(fakes);
  const report = loadBundle(fakes).callJson<InstallationReport>('checkInstallation');
  return { fakes, report, line: (topic: string) => report.lines.find((l) => l.topic === topic) };
}

describe('checkInstallation', () => {
  it('reports every check ổn on a well-set spreadsheet, removes its scratch sheet, shows the report', () => {
    const { fakes, report } = run();
    expect(report.lines.map((l) => l.text)).toEqual([
      expect.stringMatching(/^Quyền: ổn/),
      'Múi giờ: ổn — Asia/Ho_Chi_Minh',
      'Khu vực: ổn — vi_VN',
      expect.stringMatching(/^Ghi, đọc lại ô: ổn — 1\.10 \| =1\+1 \| 06\/10\/2025/),
      'Hạn mức thư hôm nay: ổn — 100',
      'Người gửi nhắc hạn: ổn — ht@truong.edu.vn, bật từ 01/09/2025.',
      'Tài liệu xuất: ổn — Tài liệu xuất được tạo trong Drive của người xuất.',
    ]);
    expect(report.ok).toBe(true);
    expect(fakes.state.spreadsheet.sheetNames()).toEqual(['Sheet1']);
    expect(fakes.state.ui.alerts[0]?.prompt).toContain('Người gửi nhắc hạn: ổn');
  });

  it('the scopes it expects are the manifest’s', () => {
    expect(REQUIRED_SCOPES).toEqual(manifestScopes());
  });

  type Case = {
    name: string;
    topic: string;
    options?: FakeOptions;
    prepare?: (f: ReturnType<typeof createFakes>) => void;
  };
  const failing: Case[] = [
    {
      name: 'a scope not granted',
      topic: 'Quyền',
      options: { scopes: manifestScopes().filter((s) => !s.endsWith('userinfo.email')) },
    },
    {
      name: 'the spreadsheet in another time zone',
      topic: 'Múi giờ',
      options: { spreadsheet: { timeZone: 'Europe/London' } },
    },
    {
      name: 'a month-first locale',
      topic: 'Khu vực',
      options: { spreadsheet: { locale: 'en_US' } },
    },
    {
      name: 'a cell that cannot be read back',
      topic: 'Ghi, đọc lại ô',
      prepare: (f) =>
        f.runtime.refuse('Range.getValues', 'Service Spreadsheets failed while accessing document'),
    },
    { name: 'no mail quota left', topic: 'Hạn mức thư hôm nay', options: { mailQuota: 0 } },
    {
      name: 'no reminder trigger recorded',
      topic: 'Người gửi nhắc hạn',
      options: { properties: {} },
    },
  ];
  it.each(failing)('fails on $name, saying what to do', ({ topic, options, prepare }) => {
    const { fakes, report, line } = run(options, prepare);
    expect(line(topic)?.ok).toBe(false);
    expect(line(topic)?.text).toMatch(new RegExp(`^${topic}: cần xử lý — .{12,}`));
    expect(report.lines.filter((l) => !l.ok).map((l) => l.topic)).toEqual([topic]);
    expect(report.ok).toBe(false);
    expect(fakes.state.spreadsheet.sheetNames()).toEqual(['Sheet1']);
  });

  it('is in the menu', () => {
    const fakes = createFakes();
    loadBundle(fakes).call('onOpen', fakes.events.open('FULL'));
    const items = JSON.stringify(fakes.state.ui.menus);
    expect(items).toContain('Kiểm tra cài đặt');
    expect(items).toContain('checkInstallation');
  });
});
