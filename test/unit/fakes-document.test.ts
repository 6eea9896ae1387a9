/** The DocumentApp and DriveApp fakes behave like Google Docs where the export relies on it. */
import { describe, expect, it } from '@jest/globals';
import { createFakes, type FakeOptions } from '../fakes';

function setup(options: FakeOptions = {}) {
  const fakes = createFakes(options);
  const { DocumentApp, DriveApp } = fakes.globals;
  return { fakes, DocumentApp, DriveApp, state: fakes.state };
}

const loose = (obj: unknown) => obj as Record<string, unknown>;

describe('DocumentApp fake', () => {
  it('creates a document holding one empty paragraph, on US Letter until told otherwise', () => {
    const { DocumentApp, state } = setup();
    const doc = DocumentApp.create('Thử');
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getParagraphs()[0]?.getText()).toBe('');
    expect([body.getPageWidth(), body.getPageHeight(), body.getMarginTop()]).toEqual([
      612, 792, 72,
    ]);
    expect(state.documents.list().map((d) => d.name)).toEqual(['Thử']);
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
  });

  it('is strict: unknown members, attribute keys and bad values throw', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    expect(() => loose(body).appendImage).toThrow(
      'Fake Apps Script: Body.appendImage is not implemented',
    );
    const p = body.appendParagraph('a');
    expect(() => p.setAttributes({ WEIGHT: 'bold' })).toThrow('Invalid attribute key: WEIGHT');
    expect(() => p.setAttributes({ [DocumentApp.Attribute.FONT_SIZE]: '13' })).toThrow(
      'Invalid value "13" for attribute FONT_SIZE',
    );
    expect(() =>
      p.setAttributes({ [DocumentApp.Attribute.HORIZONTAL_ALIGNMENT]: 'middle' }),
    ).toThrow('HORIZONTAL_ALIGNMENT');
    expect(() => body.appendTable([['a', 'b'], ['c']])).toThrow('same number of cells');
    expect(() => body.appendTable([[1 as unknown as string]])).toThrow(
      "don't match the method signature for Body.appendTable",
    );
  });

  it('applies a container’s attributes to the paragraphs inside it at that moment only', () => {
    const { DocumentApp } = setup();
    const A = DocumentApp.Attribute;
    const body = DocumentApp.create('x').getBody();
    const table = body.appendTable([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    table.setAttributes({ [A.FONT_SIZE]: 11, [A.BORDER_WIDTH]: 0 });
    table.getRow(1).setAttributes({ [A.BOLD]: true });
    const cell = table.getCell(0, 1);
    cell.setAttributes({ [A.BACKGROUND_COLOR]: '#d9d9d9' });
    const later = cell.appendParagraph('e');
    expect(table.getCell(1, 0).getChild(0).asParagraph().getAttributes()).toMatchObject({
      FONT_SIZE: 11,
      BOLD: true,
    });
    expect(later.getAttributes().FONT_SIZE).toBeNull();
    expect(cell.getBackgroundColor()).toBe('#d9d9d9');
    expect(
      table.getCell(0, 1).getChild(0).asParagraph().getAttributes().BACKGROUND_COLOR,
    ).toBeNull();
    expect(table.getBorderWidth()).toBe(0);
    expect(() => table.getRow(0).setAttributes({ [A.BACKGROUND_COLOR]: '#ffffff' })).toThrow(
      'not modelled',
    );
  });

  it('styles text ranges, and reports mixed attributes as null', () => {
    const { DocumentApp } = setup();
    const A = DocumentApp.Attribute;
    const p = DocumentApp.create('x').getBody().appendParagraph('Số: 32');
    p.setAttributes({ [A.FONT_SIZE]: 13 });
    const text = p.editAsText();
    text.setAttributes(4, 5, { [A.BOLD]: true });
    expect([text.isBold(0), text.isBold(5), text.getFontSize(5)]).toEqual([null, true, 13]);
    expect(() => text.setAttributes(5, 6, { [A.BOLD]: true })).toThrow("don't match");
    expect(p.getAttributes().BOLD).toBeNull();
  });

  it('clear() leaves one empty paragraph and detaches the old elements', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    const p = body.appendParagraph('cũ');
    const t = body.appendTable([['cũ']]);
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
    expect(() => p.getText()).toThrow('no longer in the document');
    expect(() => t.getCell(0, 0)).toThrow('no longer in the document');
    expect(() => body.getParagraphs()[0]?.removeFromParent()).toThrow(
      "Can't remove the last paragraph",
    );
  });

  it('openById fails for a deleted document, still opens a trashed one', () => {
    const { DocumentApp, state } = setup();
    const a = DocumentApp.create('a').getId();
    const b = DocumentApp.create('b').getId();
    state.documents.trash(a);
    expect(DocumentApp.openById(a).getName()).toBe('a');
    state.documents.remove(b);
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
    const { DriveApp, DocumentApp, state } = setup({
      documents: { driveScope: true, spreadsheetFolder: { id: 'f1', name: 'Kiểm định' } },
    });
    const parents = DriveApp.getFileById('fake-spreadsheet-id').getParents();
    expect(parents.hasNext()).toBe(true);
    const folder = parents.next();
    expect(folder.getName()).toBe('Kiểm định');
    expect(parents.hasNext()).toBe(false);
    const id = DocumentApp.create('x').getId();
    expect(state.documents.get(id).folders).toEqual(['fake-root-folder']);
    DriveApp.getFileById(id).moveTo(folder);
    expect(state.documents.get(id).folders).toEqual(['f1']);
    expect(() => DriveApp.getFileById('nope')).toThrow('No item with the given ID');
  });
});
