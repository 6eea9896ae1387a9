/**
 * The check: structure, every row (as the reader found them), rules across rows, and failed
 * reminder sends, placed at their sheet, row and column. Pure, never writes.
 */
// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { findCriterion } from '../plan/catalog/catalog';
import { CATALOG_COLUMNS, columnLetter, INFO_COLUMNS, INFO_ROWS, mapHeaders, PLAN_COLUMNS, ROSTER_COLUMNS, SHEET, type ColumnSpec, type HeaderMap } from '../plan/contract';
import { reminderLogFindings } from '../plan/log';
import type { CheckResult, Finding, Issue, SheetValues } from '../plan/model';
import { isValidEmail, resolveOwners } from '../plan/owners';
import { buildPlan, type BuildResult, type Plan } from '../plan/read';
import { foldKey } from '../parse/text';
import { at, CHECK } from '../messages';

/** The whole check: structure, every row, and rules across rows. Never writes. */
export function checkSheets(sheets: SheetValues, built: BuildResult = buildPlan(sheets)): CheckResult {
  if (stryMutAct_9fa48("0")) {
    {}
  } else {
    stryCov_9fa48("0");
    // A copy: the caller's build stays as it was, so checking it twice reports things once.
    const findings = stryMutAct_9fa48("1") ? [] : (stryCov_9fa48("1"), [...built.findings, ...crossRowFindings(built.plan)]);
    if (stryMutAct_9fa48("3") ? false : stryMutAct_9fa48("2") ? true : (stryCov_9fa48("2", "3"), sheets.reminderLog)) findings.push(...reminderLogFindings(sheets.reminderLog));
    return placeFindings(findings, built.plan, sheets);
  }
}
function crossRowFindings(plan: Plan): Finding[] {
  if (stryMutAct_9fa48("4")) {
    {}
  } else {
    stryCov_9fa48("4");
    const out: Finding[] = stryMutAct_9fa48("5") ? ["Stryker was here"] : (stryCov_9fa48("5"), []);
    const sheet = SHEET.plan;
    const withItems = new Set(stryMutAct_9fa48("6") ? plan.items.map(i => i.criterion) : (stryCov_9fa48("6"), plan.items.filter(stryMutAct_9fa48("7") ? () => undefined : (stryCov_9fa48("7"), i => i.criterion)).map(stryMutAct_9fa48("8") ? () => undefined : (stryCov_9fa48("8"), i => i.criterion))));
    for (const a of Object.values(plan.assessments)) {
      if (stryMutAct_9fa48("9")) {
        {}
      } else {
        stryCov_9fa48("9");
        if (stryMutAct_9fa48("12") ? a.level !== 'CD' && withItems.has(a.code) : stryMutAct_9fa48("11") ? false : stryMutAct_9fa48("10") ? true : (stryCov_9fa48("10", "11", "12"), (stryMutAct_9fa48("14") ? a.level === 'CD' : stryMutAct_9fa48("13") ? false : (stryCov_9fa48("13", "14"), a.level !== (stryMutAct_9fa48("15") ? "" : (stryCov_9fa48("15"), 'CD')))) || withItems.has(a.code))) continue;
        const name = plan.catalog ? stryMutAct_9fa48("16") ? findCriterion(plan.catalog, a.code)?.name && '' : (stryCov_9fa48("16"), (stryMutAct_9fa48("17") ? findCriterion(plan.catalog, a.code).name : (stryCov_9fa48("17"), findCriterion(plan.catalog, a.code)?.name)) ?? (stryMutAct_9fa48("18") ? "Stryker was here!" : (stryCov_9fa48("18"), ''))) : stryMutAct_9fa48("19") ? "Stryker was here!" : (stryCov_9fa48("19"), '');
        out.push(stryMutAct_9fa48("20") ? {} : (stryCov_9fa48("20"), {
          severity: stryMutAct_9fa48("21") ? "" : (stryCov_9fa48("21"), 'error'),
          sheet,
          row: a.row,
          field: stryMutAct_9fa48("22") ? "" : (stryCov_9fa48("22"), 'selfAssessment'),
          message: CHECK.weakWithoutItem(a.code, name)
        }));
      }
    }
    const byKey = new Map<string, number>();
    const byId = new Map<string, number>();
    for (const item of plan.items) {
      if (stryMutAct_9fa48("23")) {
        {}
      } else {
        stryCov_9fa48("23");
        if (stryMutAct_9fa48("25") ? false : stryMutAct_9fa48("24") ? true : (stryCov_9fa48("24", "25"), item.id)) {
          if (stryMutAct_9fa48("26")) {
            {}
          } else {
            stryCov_9fa48("26");
            const other = byId.get(item.id);
            if (stryMutAct_9fa48("29") ? other === undefined : stryMutAct_9fa48("28") ? false : stryMutAct_9fa48("27") ? true : (stryCov_9fa48("27", "28", "29"), other !== undefined)) out.push(stryMutAct_9fa48("30") ? {} : (stryCov_9fa48("30"), {
              severity: stryMutAct_9fa48("31") ? "" : (stryCov_9fa48("31"), 'error'),
              sheet,
              row: item.row,
              field: stryMutAct_9fa48("32") ? "" : (stryCov_9fa48("32"), 'id'),
              message: CHECK.duplicateId(item.id, other)
            }));else byId.set(item.id, item.row);
          }
        }
        if (stryMutAct_9fa48("35") ? item.criterion || item.actions : stryMutAct_9fa48("34") ? false : stryMutAct_9fa48("33") ? true : (stryCov_9fa48("33", "34", "35"), item.criterion && item.actions)) {
          if (stryMutAct_9fa48("36")) {
            {}
          } else {
            stryCov_9fa48("36");
            const key = stryMutAct_9fa48("37") ? `` : (stryCov_9fa48("37"), `${item.criterion}|${foldKey(item.actions)}`);
            const other = byKey.get(key);
            if (stryMutAct_9fa48("40") ? other === undefined : stryMutAct_9fa48("39") ? false : stryMutAct_9fa48("38") ? true : (stryCov_9fa48("38", "39", "40"), other !== undefined)) out.push(stryMutAct_9fa48("41") ? {} : (stryCov_9fa48("41"), {
              severity: stryMutAct_9fa48("42") ? "" : (stryCov_9fa48("42"), 'warning'),
              sheet,
              row: item.row,
              field: stryMutAct_9fa48("43") ? "" : (stryCov_9fa48("43"), 'actions'),
              message: CHECK.duplicateItem(other)
            }));else byKey.set(key, item.row);
          }
        }
        for (const field of ['lead', 'partners'] as const) {
          if (stryMutAct_9fa48("44")) {
            {}
          } else {
            stryCov_9fa48("44");
            for (const r of resolveOwners(item[field], plan.roster)) {
              if (stryMutAct_9fa48("45")) {
                {}
              } else {
                stryCov_9fa48("45");
                if (stryMutAct_9fa48("47") ? false : stryMutAct_9fa48("46") ? true : (stryCov_9fa48("46", "47"), r.email)) continue;
                if (stryMutAct_9fa48("50") ? r.people.length !== 0 : stryMutAct_9fa48("49") ? false : stryMutAct_9fa48("48") ? true : (stryCov_9fa48("48", "49", "50"), r.people.length === 0)) out.push(stryMutAct_9fa48("51") ? {} : (stryCov_9fa48("51"), {
                  severity: stryMutAct_9fa48("52") ? "" : (stryCov_9fa48("52"), 'warning'),
                  sheet,
                  row: item.row,
                  field,
                  message: CHECK.ownerNobody(r.token)
                }));else if (stryMutAct_9fa48("55") ? false : stryMutAct_9fa48("54") ? true : stryMutAct_9fa48("53") ? r.people.some(p => isValidEmail(p.email)) : (stryCov_9fa48("53", "54", "55"), !(stryMutAct_9fa48("56") ? r.people.every(p => isValidEmail(p.email)) : (stryCov_9fa48("56"), r.people.some(stryMutAct_9fa48("57") ? () => undefined : (stryCov_9fa48("57"), p => isValidEmail(p.email))))))) out.push(stryMutAct_9fa48("58") ? {} : (stryCov_9fa48("58"), {
                  severity: stryMutAct_9fa48("59") ? "" : (stryCov_9fa48("59"), 'warning'),
                  sheet,
                  row: item.row,
                  field,
                  message: CHECK.ownerNoEmail(r.token, r.people.map(stryMutAct_9fa48("60") ? () => undefined : (stryCov_9fa48("60"), p => p.name)))
                }));
              }
            }
          }
        }
      }
    }
    return out;
  }
}

