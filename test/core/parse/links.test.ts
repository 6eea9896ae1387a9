/** docIdOf / NOT_A_DOC: a Doc's id in every form Google gives a link, and what is not a Doc. */
import { describe, expect, it } from '@jest/globals';
import { docIdOf, NOT_A_DOC } from '../../../src/core/parse/links';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd';

describe('docIdOf', () => {
  it.each([
    `https://docs.google.com/document/d/${ID}/edit?usp=sharing`,
    `https://docs.google.com/document/u/0/d/${ID}/edit?tab=t.0#heading=h.1`,
    `docs.google.com/document/d/${ID}`,
    `https://drive.google.com/open?id=${ID}`,
    ` ${ID} `,
  ])('reads the id from %s', (link) => expect(docIdOf(link)).toBe(ID));

  it.each(['', 'Kế hoạch năm trước', 'https://example.com/x', 'short-id', 42, null])(
    'finds none in %p',
    (value) => expect(docIdOf(value)).toBeNull(),
  );
});

describe('NOT_A_DOC', () => {
  it('knows spreadsheet, slides and form links, not Doc links', () => {
    for (const kind of ['spreadsheets', 'presentation', 'forms'])
      expect(NOT_A_DOC.test(`https://docs.google.com/${kind}/d/${ID}/edit`)).toBe(true);
    expect(NOT_A_DOC.test(`https://docs.google.com/spreadsheets/u/1/d/${ID}/edit`)).toBe(true);
    expect(NOT_A_DOC.test(`https://docs.google.com/document/d/${ID}/edit`)).toBe(false);
  });
});
