import type { CslItem } from '../citations/csl';
import { cslOnlySourceId } from './sourceIdentity';
import type { UserSourceFile } from '../library/userSourceFile';
import { librarySourceFor, resolveMetadata } from './sourceMetadata';

/**
 * A bibliography entry without text (a Zotero reference whose PDF is elsewhere): a source with
 * no excerpts, cited by a note marker with an explicit locator the user types.
 */
export function importCslOnly(csl: CslItem, fileName: string): UserSourceFile {
  const sourceId = cslOnlySourceId(csl);
  const { csl: item, guessed } = resolveMetadata(sourceId, fileName, csl, {});
  return {
    format: 'briefpack-source',
    version: 1,
    contentHash: null,
    source: librarySourceFor(sourceId, fileName, item, 0),
    excerpts: [],
    guessed,
    report: {
      file: fileName.replace(/^.*[\\/]/, ''),
      format: 'csl',
      pageNumbers: 'none',
      excerpts: 0,
      notes: [{ kind: 'info', message: `“${item.title ?? sourceId}” has no text here: cite it with a page you type (a note marker with a locator).` }],
      guessed,
    },
  };
}
