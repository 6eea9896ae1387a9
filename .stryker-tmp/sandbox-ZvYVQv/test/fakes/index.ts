/**
 * createFakes(): one strict, counting fake of the Apps Script services the add-on uses.
 *
 *   const fakes = createFakes({ spreadsheet: { sheets: { 'Kế hoạch': [['Mã', 'Tiêu chí']] } } });
 *   const app = loadBundle(fakes);           // test/helpers/load-bundle.ts
 *   app.call('onOpen', fakes.events.open('FULL'));
 *   expect(fakes.state.ui.menus[0]?.caption).toBe('Kế hoạch CTCL');
 *
 * Each fake class (on FakeObject, strict.ts) holds only the members the add-on calls, typed
 * with `implements Pick<GoogleAppsScript.X, …>`; any other member throws "Not implemented in
 * fake: X.y". When the product starts calling a new member, add it to its class (and its Pick).
 */
// @ts-nocheck

import path from 'node:path';
import {
  FakeConsole,
  FakeLockService,
  FakePropertiesService,
  FakeSession,
  LockSlot,
  lockState,
  registerBaseAuth,
  type LockScope,
  type LockState,
  type LogState,
  type PropertyStoreName,
  type SessionState,
} from './base-services';
import {
  FakeDocumentApp,
  FakeDriveApp,
  createDocumentWorld,
  documentsState,
  registerDocumentAuth,
  type DocumentOptions,
  type DocumentsState,
} from './document';
import {
  FakeMailApp,
  FakeScriptApp,
  createScriptState,
  registerScriptAuth,
  type MailState,
  type ScriptState,
  type TriggerRecord,
} from './script-mail';
import {
  FakeSpreadsheetApp,
  createSpreadsheetModel,
  registerSpreadsheetAuth,
  spreadsheetState,
  type SheetState,
  type SpreadsheetOptions,
  type SpreadsheetState,
} from './spreadsheet';
import { CallCounter, Runtime, fail, type AuthModeName } from './strict';
import { DEFAULT_TIME_ZONE } from './time';
import { FakeHtmlService, FakeUi, createUiState, type UiState } from './ui-html';

export type { AuthModeName, FamilyName } from './strict';
export { CallCounter, Runtime } from './strict';
export type * from './spreadsheet';
export type * from './ui-html';
export type * from './base-services';
export type * from './script-mail';
export type * from './document';

export interface FakeOptions {
  /** The spreadsheet the add-on runs in (default: id 'fake-spreadsheet-id', one empty 'Sheet1'). */
  spreadsheet?: SpreadsheetOptions;
  /** False: SpreadsheetApp.getUi() throws, as in triggers. Default true. */
  ui?: boolean;
  /** False: getActiveSpreadsheet() returns null, as in time-driven triggers. Default true. */
  activeSpreadsheet?: boolean;
  /** Default 'FULL'. Calls needing more authorization throw. */
  authMode?: AuthModeName;
  /** E-mail of the effective user, and of the active user unless `activeUser` is given. */
  user?: string;
  /** Session.getActiveUser().getEmail(); '' mimics a consumer account in another domain. */
  activeUser?: string;
  /** MailApp.getRemainingDailyQuota() at start; default 100. */
  mailQuota?: number;
  /** DocumentApp and DriveApp: the Drive scope (default off) and the spreadsheet's folder. */
  documents?: DocumentOptions;
  /** Fixes the clock (ms, Date or ISO string). Default: the real clock. */
  now?: number | Date | string;
  /** Where createHtmlOutputFromFile reads <name>.html; default <repo>/build. */
  htmlDir?: string;
  /** Enforce the add-on trigger limit. Default true. */
  addon?: boolean;
  /** Initial contents of the property stores. */
  properties?: Partial<Record<PropertyStoreName, Record<string, string>>>;
}

/** The service globals, typed as the real Apps Script services (each one a strict proxy). */
export interface FakeGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  console: Console;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
}

export interface ClockState {
  /** Fixes the clock (null: back to the real clock). */
  set(time: number | Date | string | null): void;
  /** Moves a fixed clock forward. */
  advance(ms: number): void;
}

export interface FakeState {
  /** The bound spreadsheet. */
  spreadsheet: SpreadsheetState;
  /** Shortcut for spreadsheet.sheet(name). */
  sheet(name: string): SheetState;
  ui: UiState;
  mail: MailState;
  /** Live list of installed triggers (same array as script.triggers). */
  readonly triggers: TriggerRecord[];
  script: ScriptState;
  /** The property stores, live. */
  properties: Record<PropertyStoreName, Map<string, string>>;
  locks: Record<LockScope, LockState>;
  logs: LogState;
  session: SessionState;
  /** Whether getActiveSpreadsheet() returns the bound spreadsheet (false: null). */
  activeSpreadsheet: boolean;
  authMode: AuthModeName;
  clock: ClockState;
  /** Google Docs created through DocumentApp, with their structure. */
  documents: DocumentsState;
}

