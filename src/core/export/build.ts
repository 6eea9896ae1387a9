/**
 * buildPlanDocument: a plan and a template description → the document model. Pure: the same
 * model feeds Google Docs (src/server/docs.ts) and the HTML preview (html.ts).
 */
import { CIRCULARS } from '../plan/codes';
import {
  compareCodes,
  findCriterion,
  findStandard,
  LEVEL_LABEL,
  type Catalog,
} from '../plan/catalog/catalog';
import { formatVnd } from '../parse/budget';
import { formatDmy } from '../parse/dates';
import { EXPORT, STATUS_LABEL } from '../messages';
import { ROLE_CODES, roleCodeOf, splitOwners } from '../plan/owners';
import type { Plan } from '../plan/read';
import { asciiKey, cleanText, foldKey, upperVi } from '../parse/text';
import type { IsoDate } from '../parse/dates';
import type { PlanItem } from '../plan/model';
import {
  mm,
  type Block,
  type DocModel,
  type ParagraphBlock,
  type ParagraphStyle,
  type TableBlock,
  type TableCell,
  type TableRow,
  type TextStyle,
  expandRow,
  paragraphText,
} from './model';
import {
  dateParts,
  documentName,
  numberLine,
  recipientLines,
  schoolYearLabel,
  withEndMark,
} from './official';
import { CELL_PADDING, contentWidths, textWidth } from './widths';
import { fill, type CellPart, type ItemField, type PlanTemplate, type StyleSpec } from './template';

interface BuildOptions {
  /** Gives the year of an undated date line. */
  today?: IsoDate | null;
}

export function buildPlanDocument(
  plan: Plan,
  template: PlanTemplate,
  options: BuildOptions = {},
): DocModel {
  const t = template;
  const { styles, texts } = t;
  const info = plan.info;
  const landscape = info.landscape;
  const margins = t.page.marginsMm;
  const pageWidthMm = landscape ? t.page.heightMm : t.page.widthMm;
  const pageHeightMm = landscape ? t.page.widthMm : t.page.heightMm;
  const textWidthMm = pageWidthMm - margins.left - margins.right;
  const year = schoolYearLabel(info) || texts.blank;

  const blocks: Block[] = [headerTable(plan, t, textWidthMm, options.today ?? null)];
  const subject = fill(texts.subject, { year });
  blocks.push(para(texts.title, styles.title, 'title'));
  blocks.push(para(subject, styles.subject, 'subject'));
  blocks.push(rule(subject, styles.subject, t.rules.subject, styles.rule, mm(textWidthMm)));
  for (const section of t.sections) {
    blocks.push(para(section.title, styles.sectionTitle, 'section'));
    if (section.content === 'table') {
      blocks.push(planTable(plan, t, textWidthMm));
      continue;
    }
    if (section.content === 'implementation' && !linesOf(info.implementation, []).length) {
      blocks.push(...implementationProse(plan, styles.body));
      continue;
    }
    const lines =
      section.content === 'legalBases'
        ? legalBases(plan, year)
        : section.content === 'purposes'
          ? linesOf(info.purposes, EXPORT.purposes(year))
          : linesOf(info.implementation, []);
    for (const line of lines) blocks.push(para(line, styles.body, 'body'));
  }
  markEnd(blocks, texts.end);
  blocks.push(closingTable(plan, t, textWidthMm));

  return {
    name: documentName(info, texts.blank),
    page: {
      width: mm(pageWidthMm),
      height: mm(pageHeightMm),
      margins: {
        top: mm(margins.top),
        bottom: mm(margins.bottom),
        left: mm(margins.left),
        right: mm(margins.right),
      },
      landscape,
    },
    font: t.font,
    color: t.color,
    blocks,
  };
}

// ---------------------------------------------------------------------------------------------
// Styles

function textStyle(s: StyleSpec): TextStyle {
  return { size: s.size, bold: !!s.bold, italic: !!s.italic, underline: !!s.underline };
}

function paragraphStyle(s: StyleSpec): ParagraphStyle {
  return {
    align: s.align ?? 'left',
    indentFirstLine: mm(s.indentFirstLineMm ?? 0),
    spaceBefore: s.spaceBefore ?? 0,
    spaceAfter: s.spaceAfter ?? 0,
    lineSpacing: s.lineSpacing ?? 1,
  };
}

