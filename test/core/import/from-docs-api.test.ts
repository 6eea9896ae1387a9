/**
 * Reading a Doc with ONE Docs.Documents.get: the API's Document resource → DocTree → the same
 * import as the DocTree path. The samples go through the strict fake (docs-api.ts), which
 * returns them as Google reports them; the edge cases are written as the API's JSON by hand.
 */
import { describe, expect, it } from '@jest/globals';
import { cellText, type DocTree } from '../../../src/core/import/doc-tree';
import {
  docTreeFromDocsApi,
  type ApiDocument,
  type ApiStructuralElement,
  type ApiTableCell,
} from '../../../src/core/import/from-docs-api';
import { ITEM_FIELDS, readPlanDoc } from '../../../src/core/import/read-doc';
import { createFakes } from '../../fakes';
import { readThroughApi as throughApi } from '../../helpers/docs-api-read';
import { doc, merge, p, table } from '../../fixtures/doc-builder';
import { EXPECTED_001, EXPECTED_002, fieldAccuracy } from '../../fixtures/doc-expected';
import { doc001, doc002, doc004 } from '../../fixtures/doc-trees';

const FIELDS = ['standard', ...ITEM_FIELDS];

describe.each([
  ['001', doc001, EXPECTED_001, 72, 74],
  ['002', doc002, EXPECTED_002, 36, 36],
])('sample %s read through documents.get', (_name, build, expected, right, present) => {
  const api = throughApi(build());
  const viaApi = readPlanDoc(api.tree);
  const viaTree = readPlanDoc(build());

  it('costs one documents.get and gives back the same DocTree', () => {
    expect(api.gets).toBe(1);
    expect(api.tree).toEqual(build());
  });

  it('reads the same items, header values and issues as the DocTree path', () => {
    expect(viaApi.items).toEqual(viaTree.items);
    expect(viaApi.info).toEqual(viaTree.info);
    expect(viaApi.issues).toEqual(viaTree.issues);
    const acc = fieldAccuracy(expected, viaApi.items, FIELDS);
    expect([acc.right, acc.present]).toEqual([right, present]);
  });
});

it('sample 004 (a yearly task plan) read through documents.get is still refused', () => {
  const api = throughApi(doc004());
  expect(api.tree).toEqual(doc004());
  const result = readPlanDoc(api.tree);
  expect(result.items).toEqual([]);
  expect(result.issues).toEqual(readPlanDoc(doc004()).issues);
});

it('merged cells built in the fake come back as the DocTree reports them', () => {
  const t = table([
    ['Tiêu chuẩn', 'Tiêu chí', 'Biện pháp', 'Thời gian'],
    ['Tiêu chuẩn 1', 'Tiêu chí 1', 'Rà soát', 'Tháng 9'],
    ['', 'Tiêu chí 2', 'Bổ sung', 'Tháng 10'],
    ['Tổng', '', '', ''],
  ]);
  merge(t, 1, 0, 2);
  merge(t, 3, 0, 1, 4);
  const tree = doc(p('KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG'), t);
  expect(throughApi(tree).tree).toEqual(tree);
});

// ---------------------------------------------------------------------------------------------
// The API's JSON written by hand, as the reference describes it.

const run = (content: string): ApiStructuralElement => ({
  paragraph: { elements: [{ textRun: { content } }], paragraphStyle: {} },
});
const apiCell = (texts: string[], rowSpan?: number, columnSpan?: number): ApiTableCell => ({
  content: texts.map((t) => run(`${t}\n`)),
  tableCellStyle: { rowSpan: rowSpan ?? 1, columnSpan: columnSpan ?? 1 },
});
const apiDoc = (content: ApiStructuralElement[], lists?: ApiDocument['lists']): ApiDocument => ({
  body: { content: [{ sectionBreak: {} }, ...content] },
  ...(lists ? { lists } : {}),
});
const onlyTable = (tree: DocTree) => {
  const block = tree.blocks.find((b) => b.type === 'table');
  if (block?.type !== 'table') throw new Error('no table');
  return block.rows;
};

