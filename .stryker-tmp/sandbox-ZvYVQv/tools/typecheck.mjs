// @ts-nocheck
// `npm run typecheck`: each layer in its own environment (tsconfig.core.json: no DOM, no Apps
// Script; tsconfig.server.json: Apps Script; tsconfig.client.json: DOM, when the page has one;
// tsconfig.json: tests and tools). Fails when any of them fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const projects = [
  'tsconfig.core.json',
  'tsconfig.server.json',
  'tsconfig.client.json',
  'tsconfig.json',
];
let failed = false;
for (const project of projects.filter((p) => existsSync(path.join(root, p)))) {
  const run = spawnSync(process.execPath, [tsc, '--noEmit', '-p', project], {
    cwd: root,
    stdio: 'inherit',
  });
  console.log(`${project}: ${run.status === 0 ? 'ok' : 'errors'}`);
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
