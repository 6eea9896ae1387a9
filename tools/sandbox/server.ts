/**
 * The local sandbox: the BUILT add-on (build/Code.js) running in Node against our Apps Script
 * fakes, served on 127.0.0.1 only.
 *
 *   /                  the sidebar in a 300 px frame, next to a live view of the sheets
 *   /sidebar           build/Sidebar.html with a google.script.run bridge injected
 *   /import            build/ImportDialog.html with the same bridge: paste the id of one of the
 *                      sample plan Docs the fakes hold (`importDocIds`), preview, import, undo
 *   /preview           the exported plan as an HTML page, in the layout `Mẫu văn bản` names
 *                      (src/core/export/preview.ts; the school's own template Doc:
 *                      template-preview.ts, read from the fakes' Docs API)
 *   POST /api/run/<f>  JSON array of arguments → the bundle's global function f → { result }
 *                      or { error } (the Vietnamese message the user would see)
 *   GET  /api/sheets   the sheets as the live view shows them; /api/revision changes on writes
 *   POST /api/cell     { sheet, a1, text }: types into a cell, as a colleague would by hand
 *   POST /api/reset    back to the seed
 *
 * Every boot adds a sample template Doc (test/helpers/doc-template.ts) to the fakes, id
 * `templateId`: `Mẫu văn bản` = that id previews (and exports) through it. State lives in memory, and in `statePath` (written after every change, read on start) when
 * one is given. Used by `npm start` (start.ts) and by the browser tests, in-process.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { previewPage, templateReader } from './preview-page';
import { todayIso } from '../../src/core/parse/dates';
import type { SheetValues } from '../../src/core/plan/model';
import { SHEET } from '../../src/core/plan/contract';
import type { CellInput, FakeEnvironment } from '../../test/fakes';
import { scriptRunCopy } from '../../test/fakes/script-run';
import { makeTemplate } from '../../test/helpers/doc-template';
import { doc001, doc004 } from '../../test/fixtures/doc-trees';
import { loadBundle, REPO_ROOT, type LoadedBundle } from '../../test/helpers/load-bundle';
import { sample002 } from '../../test/fixtures/samples';
import { SANDBOX_PAGE } from './page';
import { fakesFrom, saveState, type SavedState } from './state';

export type Seed = Record<string, CellInput[][]>;

export interface SandboxOptions {
  /** 0 (default): a free port. */
  port?: number;
  /** Where the state persists; null (default): memory only. */
  statePath?: string | null;
  /** Ignore (and overwrite) a saved state. */
  reset?: boolean;
  /** The sheets to start from; default sample 002 (MN Noong Hẹt). */
  seed?: Seed;
  /** The directory holding Code.js and Sidebar.html; default build/. */
  buildDir?: string;
  /** E-mail of the fake user. */
  user?: string;
}

export interface RunRecord {
  name: string;
  args: unknown[];
}

export interface Sandbox {
  url: string;
  port: number;
  /** Every bridge call, in order. */
  calls: RunRecord[];
  /** The sample template Doc in the fakes (the same id after every boot). */
  templateId(): string;
  /** Docs to import: sample 001's improvement plan, sample 004's yearly task plan (refused). */
  importDocIds(): string[];
  /** The current fakes (replaced by reset). */
  fakes(): FakeEnvironment;
  reset(seed?: Seed): void;
  close(): Promise<void>;
}

export function defaultSeed(): Seed {
  return sample002().sheets as Seed;
}