/** Adds column header and letter, prefixes the location, splits errors from warnings. */
function placeFindings(findings: Finding[], plan: Plan, sheets: SheetValues): CheckResult {
  if (stryMutAct_9fa48("61")) {
    {}
  } else {
    stryCov_9fa48("61");
    const rosterHeader = sheets.roster ? mapHeaders(stryMutAct_9fa48("62") ? sheets.roster[0] && [] : (stryCov_9fa48("62"), sheets.roster[0] ?? (stryMutAct_9fa48("63") ? ["Stryker was here"] : (stryCov_9fa48("63"), []))), ROSTER_COLUMNS) : null;
    const catalogHeader = sheets.catalog ? mapHeaders(stryMutAct_9fa48("64") ? sheets.catalog[0] && [] : (stryCov_9fa48("64"), sheets.catalog[0] ?? (stryMutAct_9fa48("65") ? ["Stryker was here"] : (stryCov_9fa48("65"), []))), CATALOG_COLUMNS) : null;
    const infoHeader = sheets.info ? mapHeaders(stryMutAct_9fa48("66") ? sheets.info[0] && [] : (stryCov_9fa48("66"), sheets.info[0] ?? (stryMutAct_9fa48("67") ? ["Stryker was here"] : (stryCov_9fa48("67"), []))), INFO_COLUMNS) : null;
    const locate = (f: Finding): {
      column: string | null;
      letter: string | null;
    } => {
      if (stryMutAct_9fa48("68")) {
        {}
      } else {
        stryCov_9fa48("68");
        if (stryMutAct_9fa48("71") ? false : stryMutAct_9fa48("70") ? true : stryMutAct_9fa48("69") ? f.field : (stryCov_9fa48("69", "70", "71"), !f.field)) return stryMutAct_9fa48("72") ? {} : (stryCov_9fa48("72"), {
          column: null,
          letter: null
        });
        const lookup = (header: HeaderMap<string> | null, columns: readonly ColumnSpec[], key: string): {
          column: string | null;
          letter: string | null;
        } => {
          if (stryMutAct_9fa48("73")) {
            {}
          } else {
            stryCov_9fa48("73");
            const i = stryMutAct_9fa48("74") ? header.index[key] : (stryCov_9fa48("74"), header?.index[key]);
            const name = stryMutAct_9fa48("75") ? (header?.found[key] ?? columns.find(c => c.key === key)?.header) && null : (stryCov_9fa48("75"), (stryMutAct_9fa48("76") ? header?.found[key] && columns.find(c => c.key === key)?.header : (stryCov_9fa48("76"), (stryMutAct_9fa48("77") ? header.found[key] : (stryCov_9fa48("77"), header?.found[key])) ?? (stryMutAct_9fa48("78") ? columns.find(c => c.key === key).header : (stryCov_9fa48("78"), columns.find(stryMutAct_9fa48("79") ? () => undefined : (stryCov_9fa48("79"), c => stryMutAct_9fa48("82") ? c.key !== key : stryMutAct_9fa48("81") ? false : stryMutAct_9fa48("80") ? true : (stryCov_9fa48("80", "81", "82"), c.key === key)))?.header)))) ?? null);
            return stryMutAct_9fa48("83") ? {} : (stryCov_9fa48("83"), {
              column: name,
              letter: (stryMutAct_9fa48("86") ? i !== undefined : stryMutAct_9fa48("85") ? false : stryMutAct_9fa48("84") ? true : (stryCov_9fa48("84", "85", "86"), i === undefined)) ? null : columnLetter(i)
            });
          }
        };
        switch (f.sheet) {
          case SHEET.plan:
            if (stryMutAct_9fa48("87")) {} else {
              stryCov_9fa48("87");
              return lookup(plan.planHeader, PLAN_COLUMNS, f.field);
            }
          case SHEET.roster:
            if (stryMutAct_9fa48("88")) {} else {
              stryCov_9fa48("88");
              return lookup(rosterHeader, ROSTER_COLUMNS, f.field);
            }
          case SHEET.catalog:
            if (stryMutAct_9fa48("89")) {} else {
              stryCov_9fa48("89");
              return lookup(catalogHeader, CATALOG_COLUMNS, f.field);
            }
          case SHEET.info:
            if (stryMutAct_9fa48("90")) {} else {
              stryCov_9fa48("90");
              {
                if (stryMutAct_9fa48("91")) {
                  {}
                } else {
                  stryCov_9fa48("91");
                  const label = stryMutAct_9fa48("92") ? INFO_ROWS.find(r => r.key === f.field)?.label && null : (stryCov_9fa48("92"), (stryMutAct_9fa48("93") ? INFO_ROWS.find(r => r.key === f.field).label : (stryCov_9fa48("93"), INFO_ROWS.find(stryMutAct_9fa48("94") ? () => undefined : (stryCov_9fa48("94"), r => stryMutAct_9fa48("97") ? r.key !== f.field : stryMutAct_9fa48("96") ? false : stryMutAct_9fa48("95") ? true : (stryCov_9fa48("95", "96", "97"), r.key === f.field)))?.label)) ?? null);
                  const i = stryMutAct_9fa48("98") ? infoHeader?.index.value && 1 : (stryCov_9fa48("98"), (stryMutAct_9fa48("99") ? infoHeader.index.value : (stryCov_9fa48("99"), infoHeader?.index.value)) ?? 1);
                  return (stryMutAct_9fa48("102") ? f.row !== null : stryMutAct_9fa48("101") ? false : stryMutAct_9fa48("100") ? true : (stryCov_9fa48("100", "101", "102"), f.row === null)) ? stryMutAct_9fa48("103") ? {} : (stryCov_9fa48("103"), {
                    column: label,
                    letter: null
                  }) : stryMutAct_9fa48("104") ? {} : (stryCov_9fa48("104"), {
                    column: stryMutAct_9fa48("105") ? "" : (stryCov_9fa48("105"), 'Giá trị'),
                    letter: columnLetter(i)
                  });
                }
              }
            }
          default:
            if (stryMutAct_9fa48("106")) {} else {
              stryCov_9fa48("106");
              return stryMutAct_9fa48("107") ? {} : (stryCov_9fa48("107"), {
                column: null,
                letter: null
              });
            }
        }
      }
    };
    const errors: Issue[] = stryMutAct_9fa48("108") ? ["Stryker was here"] : (stryCov_9fa48("108"), []);
    const warnings: Issue[] = stryMutAct_9fa48("109") ? ["Stryker was here"] : (stryCov_9fa48("109"), []);
    const seen = new Set<string>();
    for (const f of findings) {
      if (stryMutAct_9fa48("110")) {
        {}
      } else {
        stryCov_9fa48("110");
        const {
          column,
          letter
        } = locate(f);
        const message = stryMutAct_9fa48("111") ? at(f.row, f.row === null ? null : column, letter) - f.message : (stryCov_9fa48("111"), at(f.row, (stryMutAct_9fa48("114") ? f.row !== null : stryMutAct_9fa48("113") ? false : stryMutAct_9fa48("112") ? true : (stryCov_9fa48("112", "113", "114"), f.row === null)) ? null : column, letter) + f.message);
        const issue: Issue = stryMutAct_9fa48("115") ? {} : (stryCov_9fa48("115"), {
          sheet: stryMutAct_9fa48("116") ? f.sheet && SHEET.plan : (stryCov_9fa48("116"), f.sheet ?? SHEET.plan),
          row: f.row,
          field: f.field,
          column,
          columnLetter: letter,
          message
        });
        const key = stryMutAct_9fa48("117") ? `` : (stryCov_9fa48("117"), `${f.severity}|${issue.sheet}|${issue.row}|${issue.field}|${message}`);
        if (stryMutAct_9fa48("119") ? false : stryMutAct_9fa48("118") ? true : (stryCov_9fa48("118", "119"), seen.has(key))) continue;
        seen.add(key);
        ((stryMutAct_9fa48("122") ? f.severity !== 'error' : stryMutAct_9fa48("121") ? false : stryMutAct_9fa48("120") ? true : (stryCov_9fa48("120", "121", "122"), f.severity === (stryMutAct_9fa48("123") ? "" : (stryCov_9fa48("123"), 'error')))) ? errors : warnings).push(issue);
      }
    }
    const order = stryMutAct_9fa48("124") ? () => undefined : (stryCov_9fa48("124"), (() => {
      const order = (a: Issue, b: Issue): number => stryMutAct_9fa48("127") ? sheetOrder(a.sheet) - sheetOrder(b.sheet) && (a.row ?? 0) - (b.row ?? 0) : stryMutAct_9fa48("126") ? false : stryMutAct_9fa48("125") ? true : (stryCov_9fa48("125", "126", "127"), (stryMutAct_9fa48("128") ? sheetOrder(a.sheet) + sheetOrder(b.sheet) : (stryCov_9fa48("128"), sheetOrder(a.sheet) - sheetOrder(b.sheet))) || (stryMutAct_9fa48("129") ? (a.row ?? 0) + (b.row ?? 0) : (stryCov_9fa48("129"), (stryMutAct_9fa48("130") ? a.row && 0 : (stryCov_9fa48("130"), a.row ?? 0)) - (stryMutAct_9fa48("131") ? b.row && 0 : (stryCov_9fa48("131"), b.row ?? 0)))));
      return order;
    })());
    return stryMutAct_9fa48("132") ? {} : (stryCov_9fa48("132"), {
      errors: stryMutAct_9fa48("133") ? errors : (stryCov_9fa48("133"), errors.sort(order)),
      warnings: stryMutAct_9fa48("134") ? warnings : (stryCov_9fa48("134"), warnings.sort(order))
    });
  }
}
const SHEET_ORDER: string[] = stryMutAct_9fa48("135") ? [] : (stryCov_9fa48("135"), [SHEET.info, SHEET.plan, SHEET.roster, SHEET.catalog]);
function sheetOrder(sheet: string): number {
  if (stryMutAct_9fa48("136")) {
    {}
  } else {
    stryCov_9fa48("136");
    const i = SHEET_ORDER.indexOf(sheet);
    return (stryMutAct_9fa48("140") ? i >= 0 : stryMutAct_9fa48("139") ? i <= 0 : stryMutAct_9fa48("138") ? false : stryMutAct_9fa48("137") ? true : (stryCov_9fa48("137", "138", "139", "140"), i < 0)) ? SHEET_ORDER.length : i;
  }
}