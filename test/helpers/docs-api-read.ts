/**
 * The import's reading path in the fakes: the Doc built from a DocTree (docs-api-document.ts),
 * read with the ONE call the import makes (Docs.Documents.get, counted), then converted.
 */
import type { DocTree } from '../../src/core/import/doc-tree';
import { docTreeFromDocsApi, type ApiDocument } from '../../src/core/import/from-docs-api';
import { createFakes } from '../fakes';

export function readThroughApi(tree: DocTree): { tree: DocTree; gets: number; calls: number } {
  const fakes = createFakes({ ui: false });
  const id = fakes.state.docsApi.addDoc(tree);
  fakes.calls.reset();
  const resource = fakes.globals.Docs?.Documents.get(id) as ApiDocument;
  return {
    tree: docTreeFromDocsApi(resource),
    gets: fakes.calls.byMethod()['Docs.Documents.get'] ?? 0,
    /** Every Docs and DocumentApp call the reading made. */
    calls: fakes.calls.family('Docs') + fakes.calls.family('Document'),
  };
}
