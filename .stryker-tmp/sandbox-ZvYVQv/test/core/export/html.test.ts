// @ts-nocheck
import { describe, expect, it } from '@jest/globals';
import { renderDocumentHtml } from '../../../src/core/export/html';
import type { DocModel, ParagraphBlock } from '../../../src/core/export/model';
import { previewPage } from '../../../tools/sandbox/preview-page';
import { sheetValuesOf } from '../../fixtures/sample-sheets';
import { sample001, sample002 } from '../../fixtures/samples';

const para = (text: string, extra: Partial<ParagraphBlock> = {}): ParagraphBlock => ({
  kind: 'paragraph',
  runs: [{ text, size: 13, bold: false, italic: false, underline: false }],
  align: 'justify',
  indentFirstLine: 28.35,
  spaceBefore: 0,
  spaceAfter: 6,
  lineSpacing: 1,
  ...extra,
});

const doc = (blocks: DocModel['blocks'], landscape = false): DocModel => ({
  name: 'Kế hoạch <thử>',
  page: {
    width: landscape ? 841.89 : 595.28,
    height: landscape ? 595.28 : 841.89,
    margins: { top: 56.69, bottom: 56.69, left: 85.04, right: 42.52 },
    landscape,
  },
  font: 'Times New Roman',
  color: '#000000',
  blocks,
});

describe('renderDocumentHtml', () => {
  it('draws an A4 page box with the margins and the font of the model', () => {
    const html = renderDocumentHtml(doc([para('Xin chào')]));
    expect(html).toContain('width:595.28pt;min-height:841.89pt;');
    expect(html).toContain('padding:56.69pt 42.52pt 56.69pt 85.04pt');
    expect(html).toContain("font-family:'Times New Roman'");
    expect(html).toContain('text-align:justify;text-indent:28.35pt;margin:0pt 0 6pt 0;');
    expect(html).toContain('font-size:13pt');
    expect(html).toContain('@page{size:595.28pt 841.89pt;');
  });

  it('escapes every text: names, runs and cells', () => {
    const html = renderDocumentHtml(
      doc([
        para('<script>alert(1)</script> & =SUM(A1)'),
        {
          kind: 'table',
          columnWidths: [100, 100],
          borderWidth: 0.5,
          cellStyle: { ...para(''), size: 11, bold: false, italic: false, underline: false },
          rows: [{ cells: [{ paragraphs: [para('<img src=x onerror=alert(2)>')] }] }],
        },
      ]),
      { banner: '<b>3 lỗi</b>' },
    );
    expect(html).not.toMatch(/<script>|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; =SUM(A1)');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('<title>Kế hoạch &lt;thử&gt;</title>');
    expect(html).toContain('&lt;b&gt;3 lỗi&lt;/b&gt;');
  });

  it('lays a spanning cell out as Google Docs shows it: its text in the first column', () => {
    const html = renderDocumentHtml(
      doc([
        {
          kind: 'table',
          columnWidths: [50, 100, 100],
          borderWidth: 0.5,
          cellStyle: { ...para(''), size: 11, bold: false, italic: false, underline: false },
          rows: [
            {
              cells: [
                { paragraphs: [para('I')] },
                { paragraphs: [para('Tiêu chuẩn 1')], colSpan: 2 },
              ],
            },
          ],
        },
      ]),
    );
    expect(html.match(/<td /g)).toHaveLength(3);
    expect(html).toContain('border:0.5pt solid #000');
  });

  it('turns the page for a landscape model', () => {
    expect(renderDocumentHtml(doc([para('x')], true))).toContain(
      'width:841.89pt;min-height:595.28pt;',
    );
  });
});

describe('the export preview (what the sandbox serves)', () => {
  it.each([
    ['001', sample001, 'Trường MN Liêm Hải', 1],
    ['002', sample002, 'Trường mầm non xã Noong Hẹt', 0],
  ] as const)(
    'renders sample %s with the check errors above the page',
    (_, sample, school, errors) => {
      const html = previewPage(sheetValuesOf(sample()), '2026-05-01');
      expect(html).toContain(school);
      expect(html).toContain('KẾ HOẠCH');
      expect(html).toContain(
        errors ? `Kiểm tra còn ${errors} lỗi chưa sửa.` : 'Kiểm tra không còn lỗi.',
      );
      expect(html.match(/<table/g)).toHaveLength(3);
    },
  );
});
