/** The DocumentApp and DriveApp fakes behave like Google Docs and Drive where the export relies on it. */
import { describe, expect, it } from '@jest/globals';
import { createFakes, type FakeOptions } from '.';

function setup(options: FakeOptions = {}) {
  const fakes = createFakes(options);
  const { DocumentApp, DriveApp } = fakes.globals;
  return { fakes, DocumentApp, DriveApp, A: DocumentApp.Attribute, docs: fakes.state.documents };
}

describe('DocumentApp fake', () => {
  it('creates a document holding one empty paragraph, on US Letter until told otherwise', () => {
    const { DocumentApp, docs } = setup();
    const doc = DocumentApp.create('Thử');
    doc.getBody().setPageWidth(842).setMarginTop(50);
    const [dump] = docs.list();
    expect(dump?.blocks).toEqual([{ type: 'PARAGRAPH', text: '', attributes: {}, ranges: [] }]);
    expect(dump?.page).toMatchObject({
      PAGE_WIDTH: 842,
      PAGE_HEIGHT: 792,
      MARGIN_TOP: 50,
      MARGIN_LEFT: 72,
    });
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
  });

  it('is strict: attribute keys it does not model and bad values throw', () => {
    const { DocumentApp, A } = setup();
    const body = DocumentApp.create('x').getBody();
    const p = body.appendParagraph('a');
    expect(() => p.setAttributes({ WEIGHT: 'bold' })).toThrow('attribute WEIGHT is not modelled');
    expect(() => p.setAttributes({ [A.FONT_SIZE]: '13' })).toThrow(
      'Invalid value "13" for attribute FONT_SIZE',
    );
    expect(() => p.setAttributes({ [A.HORIZONTAL_ALIGNMENT]: 'middle' })).toThrow(
      'HORIZONTAL_ALIGNMENT',
    );
    expect(() => body.appendTable([['a', 'b'], ['c']])).toThrow('same number of cells');
    expect(() => body.appendTable([[1 as unknown as string]])).toThrow(
      "don't match the method signature for Body.appendTable",
    );
  });

  it('gives a container’s attributes to the paragraphs inside it at that moment only', () => {
    const { DocumentApp, A, docs } = setup();
    const doc = DocumentApp.create('x');
    const table = doc.getBody().appendTable([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    table.setAttributes({ [A.FONT_SIZE]: 11, [A.BORDER_WIDTH]: 0 });
    table.getRow(1).setAttributes({ [A.BOLD]: true });
    const cell = table.getCell(0, 1);
    cell.setBackgroundColor('#d9d9d9');
    cell.appendParagraph('e');
    const dump = docs.get(doc.getId()).blocks[1];
    if (dump?.type !== 'TABLE') throw new Error('no table');
    expect(dump.attributes).toEqual({ BORDER_WIDTH: 0, FONT_SIZE: 11 });
    expect(dump.rows[1]?.cells[0]?.paragraphs[0]?.attributes).toEqual({
      BOLD: true,
      FONT_SIZE: 11,
    });
    const shaded = dump.rows[0]?.cells[1];
    expect(shaded?.background).toBe('#d9d9d9');
    expect(shaded?.paragraphs.map((p) => [p.text, p.attributes])).toEqual([
      ['b', { FONT_SIZE: 11 }],
      ['e', {}],
    ]);
    expect(() => table.getRow(0).setAttributes({ [A.BORDER_WIDTH]: 1 })).toThrow('not modelled');
  });

  it('styles character ranges of a paragraph', () => {
    const { DocumentApp, A, docs } = setup();
    const doc = DocumentApp.create('x');
    const p = doc.getBody().appendParagraph('Số: 32');
    p.setAttributes({ [A.FONT_SIZE]: 13 });
    p.editAsText().setAttributes(4, 5, { [A.BOLD]: true });
    expect(() => p.editAsText().setAttributes(5, 6, { [A.BOLD]: true })).toThrow("don't match");
    expect(docs.get(doc.getId()).blocks[1]).toEqual({
      type: 'PARAGRAPH',
      text: 'Số: 32',
      attributes: { FONT_SIZE: 13 },
      ranges: [{ start: 4, end: 5, attributes: { BOLD: true } }],
    });
  });

  it('clear() leaves one empty paragraph and detaches the old elements', () => {
    const { DocumentApp, docs } = setup();
    const doc = DocumentApp.create('x');
    const body = doc.getBody();
    const p = body.appendParagraph('cũ');
    const t = body.appendTable([['cũ']]);
    body.clear();
    expect(docs.get(doc.getId()).text).toBe('');
    expect(body.getParagraphs()).toHaveLength(1);
    expect(() => p.setText('mới')).toThrow('no longer in the document');
    expect(() => t.getCell(0, 0)).toThrow('no longer in the document');
  });

  it('openById fails for a deleted document, still opens a trashed one', () => {
    const { DocumentApp, docs } = setup();
    const a = DocumentApp.create('a').getId();
    const b = DocumentApp.create('b').getId();
    docs.trash(a);
    expect(DocumentApp.openById(a).getId()).toBe(a);
    docs.remove(b);
    expect(() => DocumentApp.openById(b)).toThrow('Document is missing');
  });

  it('counts calls under the Document family and needs full authorization', () => {
    const { fakes, DocumentApp } = setup();
    fakes.calls.reset();
    DocumentApp.create('x').getBody().appendParagraph('y');
    expect(fakes.calls.family('Document')).toBe(3);
    fakes.state.authMode = 'LIMITED';
    expect(() => DocumentApp.create('z')).toThrow('AuthMode.LIMITED');
  });
});

describe('DriveApp fake', () => {
  it('throws the permission error without the Drive scope', () => {
    const { DriveApp } = setup();
    expect(() => DriveApp.getFileById('fake-spreadsheet-id')).toThrow(
      'You do not have permission to call DriveApp.getFileById. Required permissions: https://www.googleapis.com/auth/drive',
    );
  });

  it('knows the spreadsheet’s folder and moves files when the scope is granted', () => {
    const { DriveApp, DocumentApp, docs } = setup({
      documents: { driveScope: true, spreadsheetFolder: { id: 'f1', name: 'Kiểm định' } },
    });
    const parents = DriveApp.getFileById('fake-spreadsheet-id').getParents();
    expect(parents.hasNext()).toBe(true);
    const folder = parents.next();
    expect(parents.hasNext()).toBe(false);
    const id = DocumentApp.create('x').getId();
    expect(docs.get(id).folders).toEqual(['fake-root-folder']);
    expect(DriveApp.getFileById(id).isTrashed()).toBe(false);
    DriveApp.getFileById(id).moveTo(folder);
    expect(docs.get(id).folders).toEqual(['f1']);
    expect(() => DriveApp.getFileById('nope')).toThrow('No item with the given ID');
  });
});

describe('DocumentApp fake: reading a Doc added as a DocTree (state.documents.addTree)', () => {
  it('walks paragraphs, list items and tables with their spans', () => {
    const { fakes, DocumentApp, docs } = setup();
    const id = docs.addTree({
      blocks: [
        { type: 'paragraph', text: 'Tiêu đề' },
        { type: 'paragraph', text: 'Một', list: 'bullet' },
        {
          type: 'table',
          rows: [
            [
              {
                paragraphs: [{ text: 'A' }, { text: 'b', list: 'number' }],
                colSpan: 2,
                rowSpan: 1,
              },
              { paragraphs: [{ text: '' }], colSpan: 0, rowSpan: 0 },
            ],
          ],
        },
      ],
    });
    const body = DocumentApp.openById(id).getBody();
    expect(body.getNumChildren()).toBe(3);
    expect(String(body.getChild(0).getType())).toBe('PARAGRAPH');
    expect(body.getChild(0).asParagraph().getText()).toBe('Tiêu đề');
    const item = body.getChild(1).asListItem();
    expect(String(item.getType())).toBe('LIST_ITEM');
    expect([item.getText(), String(item.getGlyphType())]).toEqual(['Một', 'BULLET']);
    expect(() => body.getChild(1).asParagraph()).toThrow('Not implemented in fake');
    const table = body.getChild(2).asTable();
    expect(table.getNumRows()).toBe(1);
    const row = table.getRow(0);
    expect(row.getNumCells()).toBe(2);
    const [head, covered] = [row.getCell(0), row.getCell(1)];
    expect([
      head.getColSpan(),
      head.getRowSpan(),
      covered.getColSpan(),
      covered.getRowSpan(),
    ]).toEqual([2, 1, 0, 0]);
    expect(head.getNumChildren()).toBe(2);
    expect(String(head.getChild(1).asListItem().getGlyphType())).toBe('NUMBER');
    expect(() => row.getCell(2)).toThrow('out of range');
    // The Docs API fake does not model list items of such a Doc: it says so instead of dropping them.
    expect(() => fakes.globals.Docs?.Documents.get(id)).toThrow('list items');
  });
});