export interface FakeEvents {
  /** An onOpen event { authMode } (default 'LIMITED', the simple-trigger mode); switches to it. */
  open(authMode?: AuthModeName): Record<string, unknown>;
  /**
   * A time-driven event { authMode: 'FULL', triggerUid } (default: the first clock trigger's)
   * and the trigger context: authMode FULL, no UI, no active spreadsheet.
   * https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
   */
  clock(triggerUid?: string): Record<string, unknown>;
}

export interface FakeEnvironment {
  globals: FakeGlobals;
  state: FakeState;
  calls: CallCounter;
  events: FakeEvents;
  /** Shared machinery; loadBundle sets its realm and reads its clock. */
  runtime: Runtime;
}

function toMs(time: number | Date | string): number {
  const ms = typeof time === 'number' ? time : new Date(time).getTime();
  if (!Number.isFinite(ms)) fail(`Fake state: invalid time ${String(time)}`);
  return ms;
}

const perScope = <T>(make: (scope: LockScope) => T): Record<LockScope, T> => ({
  document: make('document'),
  script: make('script'),
  user: make('user'),
});

export function createFakes(options: FakeOptions = {}): FakeEnvironment {
  const rt = new Runtime();
  rt.authMode = options.authMode ?? 'FULL';
  if (options.now !== undefined) rt.fixedNow = toMs(options.now);
  registerSpreadsheetAuth(rt);
  registerBaseAuth(rt);
  registerScriptAuth(rt);
  registerDocumentAuth(rt);

  const bound = createSpreadsheetModel(options.spreadsheet);
  const ui = createUiState(options.ui ?? true);
  let hasActive = options.activeSpreadsheet ?? true;
  let uiFake: FakeUi | null = null;
  const spreadsheetWorld = {
    rt,
    bound,
    get hasActive() {
      return hasActive;
    },
    // No Ui in time-driven triggers: https://developers.google.com/apps-script/guides/dialogs
    ui() {
      if (!ui.enabled) fail('Cannot call SpreadsheetApp.getUi() from this context.');
      uiFake ??= new FakeUi(rt, ui);
      return uiFake;
    },
  };
  const htmlDir = options.htmlDir ?? path.resolve(__dirname, '..', '..', 'build');
  const stores = perScope((s) => new Map(Object.entries(options.properties?.[s] ?? {})));
  const slots = perScope(() => new LockSlot());
  const user = options.user ?? 'user@example.com';
  const session: SessionState = {
    activeUser: options.activeUser ?? user,
    effectiveUser: user,
    scriptTimeZone: DEFAULT_TIME_ZONE,
  };
  const logs: LogState = { console: [] };
  let triggerIds = 0;
  const nextTriggerId = () => String(1_000_000 + ++triggerIds);
  const script = createScriptState(options.addon ?? true, nextTriggerId);
  const scriptWorld = {
    rt,
    script,
    activeDocumentId: () => (hasActive ? bound.id : null),
    nextTriggerId,
  };
  const mail: MailState = { sent: [], quota: options.mailQuota ?? 100 };
  const docWorld = createDocumentWorld(rt, bound.id, options.documents);

  const globals: FakeGlobals = {
    SpreadsheetApp: rt.wrap(new FakeSpreadsheetApp(spreadsheetWorld)),
    HtmlService: rt.wrap(new FakeHtmlService(rt, htmlDir)),
    PropertiesService: rt.wrap(new FakePropertiesService(rt, stores)),
    LockService: rt.wrap(new FakeLockService(rt, slots)),
    Session: rt.wrap(new FakeSession(rt, session)),
    console: rt.wrap(new FakeConsole(rt, logs)),
    ScriptApp: rt.wrap(new FakeScriptApp(scriptWorld)),
    MailApp: rt.wrap(new FakeMailApp(rt, mail)),
    DocumentApp: rt.wrap(new FakeDocumentApp(docWorld)),
    DriveApp: rt.wrap(new FakeDriveApp(docWorld)),
  };

  const state: FakeState = {
    spreadsheet: spreadsheetState(bound),
    sheet: (name) => spreadsheetState(bound).sheet(name),
    ui,
    mail,
    get triggers() {
      return script.triggers;
    },
    script,
    properties: stores,
    locks: perScope((s) => lockState(slots[s])),
    logs,
    session,
    get activeSpreadsheet() {
      return hasActive;
    },
    set activeSpreadsheet(value: boolean) {
      hasActive = value;
    },
    get authMode() {
      return rt.authMode;
    },
    set authMode(mode: AuthModeName) {
      rt.authMode = mode;
    },
    clock: {
      set(time) {
        rt.fixedNow = time === null ? null : toMs(time);
      },
      advance(ms) {
        if (rt.fixedNow === null) fail('Fake state: clock.advance needs a fixed clock (clock.set)');
        rt.fixedNow += ms;
      },
    },
    documents: documentsState(docWorld),
  };

  const events: FakeEvents = {
    open(authMode = 'LIMITED') {
      rt.authMode = authMode;
      return { authMode };
    },
    clock(triggerUid) {
      rt.authMode = 'FULL';
      hasActive = false;
      ui.enabled = false;
      const first = script.triggers.find((r) => r.eventType === 'CLOCK');
      return { authMode: 'FULL', triggerUid: triggerUid ?? first?.uniqueId ?? '' };
    },
  };

  return { globals, state, calls: rt.calls, events, runtime: rt };
}