function para(text: string, s: StyleSpec, role?: string): ParagraphBlock {
  return {
    kind: 'paragraph',
    runs: [{ text: s.upper ? upperVi(text) : text, ...textStyle(s) }],
    ...paragraphStyle(s),
    ...(role ? { role } : {}),
  };
}

/** A short solid line: a run of `_` about `fraction` of the (possibly wrapped) text above. */
function rule(
  above: string,
  aboveStyle: StyleSpec,
  fraction: number,
  style: StyleSpec,
  maxWidth: number,
): ParagraphBlock {
  const shown = aboveStyle.upper ? upperVi(above) : above;
  const width = Math.min(textWidth(shown, aboveStyle.size, aboveStyle.bold), maxWidth) * fraction;
  const count = Math.max(4, Math.round(width / (0.5 * style.size)));
  return para('_'.repeat(count), style, 'rule');
}

function scaleWidths(widthsMm: readonly number[], totalMm: number): number[] {
  const sum = widthsMm.reduce((a, b) => a + b, 0) || 1;
  return widthsMm.map((w) => mm((w * totalMm) / sum));
}

/** Resolved style of a table's cells, from a template style. */
function cellStyle(s: StyleSpec): TableBlock['cellStyle'] {
  return { ...paragraphStyle(s), ...textStyle(s) };
}

// ---------------------------------------------------------------------------------------------
// Header and closing blocks

function headerTable(
  plan: Plan,
  t: PlanTemplate,
  textWidthMm: number,
  today: IsoDate | null,
): TableBlock {
  const { styles, texts } = t;
  const info = plan.info;
  const widths = scaleWidths(t.header.columnsMm, textWidthMm);
  const left: ParagraphBlock[] = [];
  if (info.governingBody)
    left.push(para(info.governingBody, styles.governingBody, 'governingBody'));
  if (info.schoolName) {
    left.push(para(info.schoolName, styles.schoolName, 'schoolName'));
    left.push(
      rule(
        info.schoolName,
        styles.schoolName,
        t.rules.schoolName,
        styles.rule,
        (widths[0] ?? 0) - CELL_PADDING,
      ),
    );
  }
  const right = [
    para(texts.nationalName, styles.nationalName, 'nationalName'),
    para(texts.motto, styles.motto, 'motto'),
    rule(texts.motto, styles.motto, t.rules.motto, styles.rule, (widths[1] ?? 0) - CELL_PADDING),
  ];
  const date = fill(texts.dateLine, {
    place: info.place || texts.blank,
    ...dateParts(info.issueDate, today, texts.blank, info.schoolYear),
  });
  return {
    kind: 'table',
    role: 'header',
    columnWidths: widths,
    borderWidth: 0,
    cellStyle: cellStyle(styles.number),
    rows: [
      { cells: [{ paragraphs: left }, { paragraphs: right }] },
      {
        cells: [
          {
            paragraphs: [
              para(numberLine(info.docNumber, info.schoolName, t.texts), styles.number, 'number'),
            ],
          },
          { paragraphs: [para(date, styles.dateLine, 'date')] },
        ],
      },
    ],
  };
}

function closingTable(plan: Plan, t: PlanTemplate, textWidthMm: number): TableBlock {
  const { styles } = t;
  const info = plan.info;
  const left = [
    para(t.texts.recipientsLabel, styles.recipientsLabel, 'recipientsLabel'),
    ...recipientLines(info.recipients, t.texts.archive).map((l) =>
      para(l, styles.recipients, 'recipient'),
    ),
  ];
  const right = [
    para(info.signerTitle, { ...styles.signer, upper: true }, 'signerTitle'),
    ...Array.from({ length: t.closing.signatureLines }, () => para('', styles.signer)),
    para(info.signer, styles.signer, 'signer'),
  ];
  return {
    kind: 'table',
    role: 'closing',
    columnWidths: scaleWidths(t.closing.columnsMm, textWidthMm),
    borderWidth: 0,
    cellStyle: cellStyle(styles.signer),
    rows: [{ cells: [{ paragraphs: left }, { paragraphs: right }] }],
  };
}

// ---------------------------------------------------------------------------------------------
// Sections I, II, IV

function linesOf(text: string, fallback: readonly string[]): string[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length ? lines : [...fallback];
}

