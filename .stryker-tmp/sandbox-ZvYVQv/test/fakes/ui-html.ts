/** Ui (menus, alerts, sidebars, dialogs) and HtmlService. */
// @ts-nocheck

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FakeEnum, FakeObject, Runtime, asApi, checkArgs, enumValue, fail } from './strict';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';
const BUTTON_SETS: Record<ButtonSetName, string> = {
  OK: 'OK',
  OK_CANCEL: 'OK',
  YES_NO: 'YES',
  YES_NO_CANCEL: 'YES',
};

export type MenuEntry =
  { type: 'item'; caption: string; functionName: string } | { type: 'separator' };

export interface MenuRecord {
  caption: string;
  items: MenuEntry[];
}

export interface DialogRecord {
  type: 'sidebar' | 'modal';
  /** The HtmlOutput's title for a sidebar, the `title` argument for a dialog. */
  title: string;
  html: string;
  width: number | null;
  height: number | null;
}

export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: ButtonSetName;
}

export interface UiState {
  /** False: SpreadsheetApp.getUi() throws, as in triggers. */
  enabled: boolean;
  readonly menus: MenuRecord[];
  readonly dialogs: DialogRecord[];
  readonly alerts: AlertRecord[];
}

export function createUiState(enabled: boolean): UiState {
  return { enabled, menus: [], dialogs: [], alerts: [] };
}

const FAMILY = 'Spreadsheet';

export class FakeUi
  extends FakeObject
  implements Pick<Ui, 'createMenu' | 'alert' | 'showSidebar' | 'showModalDialog'>
{
  readonly ButtonSet: FakeEnum;

  constructor(
    rt: Runtime,
    private readonly ui: UiState,
  ) {
    super(rt, 'Ui', FAMILY);
    this.ButtonSet = new FakeEnum(rt, 'Ui.ButtonSet', FAMILY, Object.keys(BUTTON_SETS));
  }

  createMenu(caption: string): Menu {
    checkArgs('Ui.createMenu', [caption], typeof caption === 'string');
    return asApi(new FakeMenu(this._rt, this.ui, caption));
  }

  /** alert(title, prompt, buttons): recorded; the fake user presses the set's first button. */
  // https://developers.google.com/apps-script/reference/base/ui#alerttitle,-prompt,-buttons
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const [title, prompt, buttons] = args;
    const ok =
      args.length === 3 &&
      typeof title === 'string' &&
      typeof prompt === 'string' &&
      String(buttons) in BUTTON_SETS;
    checkArgs('Ui.alert', args, ok);
    const set = String(buttons) as ButtonSetName;
    this.ui.alerts.push({ title: String(title), prompt: String(prompt), buttons: set });
    return enumValue(BUTTON_SETS[set]);
  }

  private _show(
    type: DialogRecord['type'],
    method: string,
    output: unknown,
    title?: unknown,
  ): void {
    const args = type === 'sidebar' ? [output] : [output, title];
    const ok =
      output instanceof FakeHtmlOutput && (type === 'sidebar' || typeof title === 'string');
    checkArgs(method, args, ok);
    const html = output as FakeHtmlOutput;
    this.ui.dialogs.push({
      type,
      title: type === 'sidebar' ? html._title : String(title),
      html: html._content,
      width: html._width,
      height: html._height,
    });
  }

  // The sidebar's title is the HtmlOutput's: https://developers.google.com/apps-script/reference/base/ui#showsidebaruserinterface
  showSidebar(userInterface: HtmlOutput): void {
    this._show('sidebar', 'Ui.showSidebar', userInterface);
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this._show('modal', 'Ui.showModalDialog', userInterface, title);
  }
}

export class FakeMenu
  extends FakeObject
  implements Pick<Menu, 'addItem' | 'addSeparator' | 'addToUi'>
{
  private readonly items: MenuEntry[] = [];

  constructor(
    rt: Runtime,
    private readonly ui: UiState,
    private readonly caption: string,
  ) {
    super(rt, 'Menu', FAMILY);
  }

  // The function is named by a string: https://developers.google.com/apps-script/reference/base/menu#additemcaption,-functionname
  addItem(caption: string, functionName: string): Menu {
    const ok = typeof caption === 'string' && typeof functionName === 'string';
    checkArgs('Menu.addItem', [caption, functionName], ok);
    if (!/^[A-Za-z_$][\w$]*$/.test(functionName)) {
      fail(`Fake Apps Script: "${functionName}" is not a function name`);
    }
    this.items.push({ type: 'item', caption, functionName });
    return asApi(this);
  }

  addSeparator(): Menu {
    this.items.push({ type: 'separator' });
    return asApi(this);
  }

  /** Records a copy of the menu as it is now in `state.ui.menus`. */
  addToUi(): void {
    this.ui.menus.push({ caption: this.caption, items: this.items.map((e) => ({ ...e })) });
  }
}

// ---------------------------------------------------------------------------------------------
// HtmlService

const HTML_FAMILY = 'Script';

export class FakeHtmlService
  extends FakeObject
  implements
    Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile'>
{
  constructor(
    rt: Runtime,
    private readonly htmlDir: string,
  ) {
    super(rt, 'HtmlService', HTML_FAMILY);
  }

  /** createHtmlOutput(html: string); blobs are not modelled. */
  createHtmlOutput(html?: unknown): HtmlOutput {
    checkArgs('HtmlService.createHtmlOutput', [html], typeof html === 'string');
    return asApi(new FakeHtmlOutput(this._rt, html as string));
  }

  // Reads the project's <name>.html (here <htmlDir>/<name>.html, default build/): https://developers.google.com/apps-script/reference/html/html-service#createhtmloutputfromfilefilename
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
  implements Pick<HtmlOutput, 'setTitle' | 'setWidth' | 'setHeight'>
{
  _title = '';
  _width: number | null = null;
  _height: number | null = null;

  constructor(
    rt: Runtime,
    readonly _content: string,
  ) {
    super(rt, 'HtmlOutput', HTML_FAMILY);
  }

  setTitle(title: string): HtmlOutput {
    checkArgs('HtmlOutput.setTitle', [title], typeof title === 'string');
    this._title = title;
    return asApi(this);
  }

  // Sizes are whole pixels: https://developers.google.com/apps-script/reference/html/html-output#setwidthwidth
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
}
