/**
 * OAuth scopes: every fake method checks that the manifest grants one of the scopes Google's
 * reference lists for it ("Authorization: Scripts that use this method require authorization
 * with one or more of the following scopes", on each method's page, e.g.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)).
 *
 * One table, by service (every method of it) with per-method exceptions. A fake method whose
 * service is not in the table throws, so a member someone adds gets a scope decided, not
 * forgotten. The granted scopes are the manifest's `oauthScopes` (appsscript.json), read by
 * createFakes unless a test gives its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const AUTH = 'https://www.googleapis.com/auth/';
const SHEETS = [`${AUTH}spreadsheets.currentonly`, `${AUTH}spreadsheets`];
const DOCS = [`${AUTH}documents.currentonly`, `${AUTH}documents`];
const DRIVE_READ = [`${AUTH}drive.readonly`, `${AUTH}drive`];
const NONE: readonly string[] = [];

type Rule =
  readonly string[] | { all: readonly string[]; except: Record<string, readonly string[]> };

/** Service → accepted scopes (any one suffices); [] = the reference lists none. */
const SCOPES: Record<string, Rule> = {
  SpreadsheetApp: {
    all: SHEETS,
    // openById reaches other files: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)
    except: {
      openById: [`${AUTH}spreadsheets`],
      getUi: NONE,
      newDataValidation: NONE,
      flush: NONE,
    },
  },
  Spreadsheet: SHEETS,
  Sheet: SHEETS,
  Range: SHEETS,
  DataValidationBuilder: NONE,
  DataValidation: NONE,
  // https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)
  Ui: {
    all: NONE,
    except: {
      showSidebar: [`${AUTH}script.container.ui`],
      showModalDialog: [`${AUTH}script.container.ui`],
    },
  },
  'Ui.ButtonSet': NONE,
  Menu: NONE,
  HtmlService: NONE,
  HtmlOutput: NONE,
  PropertiesService: NONE,
  Properties: NONE,
  LockService: NONE,
  Lock: NONE,
  // https://developers.google.com/apps-script/reference/base/session#getActiveUser()
  Session: {
    all: [`${AUTH}userinfo.email`],
    except: { getScriptTimeZone: NONE },
  },
  User: NONE,
  console: NONE,
  // https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String)
  ScriptApp: { all: [`${AUTH}script.scriptapp`], except: { getAuthorizationInfo: NONE } },
  AuthorizationInfo: NONE,
  TriggerBuilder: [`${AUTH}script.scriptapp`],
  ClockTriggerBuilder: NONE,
  Trigger: [`${AUTH}script.scriptapp`],
  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
  MailApp: [`${AUTH}script.send_mail`],
  // create/openById need the full scope: https://developers.google.com/apps-script/reference/document/document-app#create(String)
  DocumentApp: [`${AUTH}documents`],
  Document: DOCS,
  Body: DOCS,
  Paragraph: DOCS,
  ListItem: DOCS,
  Text: DOCS,
  Table: DOCS,
  TableRow: DOCS,
  TableCell: DOCS,
  // The Docs API (advanced service): documents, drive.file or drive for get and batchUpdate,
  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/batchUpdate
  Docs: NONE,
  'Docs.Documents': [`${AUTH}documents`, `${AUTH}drive.file`, `${AUTH}drive`],
  // https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String)
  DriveApp: DRIVE_READ,
  File: { all: DRIVE_READ, except: { moveTo: [`${AUTH}drive`] } },
  Folder: DRIVE_READ,
  FolderIterator: NONE,
};

/** The scopes a call of `service.method` accepts; throws for a service nobody classified. */
export function acceptedScopes(service: string, method: string): readonly string[] {
  const rule = SCOPES[service];
  if (!rule) {
    throw new Error(`Fake Apps Script: no scope declared for ${service} (test/fakes/scopes.ts)`);
  }
  return 'all' in rule ? (rule.except[method] ?? rule.all) : rule;
}

/** The `oauthScopes` of the repository's appsscript.json (what `npm run build` ships). */
export function manifestScopes(): string[] {
  const file = path.resolve(__dirname, '..', '..', 'appsscript.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { oauthScopes?: string[] };
  return manifest.oauthScopes ?? [];
}
