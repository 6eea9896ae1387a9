/**
 * createFakes(): one strict, counting fake of the Apps Script services the add-on uses.
 *
 *   const fakes = createFakes({ spreadsheet: { sheets: { 'Kế hoạch': [['Mã', 'Tiêu chí']] } } });
 *   const app = loadBundle(fakes);           // test/helpers/load-bundle.ts
 *   app.call('onOpen', fakes.events.open('FULL'));
 *   expect(fakes.state.ui.menus[0]?.caption).toBe('Kế hoạch CTCL');
 *
 * Adding a service (e.g. DocumentApp in test/fakes/document.ts): write its fake classes on
 * FakeObject (see strict.ts), create them in createFakes below, add them to FakeGlobals and,
 * if tests need to inspect them, to FakeState. Nothing else needs to change.
 */
import path from 'node:path';
import {
  FakeConsole,
  FakeLockService,
  FakePropertiesService,
  FakeSession,
  FakeUser,
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
  FakeMailApp,
  FakeScriptApp,
  createScriptState,
  registerScriptAuth,
  type MailState,
  type ScriptState,
  type TriggerRecord,
} from './script-mail';
import {
  FakeSpreadsheet,
  FakeSpreadsheetApp,
  createSpreadsheetModel,
  registerSpreadsheetAuth,
  spreadsheetState,
  type SheetState,
  type SpreadsheetModel,
  type SpreadsheetOptions,
  type SpreadsheetState,
  type SpreadsheetWorld,
} from './spreadsheet';
import {
  FakeDocumentApp,
  FakeDriveApp,
  createDocumentWorld,
  documentsState,
  registerDocumentAuth,
  type DocumentOptions,
  type DocumentsState,
} from './document';
import { CallCounter, Runtime, fail, type AuthModeName } from './strict';
import { DEFAULT_TIME_ZONE, wallClock } from './time';
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
  /** More spreadsheets SpreadsheetApp.openById can open (give each an id). */
  otherSpreadsheets?: SpreadsheetOptions[];
  /** False: SpreadsheetApp.getUi() throws, as in triggers. Default true. */
  ui?: boolean;
  /** False: getActiveSpreadsheet()/getActive() return null, as in time-driven triggers. Default true. */
  activeSpreadsheet?: boolean;
  /** Default 'FULL'. Calls needing more authorization throw (see the table in the README of the fakes). */
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
  /** Enforce the add-on trigger limits. Default true. */
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
  /** The fixed time, or null when the real clock runs. */
  fixed(): number | null;
  now(): number;
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
  /** Any spreadsheet openById can open, by id. */
  spreadsheets(id: string): SpreadsheetState;
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
  /** Google Docs created through DocumentApp, with their structure (test/fakes/document.ts). */
  documents: DocumentsState;
}

