import { describe, expect, it } from '@jest/globals';
import {
  fitCell,
  readTrigger,
  recordSent,
  sentThisWeek,
  staleSentKeys,
} from '../../../src/core/reminders/record';

describe('the sent record in document properties', () => {
  it('adds lower-case addresses to the week’s chunk, and starts a new chunk before 9 KB', () => {
    const store: Record<string, string> = {};
    for (let i = 0; i < 300; i++) {
      const [key, value] = recordSent(
        store,
        '2026-W49',
        `Nguoi.Thu.${i}@Truong-THCS-Hoa-Binh.edu.vn`,
      );
      store[key] = value;
    }
    const chunks = Object.keys(store);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((k) => k.startsWith('reminderSent.2026-W49.'))).toBe(true);
    expect(Math.max(...Object.values(store).map((v) => Buffer.byteLength(v)))).toBeLessThan(
      8 * 1024,
    );
    const sent = sentThisWeek(store, '2026-W49');
    expect(sent.size).toBe(300);
    expect(sent.has('nguoi.thu.299@truong-thcs-hoa-binh.edu.vn')).toBe(true);
    expect(sentThisWeek(store, '2026-W50').size).toBe(0);
  });

  it('drops other weeks only', () => {
    const store = {
      'reminderSent.2026-W48.0': 'a@x.vn',
      'reminderSent.2026-W49.0': 'b@x.vn',
      other: '1',
    };
    expect(staleSentKeys(store, '2026-W49')).toEqual(['reminderSent.2026-W48.0']);
  });

  it('reads a broken trigger record as none', () => {
    expect(readTrigger({ reminderTrigger: '{oops' })).toBeNull();
    expect(readTrigger({ reminderTrigger: '{"owner":"a@x.vn","since":1,"uid":"7"}' })).toEqual({
      owner: 'a@x.vn',
      since: 1,
      uid: '7',
    });
  });
});

describe('fitCell', () => {
  it('leaves short text alone', () => expect(fitCell('dòng 2, 3')).toBe('dòng 2, 3'));

  it('cuts a long list at an item and says how many were left out', () => {
    const list = Array.from({ length: 100 }, (_, i) => `dòng ${i + 2}`).join(', ');
    const cell = fitCell(list, 200);
    expect(cell.length).toBeLessThanOrEqual(200);
    const [kept, more] = cell.split(' …và ');
    expect(kept?.split(', ').at(-1)).toMatch(/^dòng \d+$/);
    expect(Number(/^(\d+) mục nữa$/.exec(more ?? '')?.[1]) + (kept?.split(', ').length ?? 0)).toBe(
      100,
    );
  });
});