/** `Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ trưởng … ban hành …` from a catalog. */
function circularText(catalog: Catalog): string {
  const text = cleanText(catalog.circular)
    .replace(/\s*\(hiệu lực[^)]*\)/i, '')
    .replace(/\s+—.*$/, '')
    .replace(/[.;\s]+$/, '');
  const m = /^(Thông tư số \S+(?: ngày \d{1,2}\/\d{1,2}\/\d{4})?)\s+(.+)$/.exec(text);
  return m ? `${m[1]} ${EXPORT.circularBy} ${m[2]}` : text;
}

/** The user's `Căn cứ` with the plan's circular first; when none, the circular and its guidance. */
export function legalBases(plan: Plan, year: string): string[] {
  const given = plan.info.legalBases.map((l) => cleanText(l)).filter(Boolean);
  const catalog = plan.catalog;
  const circular = catalog && catalog.circular ? EXPORT.circular(circularText(catalog)) : '';
  if (!given.length) {
    const guidance = CIRCULARS.find((c) => c.id === catalog?.id)?.guidance;
    return [
      circular,
      guidance ? EXPORT.guidance[guidance] : '',
      EXPORT.selfAssessmentBasis(year, cleanText(plan.info.schoolName)),
    ].filter(Boolean);
  }
  if (!circular || !catalog) return given;
  const number = /(\d{1,3}\/\d{4})/.exec(catalog.circular)?.[1] ?? catalog.id;
  const mentions = given.findIndex((l) => l.includes(number));
  if (mentions < 0) return [circular, ...given];
  return [given[mentions] as string, ...given.filter((_, i) => i !== mentions)];
}

/**
 * Section IV when empty: a short paragraph per lead of the school (role or name), the role in
 * bold, saying what it leads and what it does; people from outside the school (parents, the
 * commune) are partners, never leads. Then one closing paragraph.
 */
function implementationProse(plan: Plan, style: StyleSpec): ParagraphBlock[] {
  interface Lead {
    who: string;
    code: string | null;
    rank: number;
    count: number;
    criteria: Set<string>;
    standards: Set<string>;
    level4: number;
  }
  const leads = new Map<string, Lead>();
  for (const item of plan.items) {
    for (const token of splitOwners(item.lead)) {
      const code = roleCodeOf(token);
      if (!code && OUTSIDE_SCHOOL.test(asciiKey(token))) continue;
      const key = code ?? foldKey(token);
      let lead = leads.get(key);
      if (!lead) {
        const rank = code ? LEAD_ORDER.indexOf(code) : -1;
        lead = {
          who: code
            ? (EXPORT.roleLabel[code] ?? code)
            : token.charAt(0).toLocaleUpperCase('vi') + token.slice(1),
          code,
          rank: rank < 0 ? LEAD_ORDER.length + leads.size : rank,
          count: 0,
          criteria: new Set(),
          standards: new Set(),
          level4: 0,
        };
        leads.set(key, lead);
      }
      lead.count += 1;
      if (item.criterion.startsWith('M4.')) lead.level4 += 1;
      else if (item.criterion) lead.criteria.add(item.criterion);
      else if (item.headingStandard) lead.standards.add(item.headingStandard);
    }
  }
  const sorted = [...leads.values()].sort((a, b) => a.rank - b.rank);
  const out = sorted.slice(0, MAX_LEAD_PARAGRAPHS).map((l, i) => {
    const refs = [
      l.criteria.size ? EXPORT.refCriteria([...l.criteria].sort(compareCodes)) : '',
      l.standards.size ? EXPORT.refStandards([...l.standards].sort(compareCodes)) : '',
      l.level4 ? EXPORT.refLevel4(l.level4) : '',
    ].filter(Boolean);
    const p = para(EXPORT.leadDuty(l.code, l.count, refs.join('; ')), style, 'body');
    const first = p.runs[0] as ParagraphBlock['runs'][number];
    p.runs.unshift({ ...first, text: `${i + 1}. ${l.who}: `, bold: true });
    return p;
  });
  const rest = sorted.slice(MAX_LEAD_PARAGRAPHS);
  if (rest.length)
    out.push(para(EXPORT.moreLeads(rest.map((l) => l.who).join(', ')), style, 'body'));
  out.push(para(EXPORT.implementationEnd, style, 'body'));
  return out;
}

