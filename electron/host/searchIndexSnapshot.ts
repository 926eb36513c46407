import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
 * from the old index. The index is used only while the library is the bundled one alone (no
 * sources of the user's own) and its items are those loaded; anything else builds the index as
 * before.
 *
 * The file also keeps the bundled library as loadLibrary returned it when the file was made:
 * checking the library against its schema was another 30-40 ms of every CLI command, and the
 * same bytes (the file's name is their hash) always parse to the same library. A file this
 * build did not make, or one damaged, is not read: every command then loads the library file
 * with its schema, as without a kept file.
 *
 * The file is V8's serialisation (structured clone: objects, arrays, Maps, typed arrays); the
 * term dictionary is kept as MiniSearch's radix tree and handed back to its SearchableMap.
 */
export class SearchIndexSnapshot {
  /** The file last read, by name, size and time: one read serves the library and then its index. */
  private last: { stamp: string; parts: { library: Uint8Array; index: Uint8Array } | undefined } | undefined;

  constructor(
    private readonly dir: string,
    private readonly libraryPath: string,
  ) {}

  /** The library file's hash, by its size and time: a search asks for the library and then its index. */
  private named: { stamp: string; file: string } | undefined;

  private file(): string {
    const { size, mtimeMs } = statSync(this.libraryPath);
    const stamp = `${size}:${mtimeMs}`;
    if (this.named?.stamp !== stamp) {
      const hash = createHash('sha256').update(readFileSync(this.libraryPath)).digest('hex').slice(0, 16);
      this.named = { stamp, file: join(this.dir, `search-index.${hash}.v8`) };
    }
    return this.named.file;
  }

  /** The file's two parts, each still V8's serialisation: read once, decoded as asked for. */
  private parts(): { library: Uint8Array; index: Uint8Array } | undefined {
    let file: string;
    let stamp: string;
    try {
      file = this.file();
      const { size, mtimeMs } = statSync(file);
      stamp = `${file}:${size}:${mtimeMs}`;
    } catch {
      return undefined;
    }
    if (this.last?.stamp !== stamp) {
      let parts: { library: Uint8Array; index: Uint8Array } | undefined;
      try {
        const raw = deserialize(readFileSync(file)) as { library?: unknown; index?: unknown };
        if (raw.library instanceof Uint8Array && raw.index instanceof Uint8Array) parts = { library: raw.library, index: raw.index };
      } catch {
        parts = undefined;
      }
      this.last = { stamp, parts };
    }
    return this.last.parts;
  }

  /** The bundled library as it was loaded when the file was made, if there is a file for it. */
  readLibrary(): Library | undefined {
    const library = decoded(this.parts()?.library) as Library | undefined;
    const sound = typeof library === 'object' && library !== null && Array.isArray(library.sources) && Array.isArray(library.excerpts) && Array.isArray(library.recommendations);
    return sound ? library : undefined;
  }

  /** The index for `library`, or undefined when there is none for it, or it cannot be read. */
  read(library: Library): SearchIndex | undefined {
    const kept = decoded(this.parts()?.index) as KeptIndex | undefined;
    return typeof kept === 'object' && kept !== null ? restore(kept, library) : undefined;
  }

  /**
   * Keeps `index` and the bundled `library` it was built from for the next command; a folder it
   * cannot write to (an installed app) is no error.
   */
  write(index: SearchIndex, library: Library): void {
    let tmp: string | undefined;
    try {
      const file = this.file();
      tmp = `${file}.tmp-${process.pid}`;
      // The items are the library's own objects, given back on reading; their ids stand in.
      // The term dictionary goes as its radix tree (nested Maps), which SearchableMap takes back.
      const { terms, ...postings } = index.postings;
      const { items, ...rest } = index;
      const kept: KeptIndex = { ...rest, ids: items.map((item) => item.id), termTree: terms._tree, postings };
      // Two parts, each decoded only when asked for: an export needs the library alone.
      writeFileSync(tmp, serialize({ library: serialize(library), index: serialize(kept) }));
      renameSync(tmp, file);
      this.last = undefined;
    } catch {
      // Read-only or gone: the next search builds the index again.
      if (tmp) rmSync(tmp, { force: true });
    }
  }
}

/** One part of the file decoded, or undefined when there is none or it is damaged. */
function decoded(part: Uint8Array | undefined): unknown {
  if (!part) return undefined;
  try {
    return deserialize(part);
  } catch {
    return undefined;
  }
}

/** The index as kept: without its items (their ids stand in) and with its term map as a tree. */
type KeptIndex = Omit<SearchIndex, 'postings' | 'items'> & { ids: unknown; termTree: unknown; postings: Omit<SearchIndex['postings'], 'terms'> };

/**
 * The index read back, if it is one for `library`: made for the library's items, id for id, in
 * order, and its arrays have the lengths the index's own code gives them. Else undefined.
 */
function restore(index: KeptIndex, library: Library): SearchIndex | undefined {
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
