/** `Thông tin chung` (two columns `Mục` | `Giá trị`) → the plan's header data. */
import { parseSchoolLevel } from './catalog/catalog';
import { type SchoolLevelCode } from './codes';
import { isDateValue, dateToIso, parseDateCell, parseSchoolYear } from '../parse/dates';
import { CHECK, WEEKDAYS } from '../messages';
import { headerKey, INFO_COLUMNS, INFO_ROWS, mapHeaders, SHEET, type InfoKey } from './contract';
import { asciiKey, cleanMultiline, cleanText } from '../parse/text';
import type { IsoDate, SchoolYear } from '../parse/dates';
import { ERROR, finding, WARNING, type Finding } from './model';
import { cellString } from './cells';

export interface PlanInfo {
  governingBody: string;
  schoolName: string;
  schoolLevel: SchoolLevelCode | null;
  schoolLevelText: string;
  catalogText: string;
  schoolYear: SchoolYear | null;
  schoolYearText: string;
  docNumber: string;
  place: string;
  issueDate: IsoDate | null;
  signerTitle: string;
  signer: string;
  legalBases: string[];
  purposes: string;
  implementation: string;
  recipients: string[];
  /** 1 = Thứ Hai … 7 = Chủ nhật. */
  reminderDay: number;
  reminderHour: number;
  reminderLeadDays: number;
  landscape: boolean;
}

export const INFO_DEFAULTS = {
  signerTitle: 'HIỆU TRƯỞNG',
  reminderDay: 1,
  reminderHour: 7,
  reminderLeadDays: 14,
} as const;

function emptyPlanInfo(): PlanInfo {
  return {
    governingBody: '',
    schoolName: '',
    schoolLevel: null,
    schoolLevelText: '',
    catalogText: '',
    schoolYear: null,
    schoolYearText: '',
    docNumber: '',
    place: '',
    issueDate: null,
    signerTitle: INFO_DEFAULTS.signerTitle,
    signer: '',
    legalBases: [],
    purposes: '',
    implementation: '',
    recipients: [],
    reminderDay: INFO_DEFAULTS.reminderDay,
    reminderHour: INFO_DEFAULTS.reminderHour,
    reminderLeadDays: INFO_DEFAULTS.reminderLeadDays,
    landscape: false,
  };
}

const LABELS = new Map<string, InfoKey>();
for (const r of INFO_ROWS)
  for (const l of [r.label, ...(r.synonyms ?? [])]) LABELS.set(headerKey(l), r.key);

/** `Thứ Hai`, `thứ 2`, `T2`, `Chủ nhật`, `CN` → 1..7; '' → default; unreadable → null. */
function parseWeekday(value: unknown): number | null {
  const key = asciiKey(value);
  if (!key) return INFO_DEFAULTS.reminderDay;
  const names = ['hai', 'ba', 'tu', 'nam', 'sau', 'bay'];
  const m = /^(?:thu|t)\s*(\d|hai|ba|tu|nam|sau|bay)$/.exec(key);
  if (m) {
    const w = m[1] as string;
    const n = /^\d$/.test(w) ? Number(w) - 1 : names.indexOf(w) + 1;
    return n >= 1 && n <= 6 ? n : null;
  }
  if (/^(chu nhat|cn)$/.test(key)) return 7;
  return null;
}

function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

interface InfoParse {
  info: PlanInfo;
  /** Sheet row of each label found. */
  rows: Partial<Record<InfoKey, number>>;
  findings: Finding[];
  empty: boolean;
}