const MAX_LEAD_PARAGRAPHS = 6;
/** Section IV lists the board first, then the roles in the roster's usual order. */
const LEAD_ORDER = ['BGH', ...ROLE_CODES.filter((c) => c !== 'BGH')];
/** Partners from outside the school, as schools write them (accents stripped). */
const OUTSIDE_SCHOOL =
  /^(?:cac )?(?:cha me|phu huynh|ban dai dien|hoi cha me|hoc sinh|tre\b|ubnd|uy ban|chinh quyen|dia phuong|phong gd|so gd|doanh nghiep|nha tai tro|cac ban nganh|doan the|cong an|tram y te)/;

/** The body ends with `/.` on its last paragraph. */
function markEnd(blocks: Block[], end: string): void {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b?.kind !== 'paragraph' || b.role !== 'body') continue;
    const last = b.runs[b.runs.length - 1];
    if (last) b.runs[b.runs.length - 1] = { ...last, text: withEndMark(last.text, end) };
    return;
  }
}

// ---------------------------------------------------------------------------------------------
// The plan table

interface ItemGroup {
  kind: 'standard' | 'level4' | 'unassigned';
  /** Standard code, `M4`, or ''. */
  code: string;
  items: PlanItem[];
}

/** Items by standard in catalog order (criteria 1.2 before 1.10), then level 4, then the rest. */
export function groupItems(plan: Plan): ItemGroup[] {
  const buckets = new Map<string, PlanItem[]>();
  for (const item of plan.items) {
    const code = item.criterion ? item.standard : item.headingStandard;
    const list = buckets.get(code) ?? [];
    list.push(item);
    buckets.set(code, list);
  }
  const order = (items: PlanItem[]): PlanItem[] =>
    [...items].sort(
      (a, b) =>
        Number(!!a.criterion) - Number(!!b.criterion) ||
        (a.criterion && b.criterion ? compareCodes(a.criterion, b.criterion) : 0) ||
        a.row - b.row,
    );
  const groups: ItemGroup[] = [...buckets.keys()]
    .filter((c) => c && c !== 'M4')
    .sort(compareCodes)
    .map((code) => ({ kind: 'standard', code, items: order(buckets.get(code) ?? []) }));
  const level4 = buckets.get('M4');
  if (level4) groups.push({ kind: 'level4', code: 'M4', items: order(level4) });
  const rest = buckets.get('');
  if (rest) groups.push({ kind: 'unassigned', code: '', items: rest });
  return groups;
}

interface RowContext {
  tt: string;
  first: boolean;
}

function planTable(plan: Plan, t: PlanTemplate, textWidthMm: number): TableBlock {
  const { styles, texts } = t;
  const columns = t.table.columns;
  const n = columns.length;
  const cellText = (text: string, style: StyleSpec): TableCell => ({
    paragraphs: text ? [para(text, style)] : [],
  });
  // Standard and level rows are one cell across the whole table (document-template.md §4).
  const band = (role: string, text: string): TableRow => ({
    role,
    cells: [{ ...cellText(text, styles.groupRow), colSpan: n }],
  });
  const rows: TableRow[] = [
    {
      header: true,
      role: 'header',
      cells: columns.map((c) => ({
        ...cellText(c.header, styles.tableHeader),
        background: t.table.headerBackground,
      })),
    },
  ];

  const groups = groupItems(plan);
  if (groups.some((g) => g.kind === 'level4') && groups.some((g) => g.kind === 'standard')) {
    const max = Math.min(plan.catalog?.maxLevel ?? 3, 3);
    const levels = Array.from({ length: max }, (_, i) => i + 1).join(', ');
    rows.push(band('level', fill(texts.levelsRow, { levels })));
  }
  let tt = 0;
  for (const group of groups) {
    rows.push(
      band(group.kind === 'standard' ? 'standard' : group.kind, groupTitle(plan, t, group)),
    );
    let previous = '';
    for (const item of group.items) {
      const ctx: RowContext = {
        tt: String(++tt),
        first: !item.criterion || item.criterion !== previous,
      };
      previous = item.criterion;
      rows.push({
        role: 'item',
        cells: columns.map((c) => ({
          paragraphs: cellLines(plan, t, item, c.parts, ctx).map((l) => para(l, styles.tableCell)),
        })),
      });
    }
  }

  const budgetColumn = columns.findIndex((c) => c.parts.some((p) => p.field === 'budget'));
  if (budgetColumn >= 0 && plan.items.some((i) => i.budget !== null)) {
    const total = plan.items.reduce((sum, i) => sum + (i.budget && i.budget > 0 ? i.budget : 0), 0);
    const value = keepUnit(formatVnd(total));
    const cells: TableCell[] =
      budgetColumn > 0
        ? [
            { ...cellText(texts.total, styles.totalRow), colSpan: budgetColumn },
            cellText(value, styles.totalRow),
          ]
        : [cellText(`${texts.total}: ${value}`, styles.totalRow)];
    rows.push({ role: 'total', cells });
  }

  // What each column holds; a cell spanning columns belongs to none.
  const itemTexts = rows
    .filter((r) => r.role !== 'standard' && r.role !== 'level' && r.role !== 'level4')
    .map((r) =>
      expandRow(r, n).map((c) =>
        (c.colSpan ?? 1) > 1 ? '' : c.paragraphs.map((p) => paragraphText(p)).join(' '),
      ),
    );
  return {
    kind: 'table',
    role: 'plan',
    columnWidths: contentWidths(
      columns.map((c) => mm(c.widthMm)),
      itemTexts,
      mm(textWidthMm),
      styles.tableCell.size,
      columns.findIndex((c) => c.parts.some((p) => p.field === 'actions')),
    ),
    borderWidth: t.table.borderPt,
    cellStyle: cellStyle(styles.tableCell),
    rows,
  };
}

