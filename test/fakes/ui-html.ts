/** Ui (menus, alerts, prompts, sidebars, dialogs) and HtmlService. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FakeEnum, FakeObject, Runtime, asApi, checkArgs, enumValue, fail } from './strict';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type Button = GoogleAppsScript.Base.Button;
type PromptResponse = GoogleAppsScript.Base.PromptResponse;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export type ButtonName = 'CLOSE' | 'OK' | 'CANCEL' | 'YES' | 'NO';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

const BUTTONS: readonly ButtonName[] = ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'];
const BUTTON_SETS: Record<ButtonSetName, readonly ButtonName[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuEntry[] };

export interface MenuRecord {
  /** null for createAddonMenu() (Sheets shows the add-on's name). */
  caption: string | null;
  addon: boolean;
  items: MenuEntry[];
}

export interface DialogRecord {
  type: 'sidebar' | 'modal' | 'modeless';
  /** The HtmlOutput's title for a sidebar, the `title` argument for dialogs. */
  title: string;
  html: string;
  width: number | null;
  height: number | null;
}

export interface AlertRecord {
  kind: 'alert' | 'prompt';
  title: string | null;
  prompt: string;
  /** null when no ButtonSet was passed. */
  buttons: ButtonSetName | null;
  /** The button the fake user pressed. */
  response: ButtonName;
  /** prompt() only: the text the fake user typed. */
  text?: string;
}

export interface UiResponse {
  button: ButtonName;
  text?: string;
}

export interface UiState {
  /** False: SpreadsheetApp.getUi() throws, as in triggers. */
  enabled: boolean;
  readonly menus: MenuRecord[];
  readonly dialogs: DialogRecord[];
  readonly alerts: AlertRecord[];
  readonly toasts: { message: string; title: string | null; timeoutSeconds: number | null }[];
  /**
   * Queues what the fake user answers to the next alert/prompt (FIFO). Without a queued answer,
   * alert/prompt answer with the first button of the set (OK or YES) and an empty text.
   */
  respond(button: ButtonName, text?: string): void;
  readonly pendingResponses: UiResponse[];
}

export function createUiState(enabled: boolean): UiState {
  const pending: UiResponse[] = [];
  return {
    enabled,
    menus: [],
    dialogs: [],
    alerts: [],
    toasts: [],
    respond(button, text) {
      if (!BUTTONS.includes(button)) fail(`Fake state: unknown button ${String(button)}`);
      pending.push(text === undefined ? { button } : { button, text });
    },
    pendingResponses: pending,
  };
}

const FAMILY = 'Spreadsheet';

export class FakeUi
  extends FakeObject
  implements
    Pick<
      Ui,
      | 'createMenu'
      | 'createAddonMenu'
      | 'alert'
      | 'prompt'
      | 'showSidebar'
      | 'showModalDialog'
      | 'showModelessDialog'
    >
{
  readonly Button: FakeEnum;
  readonly ButtonSet: FakeEnum;

  constructor(
    rt: Runtime,
    private readonly ui: UiState,
  ) {
    super(rt, 'Ui', FAMILY);
    this.Button = new FakeEnum(rt, 'Ui.Button', FAMILY, BUTTONS);
    this.ButtonSet = new FakeEnum(rt, 'Ui.ButtonSet', FAMILY, Object.keys(BUTTON_SETS));
  }

  createMenu(caption: string): Menu {
    checkArgs('Ui.createMenu', [caption], typeof caption === 'string');
    return asApi(new FakeMenu(this._rt, this.ui, caption, false));
  }

  createAddonMenu(): Menu {
    return asApi(new FakeMenu(this._rt, this.ui, null, true));
  }

  private _ask(kind: 'alert' | 'prompt', args: unknown[]): AlertRecord {
    checkArgs(
      `Ui.${kind}`,
      args,
      args.length >= 1 &&
        args.length <= 3 &&
        typeof args[0] === 'string' &&
        (args.length !== 3 || typeof args[1] === 'string'),
    );
    const [title, prompt, buttons] =
      args.length === 3 ? [args[0], args[1], args[2]] : [null, args[0], args[1]];
    if (buttons !== undefined && !(String(buttons) in BUTTON_SETS)) {
      checkArgs(`Ui.${kind}`, args, false);
    }
    const set = buttons === undefined ? null : (String(buttons) as ButtonSetName);
    const allowed = set ? BUTTON_SETS[set] : kind === 'alert' ? BUTTON_SETS.OK : BUTTON_SETS.OK;
    const answer = this.ui.pendingResponses.shift() ?? { button: allowed[0] ?? 'OK' };
    if (!allowed.includes(answer.button)) {
      fail(
        `Fake state: the queued answer ${answer.button} is not a button of ${set ?? 'the default set'} ` +
          `(${allowed.join(', ')})`,
      );
    }
    const record: AlertRecord = {
      kind,
      title: title === null ? null : String(title),
      prompt: String(prompt),
      buttons: set,
      response: answer.button,
    };
    if (kind === 'prompt') record.text = answer.text ?? '';
    this.ui.alerts.push(record);
    return record;
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons); records and answers. */
  alert(...args: unknown[]): Button {
    return enumValue(this._ask('alert', args).response);
  }

  prompt(...args: unknown[]): PromptResponse {
    const record = this._ask('prompt', args);
    return asApi(new FakePromptResponse(this._rt, record.text ?? '', record.response));
  }

  private _show(type: DialogRecord['type'], output: unknown, title?: unknown): void {
    checkArgs(
      `Ui.${type === 'sidebar' ? 'showSidebar' : type === 'modal' ? 'showModalDialog' : 'showModelessDialog'}`,
      type === 'sidebar' ? [output] : [output, title],
      output instanceof FakeHtmlOutput && (type === 'sidebar' || typeof title === 'string'),
    );
    const html = output as FakeHtmlOutput;
    this.ui.dialogs.push({
      type,
      title: type === 'sidebar' ? html._title : String(title),
      html: html._content,
      width: html._width,
      height: html._height,
    });
  }

  showSidebar(userInterface: HtmlOutput): void {
    this._show('sidebar', userInterface);
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this._show('modal', userInterface, title);
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this._show('modeless', userInterface, title);
  }
}

