/**
 * npm start [-- --port 8080] [-- --reset]: builds the add-on, runs the built bundle in Node
 * against the Apps Script fakes (seeded from sample plan 002, persisted in .sandbox/state.json)
 * and serves the sidebar next to a live view of the sheets on http://127.0.0.1:PORT.
 */
import path from 'node:path';
import { buildAll } from '../../esbuild.config.mjs';
import { REPO_ROOT } from '../../test/helpers/load-bundle';
import { startSandbox } from './server';

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const arg = args[i] as string;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (args[i + 1] ?? '');
}

const t0 = performance.now();
await buildAll();
const port = Number(option('port') ?? process.env.PORT ?? 8080);
const reset = process.argv.includes('--reset');
const statePath = path.join(REPO_ROOT, '.sandbox', 'state.json');
const sandbox = await startSandbox({ port, statePath, reset });
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
console.log(
  [
    `CTCL Planner sandbox ready in ${seconds} s: ${sandbox.url}/`,
    `  ${sandbox.url}/          the sidebar (300 px) next to a live view of the sheets`,
    `  ${sandbox.url}/sidebar   the sidebar alone (build/Sidebar.html + a google.script.run bridge)`,
    `  ${sandbox.url}/import    the import dialog: paste ${sandbox.importDocIds().join(' (sample 001) or ')} (004, refused)`,
    `  ${sandbox.url}/preview   the exported plan, in the layout \`Mẫu văn bản\` names (empty, TT57,`,
    `                     or ${sandbox.templateId()}: the sample template Doc of the school)`,
    `State: ${path.relative(process.cwd(), statePath)} (npm start -- --reset starts again from sample 002).`,
    'Ctrl+C stops.',
  ].join('\n'),
);
const stop = (): void => {
  void sandbox.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
