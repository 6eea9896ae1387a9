/**
 * One person's weekly digest as an e-mail: Vietnamese subject, an HTML body (inline styles, one
 * card per item, one column so it reads on a phone; every user text escaped) and the same
 * content as plain text.
 */
import { formatDmy } from '../parse/dates';
import { REMIND, STATUS_LABEL } from '../messages';
import type { Digest, DigestItem } from './digests';
import { cleanMultiline, cleanText, clip, escapeHtml, HTML_HEAD } from '../parse/text';
import type { IsoDate } from '../parse/dates';

export interface DigestContext {
  spreadsheetUrl: string;
  planSheetGid: number;
  schoolName: string;
  today: IsoDate;
  leadDays: number;
}

const esc = (s: string): string => escapeHtml(s).replace(/\n/g, '<br>');
const GREY = 'color:#5f6368;font-size:13px';
const MAX = 30;

const rowLink = (ctx: DigestContext, row: number): string =>
  `${ctx.spreadsheetUrl}#gid=${ctx.planSheetGid}&range=A${row}`;

/** Badge, title, what to do, weakness, deadline and status: the texts of one item. */
function parts(i: DigestItem): string[] {
  return [
    i.days < 0 ? REMIND.late(-i.days) : i.days ? REMIND.left(i.days) : REMIND.dueToday,
    clip(
      i.criterion
        ? `${REMIND.criterion} ${i.criterion}${i.criterionName ? ` – ${i.criterionName}` : ''}`
        : '',
      160,
    ),
    clip(cleanMultiline(i.actions), 500),
    clip(cleanMultiline(i.weakness), 240),
    `${REMIND.deadline} ${formatDmy(i.deadline)} · ${i.status ? STATUS_LABEL[i.status] : REMIND.noStatus}`,
  ];
}

function card(i: DigestItem, ctx: DigestContext): string {
  const [badge, title, actions, weakness, meta] = parts(i).map(esc);
  // Red when late, amber within a week, blue after: border, badge background, badge text.
  const [line, bg, fg] =
    i.days < 0
      ? ['c5221f', 'fce8e6', 'a50e0e']
      : i.days <= 7
        ? ['f29900', 'fef7e0', '8a4b00']
        : ['1a73e8', 'e8f0fe', '174ea6'];
  return (
    `<div style="background:#fff;border:1px solid #dadce0;border-left:5px solid #${line};border-radius:8px;padding:12px 14px;margin:0 0 10px">` +
    `<span style="display:inline-block;background:#${bg};color:#${fg};font-weight:bold;font-size:13px;border-radius:12px;padding:2px 10px;margin:0 6px 4px 0">${badge}</span>` +
    `<span style="${GREY}">${meta}</span>` +
    (title ? `<div style="font-weight:bold;margin:2px 0 4px">${title}</div>` : '') +
    `<div>${actions}</div>` +
    (weakness ? `<div style="${GREY};margin-top:6px">${REMIND.weakness}: ${weakness}</div>` : '') +
    `<a href="${escapeHtml(rowLink(ctx, i.row))}" style="display:inline-block;margin-top:8px;color:#1a73e8;font-weight:bold;text-decoration:none">${esc(REMIND.open(i.row))} ›</a></div>`
  );
}

export function renderDigest(
  d: Digest,
  ctx: DigestContext,
): { subject: string; htmlBody: string; body: string } {
  const all = [...d.lead, ...d.partner];
  const late = all.filter((i) => i.days < 0).length;
  const school = cleanText(ctx.schoolName);
  const greeting = REMIND.greeting(d.name.includes('@') ? '' : cleanText(d.name));
  const summary = REMIND.summary(late, all.length - late, ctx.leadDays, formatDmy(ctx.today));
  const subject = REMIND.subject(late, all.length - late, ctx.leadDays, school);
  // A long digest is not read: the most urgent MAX items, then how many more.
  const lead = d.lead.slice(0, MAX);
  const partner = d.partner.slice(0, MAX - lead.length);
  const more = all.length - lead.length - partner.length;
  const sheetLink = `${ctx.spreadsheetUrl}#gid=${ctx.planSheetGid}`;
  const sections = [d.lead, d.partner]
    .map((list, k) => [`${REMIND.sections[k]} (${list.length})`, k ? partner : lead] as const)
    .filter(([, list]) => list.length);
  let n = 0;
  const text = (i: DigestItem): string => {
    const [badge, title, actions, weakness, meta] = parts(i).map((s) =>
      s.replace(/\s*\n\s*/g, ' '),
    );
    return [
      `${++n}. [${badge}] ${title}`,
      `${REMIND.action}: ${actions}`,
      weakness && `${REMIND.weakness}: ${weakness}`,
      meta,
      `${REMIND.open(i.row)}: ${rowLink(ctx, i.row)}`,
    ]
      .filter(Boolean)
      .join('\n   ');
  };
  return {
    subject,
    htmlBody:
      `${HTML_HEAD}<meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(subject)}</title></head>` +
      `<body style="margin:0;background:#f1f3f4"><div style="max-width:620px;margin:0 auto;padding:18px 12px;font:15px/1.5 Arial,Helvetica,sans-serif;color:#202124">` +
      `<div style="${GREY};text-transform:uppercase">${esc(school)}</div><h1 style="font-size:21px;margin:2px 0 12px">${REMIND.heading}</h1>` +
      `<p style="margin:0 0 6px">${esc(greeting)}</p><p style="margin:0">${summary}</p>` +
      sections
        .map(
          ([label, list]) =>
            `<h2 style="font-size:16px;margin:22px 0 8px">${label}</h2>${list.map((i) => card(i, ctx)).join('')}`,
        )
        .join('') +
      (more
        ? `<p><a href="${escapeHtml(sheetLink)}" style="color:#1a73e8">${REMIND.more(more)}</a></p>`
        : '') +
      `<p style="${GREY};margin:22px 0 0">${REMIND.footer}</p></div></body></html>`,
    body: [
      greeting,
      summary,
      ...sections.map(([label, list]) => `${label.toUpperCase()}\n${list.map(text).join('\n\n')}`),
      more ? `${REMIND.more(more)}: ${sheetLink}` : '',
      `—\n${REMIND.footer}`,
    ]
      .filter(Boolean)
      .join('\n\n'),
  };
}
