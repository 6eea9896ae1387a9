/**
 * Kiểm tra cài đặt: looks at what only the real platform can tell (scopes granted, the
 * spreadsheet's zone and locale, what a cell gives back, the mail quota, the reminder
 * trigger's owner) and reports each in Vietnamese. Writes only a scratch sheet, removed after.
 */
import {
  installationReport,
  ROUND_TRIP,
  type InstallationObservations,
  type InstallationReport,
} from '../core/check/installation';
import { cellValue } from '../core/plan/cells';
import { todayIso } from '../core/parse/dates';
import { INSTALL } from '../core/messages';
import { alert, errorText, guard, reminderOwner } from './platform';
import { activeSpreadsheet, roundTripCells } from './sheets';

/** An observation, or null when the platform refuses it (the reason goes to the log). */
function observe<T>(what: string, look: () => T): T | null {
  try {
    return look();
  } catch (err) {
    console.warn(`Kiểm tra cài đặt, ${what}: ${errorText(err)}`);
    return null;
  }
}

export function checkInstallation(): InstallationReport {
  return guard(() => {
    const ss = activeSpreadsheet();
    const date = todayIso();
    const info = observe('scopes', () =>
      ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL),
    ) as { getAuthorizedScopes(): string[] } | null;
    const observations: InstallationObservations = {
      grantedScopes: info && observe('scopes', () => info.getAuthorizedScopes()),
      sheetZone: observe('zone', () => ss.getSpreadsheetTimeZone()),
      scriptZone: observe('script zone', () => Session.getScriptTimeZone()),
      locale: observe('locale', () => ss.getSpreadsheetLocale()),
      roundTrip: observe('round trip', () => ({
        ...roundTripCells(ss, [
          cellValue(ROUND_TRIP.code),
          cellValue(ROUND_TRIP.formula),
          cellValue({ date }),
        ]),
        date,
      })),
      mailQuota: observe('mail quota', () => MailApp.getRemainingDailyQuota()),
      reminderOwner: observe('reminder owner', reminderOwner),
    };
    const report = installationReport(observations);
    alert(INSTALL.menu, report.lines.map((l) => l.text).join('\n'));
    return report;
  });
}