export class FakeMenu
  extends FakeObject
  implements Pick<Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>
{
  readonly _items: MenuEntry[] = [];

  constructor(
    rt: Runtime,
    private readonly ui: UiState,
    readonly _caption: string | null,
    private readonly addon: boolean,
  ) {
    super(rt, 'Menu', FAMILY);
  }

  addItem(caption: string, functionName: string): Menu {
    checkArgs(
      'Menu.addItem',
      [caption, functionName],
      typeof caption === 'string' && typeof functionName === 'string',
    );
    if (!/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(functionName)) {
      fail(`Fake Apps Script: "${functionName}" is not a function name`);
    }
    this._items.push({ type: 'item', caption, functionName });
    return asApi(this);
  }

  addSeparator(): Menu {
    this._items.push({ type: 'separator' });
    return asApi(this);
  }

  addSubMenu(menu: Menu): Menu {
    const sub = menu as unknown;
    checkArgs('Menu.addSubMenu', [menu], sub instanceof FakeMenu && sub !== this);
    const m = sub as FakeMenu;
    if (m._caption === null) fail('Fake Apps Script: an add-on menu cannot be a sub-menu');
    this._items.push({ type: 'submenu', caption: m._caption, items: m._items });
    return asApi(this);
  }

  /** Records a deep copy of the menu as it is now in `state.ui.menus`. */
  addToUi(): void {
    const copy = (items: MenuEntry[]): MenuEntry[] =>
      items.map((e) => (e.type === 'submenu' ? { ...e, items: copy(e.items) } : { ...e }));
    this.ui.menus.push({ caption: this._caption, addon: this.addon, items: copy(this._items) });
  }
}

export class FakePromptResponse
  extends FakeObject
  implements Pick<PromptResponse, 'getResponseText' | 'getSelectedButton'>
{
  constructor(
    rt: Runtime,
    private readonly text: string,
    private readonly button: ButtonName,
  ) {
    super(rt, 'PromptResponse', FAMILY);
  }

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): Button {
    return enumValue(this.button);
  }
}

// ---------------------------------------------------------------------------------------------
// HtmlService

const HTML_FAMILY = 'Script';
const META_TAGS = new Set(['viewport', 'apple-mobile-web-app-capable', 'mobile-web-app-capable']);