/** A sum never wraps away from its unit: `1.270.000.000 đ`, `550 triệu đồng`. */
export function keepUnit(text: string): string {
  return text.replace(
    /(\d)[ \t]+(?=(?:đồng|đ|triệu|tr|nghìn|ngàn|tỷ|vnđ|vnd)(?!\p{L}))/giu,
    '$1\u00a0',
  );
}

export function groupTitle(plan: Plan, t: PlanTemplate, group: ItemGroup): string {
  const { texts } = t;
  if (group.kind === 'level4') return texts.level4Row;
  if (group.kind === 'unassigned') return texts.unassignedRow;
  const name = plan.catalog ? (findStandard(plan.catalog, group.code)?.name ?? '') : '';
  return fill(texts.standardRow, { code: group.code, name }).replace(/[:\s]+$/, '');
}

function cellLines(
  plan: Plan,
  t: PlanTemplate,
  item: PlanItem,
  parts: readonly CellPart[],
  ctx: RowContext,
): string[] {
  const shown = parts
    .map((part) => ({ part, value: fieldValue(plan, t, item, part.field, ctx) }))
    .filter((x) => cleanText(x.value) !== '');
  return shown.map(({ part, value }) => {
    const label = part.label && !(part.labelOnlyWithOthers && shown.length === 1) ? part.label : '';
    return label + value;
  });
}

export function fieldValue(
  plan: Plan,
  t: PlanTemplate,
  item: PlanItem,
  field: ItemField,
  ctx: RowContext,
): string {
  const { texts } = t;
  switch (field) {
    case 'tt':
      return ctx.tt;
    case 'criterion': {
      if (!ctx.first || !item.criterion) return '';
      const name = plan.catalog ? (findCriterion(plan.catalog, item.criterion)?.name ?? '') : '';
      const text = item.criterion.startsWith('M4.')
        ? fill(texts.level4Criterion, { n: item.criterion.slice(3), name })
        : fill(texts.criterion, { code: item.criterion, name });
      return text.replace(/[:\s]+$/, '');
    }
    case 'selfAssessment': {
      if (!ctx.first) return '';
      const level =
        (item.criterion && plan.assessments[item.criterion]?.level) || item.selfAssessment;
      return level ? fill(texts.selfAssessment, { level: LEVEL_LABEL[level] }) : '';
    }
    case 'deadline':
      return item.deadline && !item.vague
        ? fill(texts.deadline, { date: formatDmy(item.deadline) })
        : '';
    case 'budget':
      return keepUnit(
        item.budget !== null && item.budget > 0 ? formatVnd(item.budget) : item.budgetText,
      );
    case 'status':
      return item.status ? STATUS_LABEL[item.status] : '';
    default:
      return item[field];
  }
}
