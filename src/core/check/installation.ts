/**
 * Kiểm tra cài đặt: what the server observed on the real platform, turned into one Vietnamese
 * line per check (ổn / cần xử lý, and what to do). Pure: the server observes, this judges.
 */
import { dateToIso, formatDmy, isDateValue, type IsoDate } from '../parse/dates';
import { readsMonthFirst } from '../parse/zones';
import { INSTALL, PLATFORM } from '../messages';

const AUTH = 'https://www.googleapis.com/auth/';
/** The manifest's oauthScopes (a test keeps the two the same). */
export const REQUIRED_SCOPES = [
  'spreadsheets.currentonly',
  'script.container.ui',
  'script.scriptapp',
  'script.send_mail',
  'documents',
  'userinfo.email',
].map((s) => AUTH + s);

/** The texts the round trip writes: a code Sheets would make a number, a formula, a date. */
export const ROUND_TRIP = { code: '1.10', formula: '=1+1' } as const;

/** What the server saw; null where it could not see (the reason is logged). */
export interface InstallationObservations {
  grantedScopes: string[] | null;
  sheetZone: string | null;
  scriptZone: string | null;
  locale: string | null;
  /** The three cells read back (raw, before the reader drops an apostrophe), or null. */
  roundTrip: { raw: unknown[]; read: unknown[]; date: IsoDate } | null;
  mailQuota: number | null;
  reminderOwner: { email: string; since: number } | null;
}

export interface InstallationLine {
  topic: string;
  ok: boolean;
  /** `topic: ổn — …` or `topic: cần xử lý — …`. */
  text: string;
}

export interface InstallationReport {
  ok: boolean;
  lines: InstallationLine[];
}

const VIETNAM = new Set(['Asia/Ho_Chi_Minh', 'Asia/Saigon']);

export function installationReport(o: InstallationObservations): InstallationReport {
  const lines: InstallationLine[] = [];
  /** `detail` null: could not be seen. */
  const add = (topic: string, ok: boolean, detail: string | null): void => {
    lines.push({
      topic,
      ok: ok && detail !== null,
      text: INSTALL.line(topic, ok && detail !== null, detail ?? INSTALL.unreadable),
    });
  };
  const granted = o.grantedScopes;
  const missing = REQUIRED_SCOPES.filter((s) => !granted?.includes(s));
  add(
    INSTALL.scopes,
    !missing.length,
    granted && (missing.length ? INSTALL.scopesMissing(missing) : `${granted.length}`),
  );

  const { sheetZone: sheet, scriptZone: script } = o;
  const zoneOk = !!sheet && VIETNAM.has(sheet) && !!script && VIETNAM.has(script);
  add(
    INSTALL.zone,
    zoneOk,
    sheet && script && (zoneOk ? sheet : INSTALL.zoneDiffers(sheet, script)),
  );

  const monthFirst = !!o.locale && readsMonthFirst(o.locale);
  add(
    INSTALL.locale,
    !monthFirst,
    o.locale && (monthFirst ? PLATFORM.monthFirstLocale(o.locale) : o.locale),
  );

  const trip = o.roundTrip;
  const [code, formula, date] = trip?.read ?? [];
  const day = isDateValue(date) ? formatDmy(dateToIso(date)) : String(date);
  const seen = `${String(code)} | ${String(formula)} | ${day}`;
  const tripOk =
    seen === `${ROUND_TRIP.code} | ${ROUND_TRIP.formula} | ${formatDmy(trip?.date ?? null)}`;
  // What a plain-text cell did with the apostrophe (Google does not say), for the record.
  const kept = String(trip?.raw[0]).startsWith("'") ? " (')" : '';
  add(INSTALL.roundTrip, tripOk, trip && (tripOk ? seen + kept : INSTALL.roundTripBad(seen)));

  const quota = o.mailQuota;
  add(
    INSTALL.mail,
    (quota ?? 0) > 0,
    quota === null ? null : quota > 0 ? `${quota}` : INSTALL.mailNone,
  );

  const owner = o.reminderOwner;
  const since = owner && formatDmy(dateToIso(new Date(owner.since)));
  add(
    INSTALL.owner,
    !!owner,
    owner ? INSTALL.ownerOk(owner.email, since ?? '') : INSTALL.ownerNone,
  );

  // Where the Doc goes is information: export decides it (issue 11).
  const drive = granted?.some((s) => /\/auth\/drive(\.file)?$/.test(s));
  add(INSTALL.drive, true, drive ? INSTALL.driveScope : INSTALL.driveNone);

  return { ok: lines.every((l) => l.ok), lines };
}