export interface FakeEvents {
  /**
   * An onOpen event object { authMode, source, user } (source/user absent in NONE), and
   * switches state.authMode to `authMode` (default 'LIMITED', the simple-trigger mode).
   */
  open(authMode?: AuthModeName): Record<string, unknown>;
  /**
   * A time-driven event object { authMode: 'FULL', triggerUid, year, month, … } for the fixed
   * clock, and switches to the trigger context: authMode FULL, no UI, no active spreadsheet.
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

export function createFakes(options: FakeOptions = {}): FakeEnvironment {
  const rt = new Runtime();
  rt.authMode = options.authMode ?? 'FULL';
  if (options.now !== undefined) rt.fixedNow = toMs(options.now);
  registerSpreadsheetAuth(rt);
  registerBaseAuth(rt);
  registerScriptAuth(rt);

  // Spreadsheets, UI and HTML.
  const bound = createSpreadsheetModel(options.spreadsheet);
  const all = new Map<string, SpreadsheetModel>([[bound.id, bound]]);
  (options.otherSpreadsheets ?? []).forEach((spec, i) => {
    const model = createSpreadsheetModel(spec, `fake-spreadsheet-id-${i + 2}`);
    if (all.has(model.id)) fail(`Fake state: two spreadsheets with id ${model.id}`);
    all.set(model.id, model);
  });
  const ui = createUiState(options.ui ?? true);
  let hasActive = options.activeSpreadsheet ?? true;
  let uiFake: FakeUi | null = null;
  const world: SpreadsheetWorld = {
    rt,
    bound,
    all,
    get hasActive() {
      return hasActive;
    },
    // No Ui in triggers: https://developers.google.com/apps-script/guides/dialogs
    ui() {
      if (!ui.enabled) fail('Cannot call SpreadsheetApp.getUi() from this context.');
      uiFake ??= new FakeUi(rt, ui);
      return uiFake;
    },
  };
  const htmlDir = options.htmlDir ?? path.resolve(__dirname, '..', '..', 'build');

  // Properties, locks, session, logs.
  const stores: Record<PropertyStoreName, Map<string, string>> = {
    document: new Map(Object.entries(options.properties?.document ?? {})),
    script: new Map(Object.entries(options.properties?.script ?? {})),
    user: new Map(Object.entries(options.properties?.user ?? {})),
  };
  const slots: Record<LockScope, LockSlot> = {
    document: new LockSlot(),
    script: new LockSlot(),
    user: new LockSlot(),
  };
  const user = options.user ?? 'user@example.com';
  const session: SessionState = {
    activeUser: options.activeUser ?? user,
    effectiveUser: user,
    scriptTimeZone: DEFAULT_TIME_ZONE,
  };
  const logs: LogState = { console: [] };

  // Script and mail.
  let triggerIds = 0;
  const nextTriggerId = () => String(1_000_000 + ++triggerIds);
  const script = createScriptState(options.addon ?? true, nextTriggerId);
  const mail: MailState = { sent: [], quota: options.mailQuota ?? 100 };

  // Documents and Drive.
  registerDocumentAuth(rt);
  const docWorld = createDocumentWorld(rt, bound.id, options.documents);

  const globals: FakeGlobals = {
    SpreadsheetApp: rt.wrap(new FakeSpreadsheetApp(world)),
    HtmlService: rt.wrap(new FakeHtmlService(rt, htmlDir)),
    PropertiesService: rt.wrap(new FakePropertiesService(rt, stores)),
    LockService: rt.wrap(new FakeLockService(rt, slots)),
    Session: rt.wrap(new FakeSession(rt, session)),
    console: rt.wrap(new FakeConsole(rt, logs)),
    ScriptApp: rt.wrap(
      new FakeScriptApp({
        rt,
        script,
        activeDocumentId: () => (hasActive ? bound.id : null),
        nextTriggerId,
      }),
    ),
    MailApp: rt.wrap(new FakeMailApp(rt, mail)),
    DocumentApp: rt.wrap(new FakeDocumentApp(docWorld)),
    DriveApp: rt.wrap(new FakeDriveApp(docWorld)),
  };

  const clock: ClockState = {
    fixed: () => rt.fixedNow,
    now: () => rt.now(),
    set(time) {
      rt.fixedNow = time === null ? null : toMs(time);
    },
    advance(ms) {
      if (rt.fixedNow === null) fail('Fake state: clock.advance needs a fixed clock (clock.set)');
      rt.fixedNow += ms;
    },
  };

  const state: FakeState = {
    spreadsheet: spreadsheetState(bound),
    sheet: (name) => spreadsheetState(bound).sheet(name),
    spreadsheets(id) {
      const model = all.get(id);
      if (!model) fail(`Fake state: no spreadsheet with id ${id}`);
      return spreadsheetState(model);
    },
    ui,
    mail,
    get triggers() {
      return script.triggers;
    },
    script,
    properties: stores,
    locks: {
      document: lockState(slots.document),
      script: lockState(slots.script),
      user: lockState(slots.user),
    },
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
    clock,
    documents: documentsState(docWorld),
  };

  const events: FakeEvents = {
    open(authMode = 'LIMITED') {
      rt.authMode = authMode;
      if (authMode === 'NONE') return { authMode };
      return {
        authMode,
        source: new FakeSpreadsheet(world, bound),
        user: new FakeUser(rt, session.activeUser),
      };
    },
    clock(triggerUid) {
      rt.authMode = 'FULL';
      hasActive = false;
      ui.enabled = false;
      const t = wallClock(rt.now(), 'UTC');
      return {
        authMode: 'FULL',
        triggerUid:
          triggerUid ?? script.triggers.find((r) => r.eventType === 'CLOCK')?.uniqueId ?? '',
        'day-of-month': t.day,
        'day-of-week': t.weekday === 0 ? 7 : t.weekday,
        hour: t.hour,
        minute: t.minute,
        month: t.month,
        second: t.second,
        timezone: 'UTC',
        'week-of-year': isoWeek(rt.now()),
        year: t.year,
      };
    },
  };

  return { globals, state, calls: rt.calls, events, runtime: rt };
}

function isoWeek(ms: number): number {
  const d = new Date(ms);
  const day = d.getUTCDay() || 7;
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return Math.ceil(((thursday - yearStart) / 86400000 + 1) / 7);
}
