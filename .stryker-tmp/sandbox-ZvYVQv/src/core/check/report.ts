/** The check report as an HTML dialog page and as plain text. Pure: the server shows them. */
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
import { REPORT } from '../messages';
import type { CheckResult, Issue } from '../plan/model';
import { escapeHtml } from '../parse/text';
const MAX_ROWS_SHOWN = 200;

/** The check report: errors, then warnings; each with sheet, row, column and what to do. */
export function reportHtml(result: CheckResult): string {
  if (stryMutAct_9fa48("141")) {
    {}
  } else {
    stryCov_9fa48("141");
    const section = (title: string, issues: Issue[], cls: string): string => {
      if (stryMutAct_9fa48("142")) {
        {}
      } else {
        stryCov_9fa48("142");
        if (stryMutAct_9fa48("145") ? false : stryMutAct_9fa48("144") ? true : stryMutAct_9fa48("143") ? issues.length : (stryCov_9fa48("143", "144", "145"), !issues.length)) return stryMutAct_9fa48("146") ? "Stryker was here!" : (stryCov_9fa48("146"), '');
        const shown = stryMutAct_9fa48("147") ? issues : (stryCov_9fa48("147"), issues.slice(0, MAX_ROWS_SHOWN));
        const rows = shown.map(stryMutAct_9fa48("148") ? () => undefined : (stryCov_9fa48("148"), i => (stryMutAct_9fa48("149") ? `` : (stryCov_9fa48("149"), `<tr><td>${escapeHtml(i.sheet)}</td><td class="n">${stryMutAct_9fa48("150") ? i.row && '' : (stryCov_9fa48("150"), i.row ?? (stryMutAct_9fa48("151") ? "Stryker was here!" : (stryCov_9fa48("151"), '')))}</td>`)) + (stryMutAct_9fa48("152") ? `` : (stryCov_9fa48("152"), `<td>${escapeHtml(stryMutAct_9fa48("153") ? i.column && '' : (stryCov_9fa48("153"), i.column ?? (stryMutAct_9fa48("154") ? "Stryker was here!" : (stryCov_9fa48("154"), ''))))}${i.columnLetter ? stryMutAct_9fa48("155") ? `` : (stryCov_9fa48("155"), ` (${escapeHtml(i.columnLetter)})`) : stryMutAct_9fa48("156") ? "Stryker was here!" : (stryCov_9fa48("156"), '')}</td>`)) + (stryMutAct_9fa48("157") ? `` : (stryCov_9fa48("157"), `<td>${escapeHtml(stripLocation(i.message))}</td></tr>`)))).join(stryMutAct_9fa48("158") ? "Stryker was here!" : (stryCov_9fa48("158"), ''));
        const more = (stryMutAct_9fa48("162") ? issues.length <= shown.length : stryMutAct_9fa48("161") ? issues.length >= shown.length : stryMutAct_9fa48("160") ? false : stryMutAct_9fa48("159") ? true : (stryCov_9fa48("159", "160", "161", "162"), issues.length > shown.length)) ? stryMutAct_9fa48("163") ? `` : (stryCov_9fa48("163"), `<p>${escapeHtml(REPORT.more(stryMutAct_9fa48("164") ? issues.length + shown.length : (stryCov_9fa48("164"), issues.length - shown.length)))}</p>`) : stryMutAct_9fa48("165") ? "Stryker was here!" : (stryCov_9fa48("165"), '');
        return (stryMutAct_9fa48("166") ? `` : (stryCov_9fa48("166"), `<h2 class="${cls}">${escapeHtml(title)} (${issues.length})</h2>`)) + (stryMutAct_9fa48("167") ? `` : (stryCov_9fa48("167"), `<table><thead><tr><th>${REPORT.colSheet}</th><th>${REPORT.colRow}</th>`)) + (stryMutAct_9fa48("168") ? `` : (stryCov_9fa48("168"), `<th>${REPORT.colColumn}</th><th>${REPORT.colMessage}</th></tr></thead>`)) + (stryMutAct_9fa48("169") ? `` : (stryCov_9fa48("169"), `<tbody>${rows}</tbody></table>${more}`));
      }
    };
    const empty = stryMutAct_9fa48("172") ? !result.errors.length || !result.warnings.length : stryMutAct_9fa48("171") ? false : stryMutAct_9fa48("170") ? true : (stryCov_9fa48("170", "171", "172"), (stryMutAct_9fa48("173") ? result.errors.length : (stryCov_9fa48("173"), !result.errors.length)) && (stryMutAct_9fa48("174") ? result.warnings.length : (stryCov_9fa48("174"), !result.warnings.length)));
    const body = empty ? stryMutAct_9fa48("175") ? `` : (stryCov_9fa48("175"), `<p class="ok">${escapeHtml(REPORT.ok)}</p>`) : stryMutAct_9fa48("176") ? `<p>${escapeHtml(REPORT.summary(result.errors.length, result.warnings.length))}</p>` + section(REPORT.errors, result.errors, 'err') - section(REPORT.warnings, result.warnings, 'warn') : (stryCov_9fa48("176"), (stryMutAct_9fa48("177") ? `` : (stryCov_9fa48("177"), `<p>${escapeHtml(REPORT.summary(result.errors.length, result.warnings.length))}</p>`)) + section(REPORT.errors, result.errors, stryMutAct_9fa48("178") ? "" : (stryCov_9fa48("178"), 'err')) + section(REPORT.warnings, result.warnings, stryMutAct_9fa48("179") ? "" : (stryCov_9fa48("179"), 'warn')));
    return (stryMutAct_9fa48("180") ? "" : (stryCov_9fa48("180"), '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>')) + (stryMutAct_9fa48("181") ? "" : (stryCov_9fa48("181"), 'body{font:13px/1.45 Arial,sans-serif;color:#202124;margin:8px}')) + (stryMutAct_9fa48("182") ? "" : (stryCov_9fa48("182"), 'h2{font-size:14px;margin:14px 0 6px}h2.err{color:#b3261e}h2.warn{color:#8a5a00}')) + (stryMutAct_9fa48("183") ? "" : (stryCov_9fa48("183"), 'table{border-collapse:collapse;width:100%}th,td{border:1px solid #dadce0;padding:4px 6px;')) + (stryMutAct_9fa48("184") ? "" : (stryCov_9fa48("184"), 'vertical-align:top;text-align:left}th{background:#f1f3f4}td.n{text-align:right}.ok{color:#137333}')) + (stryMutAct_9fa48("185") ? `` : (stryCov_9fa48("185"), `</style></head><body>${body}</body></html>`));
  }
}

