/** The lint step that forbids import cycles in src/ finds them, type imports included. */
// @ts-nocheck

import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findCycles, importGraph } from '../../tools/import-cycles.mjs';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cycles-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const names = (dir: string, cycles: string[][]): string[][] =>
  cycles.map((c) => c.map((f) => path.relative(dir, f)).sort());

describe('import cycles', () => {
  it('finds a cycle through three modules, one of them importing only a type', () => {
    const dir = tree({
      'plan/read.ts': "import { log } from '../reminders/log';\nexport const read = log;\n",
      'reminders/log.ts': "import { week } from './week';\nexport const log = week;\n",
      'reminders/week.ts': "import type { Plan } from '../plan/read';\nexport const week = 1;\n",
      'check.ts': "import { read } from './plan/read';\nexport const check = read;\n",
    });
    expect(names(dir, findCycles(importGraph(dir)))).toEqual([
      ['plan/read.ts', 'reminders/log.ts', 'reminders/week.ts'],
    ]);
  });

  it('finds a module importing itself, an index import and a re-export', () => {
    const dir = tree({
      'self.ts': "export * from './self';\n",
      'messages/index.ts': "export { a } from '../a';\n",
      'a.ts': "import { b } from './messages';\nexport const a = b;\n",
    });
    expect(names(dir, findCycles(importGraph(dir))).sort()).toEqual([
      ['a.ts', 'messages/index.ts'],
      ['self.ts'],
    ]);
  });

  it('passes a graph without cycles, packages ignored', () => {
    const dir = tree({
      'parse/text.ts': "import * as z from 'zod/mini';\nexport const t = z;\n",
      'plan/read.ts': "import { t } from '../parse/text';\nexport const r = t;\n",
      'check/check.ts': "import { r } from '../plan/read';\nimport { t } from '../parse/text';\n",
    });
    const graph = importGraph(dir);
    expect(graph.get(path.join(dir, 'check/check.ts'))).toHaveLength(2);
    expect(findCycles(graph)).toEqual([]);
  });

  it('src/ has none', () => {
    expect(findCycles(importGraph(path.resolve(__dirname, '../../src')))).toEqual([]);
  });
});
