/**
 * The bundle is the product: build/ is what `clasp push` uploads. Apps Script only calls
 * top-level function declarations, and parses the file as a classic script.
 */
import { describe, expect, it } from '@jest/globals';
import { parse } from 'acorn';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SERVER_BUNDLE_KB } from '../bench/targets';

const build = path.resolve(__dirname, '../../build');
const code = readFileSync(path.join(build, 'Code.js'), 'utf8');

/** The global functions of shared/spec/product.md §2 that exist so far, plus our own. */
const CONTRACT = [
  'onOpen',
  'onInstall',
  'checkInstallation',
  'checkPlan',
  'enableWeeklyReminders',
  'disableWeeklyReminders',
  'sendWeeklyReminders',
  'exportPlanToDoc',
  'showPlanSidebar',
  'importPlanFromDoc',
  'previewImportFromDoc',
];
const OWN = [
  'setUpSheets',
  'sendDeferredReminders',
  'exportPlanToNewDoc',
  'sidebarCheckVersions',
  'sidebarLoad',
  'sidebarRestoreItem',
  'sidebarSaveAssessment',
  'sidebarSaveInfo',
  'sidebarSaveItem',
  'sidebarDeleteItem',
  'sidebarSavePerson',
  'sidebarDeletePerson',
  'undoImportFromDoc',
];

type Node = { type: string; id?: { name: string }; declarations?: { id: { name: string } }[] };

describe('build/Code.js', () => {
  const program = parse(code, { ecmaVersion: 2021, sourceType: 'script' }) as unknown as {
    body: Node[];
  };

  it('parses as an ES2021 classic script (no import/export, no class fields)', () => {
    expect(program.body.length).toBeGreaterThan(1);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('declares exactly the contract functions at top level, and nothing else but CTCL', () => {
    const functions = program.body
      .filter((n) => n.type === 'FunctionDeclaration')
      .map((n) => n.id?.name);
    expect(functions.sort()).toEqual([...CONTRACT, ...OWN].sort());
    const vars = program.body
      .filter((n) => n.type === 'VariableDeclaration')
      .flatMap((n) => n.declarations?.map((d) => d.id.name) ?? []);
    expect(vars).toEqual(['CTCL']);
  });

  it('keeps internal helpers private', () => {
    // Top-level declarations, not line starts: a minified line holds many declarations.
    const names = program.body
      .filter((n) => n.type === 'FunctionDeclaration')
      .map((n) => n.id?.name);
    for (const helper of ['checkSheets', 'buildPlan', 'readPlanSheets', 'writeDocument'])
      expect(names).not.toContain(helper);
  });

  it('stays small: the server bundle is parsed on every execution', () => {
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(SERVER_BUNDLE_KB * 1024);
  });
});

describe('build/appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(path.join(build, 'appsscript.json'), 'utf8'));

  it('runs on V8 in Asia/Ho_Chi_Minh with exception logging', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  });

  it('asks for explicit, narrow scopes only', () => {
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      // Weekly reminders: installing their time trigger, sending the digests.
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.send_mail',
      // Export: DocumentApp.create/openById need the full documents scope (no narrower one
      // creates a Doc); no Drive scope, so the Doc stays in My Drive (README, Export).
      'https://www.googleapis.com/auth/documents',
      // Who updated a row (`Cập nhật`): Session.getActiveUser() needs it.
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
    for (const scope of manifest.oauthScopes as string[]) {
      expect(scope).not.toMatch(/\/auth\/(drive|spreadsheets)$/);
    }
  });
});

describe('deploying with clasp 3', () => {
  const root = path.resolve(__dirname, '../..');
  const json = (f: string) => JSON.parse(readFileSync(path.join(root, f), 'utf8'));

  it('pushes with -f (a non-interactive push would skip a changed manifest) to two script ids', () => {
    const { scripts } = json('package.json') as { scripts: Record<string, string> };
    expect(scripts.deploy).toMatch(/&& clasp push -f$/);
    expect(scripts['deploy:dev']).toMatch(/&& clasp -P \.clasp-dev\.json push -f$/);
    expect(json('.clasp.json').rootDir).toBe('build');
    expect(json('.clasp-dev.json').rootDir).toBe('build');
    expect(json('.clasp-dev.json').scriptId).not.toBe(json('.clasp.json').scriptId);
  });
});
