/** `Nhân sự` rows → people who can be reminded. */
import { CHECK } from '../messages';
import { isValidEmail, parseRoles, rolesFromPosition } from './owners';
import { mapHeaders, ROSTER_COLUMNS, SHEET, type HeaderMap, type RosterField } from './contract';
import { cleanText } from '../parse/text';
import { finding, WARNING, type Finding, type Person } from './model';
import { parseYesNo } from './codes';

interface RosterParse {
  people: Person[];
  header: HeaderMap<RosterField> | null;
  findings: Finding[];
}

export function parseRoster(values: readonly (readonly unknown[])[] | null): RosterParse {
  if (!values || values.length === 0) return { people: [], header: null, findings: [] };
  const header = mapHeaders(values[0] ?? [], ROSTER_COLUMNS);
  const findings: Finding[] = [];
  const people: Person[] = [];
  const cell = (row: readonly unknown[], key: RosterField): unknown => {
    const i = header.index[key];
    return i === undefined ? '' : row[i];
  };
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const name = cleanText(cell(row, 'name'));
    if (!name) continue;
    const position = cleanText(cell(row, 'position'));
    const written = parseRoles(cell(row, 'roles'));
    const roles = written.length ? written : rolesFromPosition(position);
    const email = cleanText(cell(row, 'email'));
    const yes = parseYesNo(cell(row, 'remind'));
    const remind = yes !== false;
    const flag = (field: RosterField, message: string): void => {
      findings.push(finding(WARNING, SHEET.roster, r + 1, field, message));
    };
    if (yes === undefined)
      flag('remind', CHECK.personRemindUnreadable(cleanText(cell(row, 'remind'))));
    if (email && !isValidEmail(email)) flag('email', CHECK.personEmailInvalid(email));
    else if (!email && remind) flag('email', CHECK.personNoEmail(name));
    people.push({ row: r + 1, name, position, roles, email, remind });
  }
  return { people, header, findings };
}