describe('docTreeFromDocsApi', () => {
  it('a merge: the head keeps its spans, every covered cell listed by the API reports 0', () => {
    const rows = onlyTable(
      docTreeFromDocsApi(
        apiDoc([
          {
            table: {
              rows: 3,
              columns: 3,
              tableRows: [
                {
                  tableCells: [apiCell(['Tiêu chuẩn 1'], 2), apiCell(['Hạn'], 1, 2), apiCell([''])],
                },
                { tableCells: [apiCell(['']), apiCell(['a']), apiCell(['b'])] },
                { tableCells: [apiCell(['c']), apiCell(['d']), apiCell(['e'])] },
              ],
            },
          },
        ]),
      ),
    );
    expect(rows.map((r) => r.map((c) => [c.rowSpan, c.colSpan]))).toEqual([
      [
        [2, 1],
        [1, 2],
        [0, 0],
      ],
      [
        [0, 0],
        [1, 1],
        [1, 1],
      ],
      [
        [1, 1],
        [1, 1],
        [1, 1],
      ],
    ]);
    expect(rows.map((r) => r.map(cellText))).toEqual([
      ['Tiêu chuẩn 1', 'Hạn', ''],
      ['', 'a', 'b'],
      ['c', 'd', 'e'],
    ]);
  });

  it('a row that leaves its covered cells out still puts each cell in its own column', () => {
    const rows = onlyTable(
      docTreeFromDocsApi(
        apiDoc([
          {
            table: {
              rows: 2,
              columns: 3,
              tableRows: [
                { tableCells: [apiCell(['TC 1'], 2), apiCell(['x']), apiCell(['y'])] },
                { tableCells: [apiCell(['z']), apiCell(['w'])] },
              ],
            },
          },
        ]),
      ),
    );
    expect(rows.map((r) => r.map(cellText))).toEqual([
      ['TC 1', 'x', 'y'],
      ['', 'z', 'w'],
    ]);
    expect(rows[1]?.[0]).toMatchObject({ rowSpan: 0, colSpan: 0 });
  });

  it('bullets become "- " lines, numbered items do not; soft breaks become line breaks', () => {
    const lists = {
      b: { listProperties: { nestingLevels: [{ glyphSymbol: '●' }] } },
      n: { listProperties: { nestingLevels: [{ glyphType: 'DECIMAL' }] } },
    };
    const item = (text: string, listId: string): ApiStructuralElement => ({
      paragraph: { elements: [{ textRun: { content: `${text}\n` } }], bullet: { listId } },
    });
    const tree = docTreeFromDocsApi(
      apiDoc(
        [
          {
            table: {
              rows: 1,
              columns: 1,
              tableRows: [
                {
                  tableCells: [
                    {
                      content: [
                        item('Rà soát hồ sơ', 'b'),
                        item('Bổ sung\u000bkế hoạch', 'b'),
                        item('Bước một', 'n'),
                      ],
                    },
                  ],
                },
              ],
            },
          },
        ],
        lists,
      ),
    );
    expect(cellText(onlyTable(tree)[0]?.[0])).toBe(
      '- Rà soát hồ sơ\n- Bổ sung\nkế hoạch\nBước một',
    );
  });

  it('joins a paragraph’s runs, drops its closing newline, normalises to NFC; a heading is its text', () => {
    const decomposed = 'Tiêu chuẩn 1'.normalize('NFD');
    expect(decomposed).not.toBe('Tiêu chuẩn 1');
    const tree = docTreeFromDocsApi(
      apiDoc([
        { tableOfContents: { content: [run('Mục lục\n')] } } as ApiStructuralElement,
        {
          paragraph: {
            elements: [
              { textRun: { content: decomposed } },
              { textRun: { content: ': Tổ chức\n' } },
            ],
            paragraphStyle: { namedStyleType: 'HEADING_2' },
          },
        },
        { paragraph: { elements: [{ textRun: { content: '\n' } }] } },
      ]),
    );
    expect(tree.blocks).toEqual([
      { type: 'paragraph', text: 'Tiêu chuẩn 1: Tổ chức' },
      { type: 'paragraph', text: '' },
    ]);
  });

  it('a table nested in a cell gives its cells’ lines to that cell', () => {
    const inner: ApiStructuralElement = {
      table: {
        rows: 1,
        columns: 2,
        tableRows: [{ tableCells: [apiCell(['Nguồn: ngân sách']), apiCell(['5 triệu'])] }],
      },
    };
    const tree = docTreeFromDocsApi(
      apiDoc([
        {
          table: {
            rows: 1,
            columns: 1,
            tableRows: [{ tableCells: [{ content: [run('Kinh phí\n'), inner, run('\n')] }] }],
          },
        },
      ]),
    );
    expect(tree.blocks).toHaveLength(1);
    expect(cellText(onlyTable(tree)[0]?.[0])).toBe('Kinh phí\nNguồn: ngân sách\n5 triệu\n');
  });
});

describe('the Docs fake for an added Doc', () => {
  it('is strict: an unknown id is not found, and a field mask is not modelled', () => {
    const fakes = createFakes({ ui: false });
    const id = fakes.state.docsApi.addDoc(doc(p('x')));
    expect(() => fakes.globals.Docs?.Documents.get('nope')).toThrow(/not found/);
    expect(() => fakes.globals.Docs?.Documents.get(id, { fields: 'body' })).toThrow(/no fields/);
    const first = fakes.globals.Docs?.Documents.get(id) as ApiDocument;
    // Each get returns its own copy, as a fresh response would be.
    first.body?.content?.pop();
    expect((fakes.globals.Docs?.Documents.get(id) as ApiDocument).body?.content).toHaveLength(2);
  });
});