/** The bundle's global functions the page may call (what google.script.run reaches). */
const CALLABLE =
  /^(sidebar[A-Z]\w*|showPlanSidebar|checkPlan|setUpSheets|exportPlanToDoc|importPlanFromDoc|previewImportFromDoc|undoImportFromDoc)$/;

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const buildDir = options.buildDir ?? path.join(REPO_ROOT, 'build');
  const statePath = options.statePath ?? null;
  const seed = options.seed ?? defaultSeed();
  const user = options.user ?? 'hieutruong@truong.edu.vn';
  const calls: RunRecord[] = [];
  let revision = 1;
  let fakes!: FakeEnvironment;
  let app!: LoadedBundle;
  let templateId = '';
  let importDocIds: string[] = [];

  const boot = (saved: SavedState | null, from: Seed): void => {
    fakes = fakesFrom(saved, from, { user, htmlDir: buildDir });
    // Documents are not saved: the template is made again, first, so its id stays the same.
    templateId = makeTemplate(fakes, undefined, { mergeBand: true });
    importDocIds = [
      fakes.state.docsApi.addDoc(doc001(), 'Kế hoạch cải tiến chất lượng (mẫu 001)'),
      fakes.state.docsApi.addDoc(doc004(), 'Kế hoạch năm học (mẫu 004)'),
    ];
    app = loadBundle(fakes, { file: path.join(buildDir, 'Code.js') });
  };
  const persist = (): void => {
    revision++;
    if (!statePath) return;
    mkdirSync(path.dirname(statePath), { recursive: true });
    writeFileSync(statePath, JSON.stringify(saveState(fakes)));
  };
  let saved: SavedState | null = null;
  if (statePath && options.reset) rmSync(statePath, { force: true });
  if (statePath && existsSync(statePath)) {
    try {
      saved = JSON.parse(readFileSync(statePath, 'utf8')) as SavedState;
    } catch {
      saved = null;
    }
  }
  boot(saved, seed);
  if (!saved) persist();

  const run = (
    name: string,
    args: unknown[],
  ): { result?: unknown; error?: string; dialogs?: unknown[] } => {
    calls.push({ name, args });
    const before = fakes.state.ui.dialogs.length;
    try {
      const result = app.callJson(name, ...args);
      return { result, dialogs: fakes.state.ui.dialogs.slice(before) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    } finally {
      persist();
    }
  };

  const bridged = (file: string): string => {
    const html = readFileSync(path.join(buildDir, file), 'utf8');
    return html.replace(/<head>/i, () => `<head><script>${BRIDGE}</script>`);
  };

  const sheetsView = () =>
    fakes.state.spreadsheet.sheetNames().map((name) => {
      const sheet = fakes.state.sheet(name);
      return { name, values: sheet.displayValues(), formulas: sheet.formulas() };
    });

  const sheetValues = (): SheetValues => {
    const get = (name: string) =>
      fakes.state.spreadsheet.hasSheet(name) ? fakes.state.sheet(name).values() : null;
    return {
      info: get(SHEET.info),
      plan: get(SHEET.plan),
      roster: get(SHEET.roster),
      catalog: get(SHEET.catalog),
    };
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, type: string, body: string): void => {
      res.writeHead(status, {
        'content-type': `${type}; charset=utf-8`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
    };
    const json = (value: unknown, status = 200): void =>
      send(status, 'application/json', JSON.stringify(value));
    const readBody = (then: (body: unknown) => void): void => {
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        text += chunk;
      });
      req.on('end', () => {
        try {
          then(text ? JSON.parse(text) : null);
        } catch {
          json({ error: 'invalid JSON' }, 400);
        }
      });
    };
    try {
      if (req.method === 'GET' && url.pathname === '/') return send(200, 'text/html', SANDBOX_PAGE);
      if (req.method === 'GET' && url.pathname === '/sidebar')
        return send(200, 'text/html', bridged('Sidebar.html'));
      if (req.method === 'GET' && url.pathname === '/import')
        return send(200, 'text/html', bridged('ImportDialog.html'));
      if (req.method === 'GET' && url.pathname === '/preview')
        return send(
          200,
          'text/html',
          previewPage(sheetValues(), todayIso(), templateReader(fakes)),
        );
      if (req.method === 'GET' && url.pathname === '/api/revision') return json({ revision });
      if (req.method === 'GET' && url.pathname === '/api/sheets')
        return json({ revision, sheets: sheetsView() });
      const runMatch = /^\/api\/run\/([A-Za-z]\w*)$/.exec(url.pathname);
      if (req.method === 'POST' && runMatch) {
        const name = runMatch[1] as string;
        if (!CALLABLE.test(name) || !app.globalFunctions().includes(name))
          return json({ error: `no such function: ${name}` }, 404);
        return readBody((body) => json(run(name, Array.isArray(body) ? body : [])));
      }
      if (req.method === 'POST' && url.pathname === '/api/cell')
        return readBody((body) => {
          const b = (body ?? {}) as { sheet?: string; a1?: string; text?: string };
          try {
            fakes.state.sheet(String(b.sheet)).type(String(b.a1), String(b.text ?? ''));
            persist();
            json({ ok: true, revision });
          } catch (e) {
            json({ error: e instanceof Error ? e.message : String(e) }, 400);
          }
        });
      if (req.method === 'POST' && url.pathname === '/api/reset') {
        sandbox.reset();
        return json({ ok: true, revision });
      }
      send(404, 'text/plain', 'Not found');
    } catch (e) {
      send(500, 'text/plain', e instanceof Error ? e.message : String(e));
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  const sandbox: Sandbox = {
    url: `http://127.0.0.1:${port}`,
    port,
    calls,
    templateId: () => templateId,
    importDocIds: () => importDocIds,
    fakes: () => fakes,
    reset(next?: Seed) {
      boot(null, next ?? seed);
      persist();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return sandbox;
}

/**
 * google.script.run for a page served by the sandbox: any function name POSTs its arguments
 * to /api/run/<name>; withSuccessHandler / withFailureHandler / withUserObject as in Apps
 * Script (handlers called asynchronously, failures as Error objects).
 */
const BRIDGE = `(function () {
  var scriptRunCopy = ${String(scriptRunCopy)};
  function runner(ok, fail, user) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, fail, user); };
        if (name === 'withFailureHandler') return function (f) { return runner(ok, f, user); };
        if (name === 'withUserObject') return function (u) { return runner(ok, fail, u); };
        if (typeof name !== 'string') return undefined;
        return function () {
          var args;
          try {
            args = Array.prototype.slice.call(arguments).map(function (a, i) {
              return scriptRunCopy(a, 'argument ' + (i + 1) + ' of ' + name);
            });
          } catch (err) {
            setTimeout(function () { if (fail) fail(err, user); else console.error(err); });
            return;
          }
          fetch('/api/run/' + encodeURIComponent(name), {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(args)
          }).then(function (r) { return r.json(); }).then(function (res) {
            if (res.error !== undefined) { if (fail) fail(new Error(res.error), user); }
            else if (ok) ok(res.result === undefined ? null : res.result, user);
          }, function (err) { if (fail) fail(new Error('NetworkError: ' + err.message), user); });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null, undefined),
    host: { close: function () {}, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } } } };
})();`;