export class FakeHtmlService
  extends FakeObject
  implements
    Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile'>
{
  readonly SandboxMode: FakeEnum;
  readonly XFrameOptionsMode: FakeEnum;

  constructor(
    rt: Runtime,
    private readonly htmlDir: string,
  ) {
    super(rt, 'HtmlService', HTML_FAMILY);
    this.SandboxMode = new FakeEnum(rt, 'HtmlService.SandboxMode', HTML_FAMILY, [
      'EMULATED',
      'IFRAME',
      'NATIVE',
    ]);
    this.XFrameOptionsMode = new FakeEnum(rt, 'HtmlService.XFrameOptionsMode', HTML_FAMILY, [
      'ALLOWALL',
      'DEFAULT',
    ]);
  }

  /** createHtmlOutput() or createHtmlOutput(html: string); blobs are not supported. */
  createHtmlOutput(html?: unknown): HtmlOutput {
    checkArgs(
      'HtmlService.createHtmlOutput',
      html === undefined ? [] : [html],
      html === undefined || typeof html === 'string',
    );
    return asApi(new FakeHtmlOutput(this._rt, typeof html === 'string' ? html : ''));
  }

  /** Reads <htmlDir>/<filename>.html (htmlDir defaults to the repo's build/). */
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    checkArgs('HtmlService.createHtmlOutputFromFile', [filename], typeof filename === 'string');
    const base = filename.replace(/\.html$/, '');
    const file = path.join(this.htmlDir, `${base}.html`);
    if (base.includes('/') || base.includes('\\') || !existsSync(file)) {
      fail(`No HTML file named ${filename} was found.`);
    }
    return asApi(new FakeHtmlOutput(this._rt, readFileSync(file, 'utf8')));
  }
}

export class FakeHtmlOutput
  extends FakeObject
  implements
    Pick<
      HtmlOutput,
      | 'getContent'
      | 'setContent'
      | 'append'
      | 'appendUntrusted'
      | 'clear'
      | 'getTitle'
      | 'setTitle'
      | 'setWidth'
      | 'setHeight'
      | 'setSandboxMode'
      | 'setXFrameOptionsMode'
      | 'addMetaTag'
      | 'setFaviconUrl'
    >
{
  _title = '';
  _width: number | null = null;
  _height: number | null = null;
  _sandboxMode: string | null = null;
  _xFrameOptionsMode: string | null = null;
  readonly _metaTags: { name: string; content: string }[] = [];
  _faviconUrl: string | null = null;

  constructor(
    rt: Runtime,
    public _content: string,
  ) {
    super(rt, 'HtmlOutput', HTML_FAMILY);
  }

  getContent(): string {
    return this._content;
  }

  setContent(content: string): HtmlOutput {
    checkArgs('HtmlOutput.setContent', [content], typeof content === 'string');
    this._content = content;
    return asApi(this);
  }

  append(addedContent: string): HtmlOutput {
    checkArgs('HtmlOutput.append', [addedContent], typeof addedContent === 'string');
    this._content += addedContent;
    return asApi(this);
  }

  appendUntrusted(addedContent: string): HtmlOutput {
    checkArgs('HtmlOutput.appendUntrusted', [addedContent], typeof addedContent === 'string');
    this._content += addedContent
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
    return asApi(this);
  }

  clear(): HtmlOutput {
    this._content = '';
    return asApi(this);
  }

  getTitle(): string {
    return this._title;
  }

  setTitle(title: string): HtmlOutput {
    checkArgs('HtmlOutput.setTitle', [title], typeof title === 'string');
    this._title = title;
    return asApi(this);
  }

  setWidth(width: number): HtmlOutput {
    checkArgs('HtmlOutput.setWidth', [width], Number.isInteger(width) && width > 0);
    this._width = width;
    return asApi(this);
  }

  setHeight(height: number): HtmlOutput {
    checkArgs('HtmlOutput.setHeight', [height], Number.isInteger(height) && height > 0);
    this._height = height;
    return asApi(this);
  }

  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    const name = String(mode);
    checkArgs('HtmlOutput.setSandboxMode', [mode], ['EMULATED', 'IFRAME', 'NATIVE'].includes(name));
    this._sandboxMode = name;
    return asApi(this);
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    const name = String(mode);
    checkArgs('HtmlOutput.setXFrameOptionsMode', [mode], ['ALLOWALL', 'DEFAULT'].includes(name));
    this._xFrameOptionsMode = name;
    return asApi(this);
  }

  /** Only the names Apps Script accepts: viewport, (apple-)mobile-web-app-capable. */
  addMetaTag(name: string, content: string): HtmlOutput {
    checkArgs(
      'HtmlOutput.addMetaTag',
      [name, content],
      typeof name === 'string' && typeof content === 'string',
    );
    if (!META_TAGS.has(name)) fail(`Fake Apps Script: meta tag "${name}" is not allowed`);
    this._metaTags.push({ name, content });
    return asApi(this);
  }

  setFaviconUrl(iconUrl: string): HtmlOutput {
    checkArgs('HtmlOutput.setFaviconUrl', [iconUrl], typeof iconUrl === 'string');
    this._faviconUrl = iconUrl;
    return asApi(this);
  }
}