/** The table already shows sheet, row and column: the cell keeps only what to do. */
function stripLocation(message: string): string {
  if (stryMutAct_9fa48("186")) {
    {}
  } else {
    stryCov_9fa48("186");
    return message.replace(stryMutAct_9fa48("195") ? /^Dòng \d+(, cột “[^”]*”( \([^A-Z]+\))?)?: / : stryMutAct_9fa48("194") ? /^Dòng \d+(, cột “[^”]*”( \([A-Z]\))?)?: / : stryMutAct_9fa48("193") ? /^Dòng \d+(, cột “[^”]*”( \([A-Z]+\)))?: / : stryMutAct_9fa48("192") ? /^Dòng \d+(, cột “[”]*”( \([A-Z]+\))?)?: / : stryMutAct_9fa48("191") ? /^Dòng \d+(, cột “[^”]”( \([A-Z]+\))?)?: / : stryMutAct_9fa48("190") ? /^Dòng \d+(, cột “[^”]*”( \([A-Z]+\))?): / : stryMutAct_9fa48("189") ? /^Dòng \D+(, cột “[^”]*”( \([A-Z]+\))?)?: / : stryMutAct_9fa48("188") ? /^Dòng \d(, cột “[^”]*”( \([A-Z]+\))?)?: / : stryMutAct_9fa48("187") ? /Dòng \d+(, cột “[^”]*”( \([A-Z]+\))?)?: / : (stryCov_9fa48("187", "188", "189", "190", "191", "192", "193", "194", "195"), /^Dòng \d+(, cột “[^”]*”( \([A-Z]+\))?)?: /), stryMutAct_9fa48("196") ? "Stryker was here!" : (stryCov_9fa48("196"), ''));
  }
}

/** The report as plain text (first 20 of each), for a UI that shows no HTML dialog. */
export function reportText(result: CheckResult): string {
  if (stryMutAct_9fa48("197")) {
    {}
  } else {
    stryCov_9fa48("197");
    if (stryMutAct_9fa48("200") ? !result.errors.length || !result.warnings.length : stryMutAct_9fa48("199") ? false : stryMutAct_9fa48("198") ? true : (stryCov_9fa48("198", "199", "200"), (stryMutAct_9fa48("201") ? result.errors.length : (stryCov_9fa48("201"), !result.errors.length)) && (stryMutAct_9fa48("202") ? result.warnings.length : (stryCov_9fa48("202"), !result.warnings.length)))) return REPORT.ok;
    const part = stryMutAct_9fa48("203") ? () => undefined : (stryCov_9fa48("203"), (() => {
      const part = (title: string, issues: Issue[]): string[] => issues.length ? stryMutAct_9fa48("204") ? [] : (stryCov_9fa48("204"), [stryMutAct_9fa48("205") ? `` : (stryCov_9fa48("205"), `${title} (${issues.length}):`), ...(stryMutAct_9fa48("206") ? issues.map(i => `• ${i.sheet} — ${i.message}`) : (stryCov_9fa48("206"), issues.slice(0, 20).map(stryMutAct_9fa48("207") ? () => undefined : (stryCov_9fa48("207"), i => stryMutAct_9fa48("208") ? `` : (stryCov_9fa48("208"), `• ${i.sheet} — ${i.message}`))))), ...((stryMutAct_9fa48("212") ? issues.length <= 20 : stryMutAct_9fa48("211") ? issues.length >= 20 : stryMutAct_9fa48("210") ? false : stryMutAct_9fa48("209") ? true : (stryCov_9fa48("209", "210", "211", "212"), issues.length > 20)) ? stryMutAct_9fa48("213") ? [] : (stryCov_9fa48("213"), [REPORT.more(stryMutAct_9fa48("214") ? issues.length + 20 : (stryCov_9fa48("214"), issues.length - 20))]) : stryMutAct_9fa48("215") ? ["Stryker was here"] : (stryCov_9fa48("215"), []))]) : stryMutAct_9fa48("216") ? ["Stryker was here"] : (stryCov_9fa48("216"), []);
      return part;
    })());
    return (stryMutAct_9fa48("217") ? [] : (stryCov_9fa48("217"), [REPORT.summary(result.errors.length, result.warnings.length), ...part(REPORT.errors, result.errors), ...part(REPORT.warnings, result.warnings)])).join(stryMutAct_9fa48("218") ? "" : (stryCov_9fa48("218"), '\n'));
  }
}