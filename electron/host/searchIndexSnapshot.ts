import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import SearchableMap from 'minisearch/SearchableMap';
import type { Library } from '../../core/library/types';
import { indexedItems, type SearchIndex } from '../../core/search/buildSearchIndex';

/**
 * The bundled library's search index, kept as a file beside the CLI so a `library search` reads
 * it instead of building it: building is most of a search's start (about 140 ms of a 0.5 s
 * process), reading it back about 20. The CLI sets `dir` to its own build folder (out/cli/);
 * the build makes the file when it trains the code cache, by running a search. Like the code
 * cache it belongs to that build and that library: a rebuilt CLI is a new folder, and the file
 * is named by a hash of the library file's bytes, so a library built again is never answered
 * from the old index. It is used only while the library is the bundled one alone (no sources of
 * the user's own) and its items are those loaded; anything else builds the index as before.
 *
 * The file is V8's serialisation of the index (structured clone: objects, arrays, Maps, typed
 * arrays); the term dictionary is kept as MiniSearch's radix tree and handed back to its
 * SearchableMap, and the items are the loaded library's own.
 */
export class SearchIndexSnapshot {
  constructor(
    private readonly dir: string,
    private readonly libraryPath: string,
  ) {}

  private file(): string {
    const hash = createHash('sha256').update(readFileSync(this.libraryPath)).digest('hex').slice(0, 16);
    return join(this.dir, `search-index.${hash}.v8`);
  }

  /** The index for `library`, or undefined when there is none for it, or it cannot be read. */
  read(library: Library): SearchIndex | undefined {
    let raw: unknown;
    try {
      raw = deserialize(readFileSync(this.file()));
    } catch {
      return undefined;
    }
    return restore(raw, library);
  }

  /** Keeps `index` for the next command; a folder it cannot write to (an installed app) is no error. */
  write(index: SearchIndex): void {
    let tmp: string | undefined;
    try {
      const file = this.file();
      tmp = `${file}.tmp-${process.pid}`;
      // The items are the library's own objects, given back on reading; their ids stand in.
      // The term dictionary goes as its radix tree (nested Maps), which SearchableMap takes back.
      const { terms, ...postings } = index.postings;
      const { items, ...rest } = index;
      writeFileSync(tmp, serialize({ ...rest, ids: items.map((item) => item.id), termTree: terms._tree, postings }));
      renameSync(tmp, file);
    } catch {
      // Read-only or gone: the next search builds the index again.
      if (tmp) rmSync(tmp, { force: true });
    }
  }
}

/**
 * The index read back, if it is one for `library`: made for the library's items, id for id, in
 * order, and its arrays have the lengths the index's own code gives them. Else undefined.
 */
function restore(raw: unknown, library: Library): SearchIndex | undefined {
  const index = raw as Omit<SearchIndex, 'postings' | 'items'> & { ids: unknown; termTree: unknown; postings: Omit<SearchIndex['postings'], 'terms'> };
  const items = indexedItems(library);
  const ids = index?.ids;
  const p = index?.postings;
  const sound =
    Array.isArray(ids) &&
    ids.length === items.length &&
    items.every((item, i) => item.id === ids[i]) &&
    index.rank instanceof Int32Array &&
    index.rank.length === items.length &&
    index.byRank instanceof Int32Array &&
    index.byRank.length === items.length &&
    Array.isArray(index.locators) &&
    index.locators.length === items.length &&
    Array.isArray(p?.termText) &&
    p.start instanceof Int32Array &&
    p.start.length === p.termText.length + 1 &&
    p.docs instanceof Int32Array &&
    p.weights instanceof Float32Array &&
    p.docs.length === p.weights.length &&
    p.surface instanceof Map &&
    p.tokens instanceof Int32Array &&
    p.compounds instanceof Map &&
    index.termTree instanceof Map;
  if (!sound) return undefined;
  const terms = new SearchableMap<number>(index.termTree as SearchableMap<number>['_tree']);
  // Spot checks that the tree and the term list agree: counting the tree's terms walks all of it
  // (about 20 ms of a 0.3 s search), and the file is this build's own, named by the library.
  const n = p.termText.length;
  for (const id of [0, n >> 1, n - 1]) if (n > 0 && terms.get(p.termText[id] as string) !== id) return undefined;
  const { ids: _ids, termTree: _termTree, ...rest } = index;
  return { ...rest, items, postings: { ...p, terms } };
}