export function parsePlanInfo(values: readonly (readonly unknown[])[] | null): InfoParse {
  const info = emptyPlanInfo();
  const rows: Partial<Record<InfoKey, number>> = {};
  const findings: Finding[] = [];
  if (!values || values.length === 0) return { info, rows, findings, empty: true };
  const header = mapHeaders(values[0] ?? [], INFO_COLUMNS);
  const labelCol = header.index.label ?? 0;
  const valueCol = header.index.value ?? 1;
  const start = header.missing.length === 0 ? 1 : 0;
  const raw: Partial<Record<InfoKey, unknown>> = {};
  for (let r = start; r < values.length; r++) {
    const row = values[r] ?? [];
    const key = LABELS.get(headerKey(row[labelCol]));
    if (!key) continue;
    const cell = row[valueCol];
    if (rows[key] === undefined) {
      rows[key] = r + 1;
      raw[key] = cell;
    } else if (cleanText(cell)) {
      // A label written on several rows (one legal basis per row) adds lines.
      raw[key] = `${cellString(raw[key])}\n${cellString(cell)}`;
    }
  }
  const str = (k: InfoKey): string => cleanText(cellString(raw[k]));
  const multi = (k: InfoKey): string => cleanMultiline(cellString(raw[k]));
  const flag = (severity: Finding['severity'], k: InfoKey, message: string): void => {
    findings.push(finding(severity, SHEET.info, rows[k] ?? null, k, message));
  };

  info.governingBody = str('governingBody');
  info.schoolName = str('schoolName');
  info.schoolLevelText = str('schoolLevel');
  info.schoolLevel = parseSchoolLevel(info.schoolLevelText);
  info.catalogText = str('catalog');
  info.schoolYearText = str('schoolYear');
  info.schoolYear = parseSchoolYear(info.schoolYearText);
  info.docNumber = str('docNumber');
  info.place = str('place');
  info.signerTitle = str('signerTitle') || INFO_DEFAULTS.signerTitle;
  info.signer = str('signer');
  info.legalBases = splitLines(multi('legalBases'));
  info.purposes = multi('purposes');
  info.implementation = multi('implementation');
  info.recipients = splitLines(multi('recipients'));
  info.landscape = /^(co|x|true|ngang|yes|1)$/.test(asciiKey(raw.landscape));

  const empty = Object.keys(rows).length === 0 || !Object.values(raw).some((v) => cleanText(v));

  if (!info.schoolYear) flag(ERROR, 'schoolYear', CHECK.infoSchoolYear(info.schoolYearText));
  if (!info.schoolLevel && !info.catalogText)
    flag(ERROR, 'schoolLevel', CHECK.infoLevel(info.schoolLevelText));
  else if (!info.schoolLevel && info.schoolLevelText)
    flag(WARNING, 'schoolLevel', CHECK.infoLevel(info.schoolLevelText));

  const issue = raw.issueDate;
  if (isDateValue(issue)) info.issueDate = dateToIso(issue);
  else if (cleanText(issue)) {
    const parsed = parseDateCell(issue);
    if (parsed.ok) info.issueDate = parsed.date;
    else flag(ERROR, 'issueDate', CHECK.infoDate('Ngày ban hành', cellString(issue)));
  }

  const day = parseWeekday(raw.reminderDay);
  if (day === null) flag(WARNING, 'reminderDay', CHECK.infoWeekday(str('reminderDay')));
  else info.reminderDay = day;
  info.reminderHour = numberSetting(raw.reminderHour, 0, 23, INFO_DEFAULTS.reminderHour, () =>
    flag(WARNING, 'reminderHour', CHECK.infoHour(str('reminderHour'))),
  );
  info.reminderLeadDays = numberSetting(
    raw.reminderLeadDays,
    1,
    60,
    INFO_DEFAULTS.reminderLeadDays,
    () => flag(WARNING, 'reminderLeadDays', CHECK.infoLeadDays(str('reminderLeadDays'))),
  );
  return { info, rows, findings, empty };
}

function numberSetting(
  v: unknown,
  min: number,
  max: number,
  fallback: number,
  bad: () => void,
): number {
  const text = cleanText(cellString(v)).replace(/\s*(giờ|h|ngày)$/i, '');
  if (!text) return fallback;
  const n = Number(text.replace(',', '.'));
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  bad();
  return fallback;
}

export function weekdayLabel(day: number): string {
  return WEEKDAYS[day - 1] ?? WEEKDAYS[0] ?? '';
}
