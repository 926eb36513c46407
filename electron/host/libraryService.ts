import type { Excerpt, Library } from '../../core/library/types';
import { libraryIndex, type LibraryIndex } from '../../core/prepare/libraryIndex';
import { buildSearchIndex, type SearchIndex } from '../../core/search/buildSearchIndex';
import { mergeLibraries } from '../../core/userLibrary/mergeLibraries';
import type { UserSourceFile } from '../../core/library/userSourceFile';
import { loadLibrary } from './library/loadLibrary';
import { readUserLibrary } from './userLibrary/userLibraryFolder';
import type { SearchIndexSnapshot } from './searchIndexSnapshot';
import { prepareHighlightsWhenIdle } from './library/prepareHighlightsWhenIdle';

export interface LoadedLibrary {
  library: Library;
  index: LibraryIndex;
  /**
   * The search index, built at its first use: an export or a `library show` never needs it,
   * and building it is most of the cost of loading the library (about 80 ms).
   */
  searchIndex(): SearchIndex;
  /** Excerpts of each source in reading order, for neighbours and "read in order". */
  bySource: ReadonlyMap<string, Excerpt[]>;
  /** The user's own sources, as stored in their folder. */
  userSources: readonly UserSourceFile[];
  /** User library files that could not be read (left out, named here). */
  problems: readonly string[];
}

/**
 * Loads the bundled library and the user's library folder once, merged, with lookups and the
 * search index, and shares it; `reload` after an import.
 */
export class LibraryService {
  private loading: Promise<LoadedLibrary> | undefined;

  constructor(
    private readonly path: string,
    readonly userDir?: string,
    /** The CLI's kept search index for the bundled library (searchIndexSnapshot.ts). */
    private readonly snapshot?: SearchIndexSnapshot,
    /**
     * A long-lived host (the app, web mode): once a search index is built, prepare its texts'
     * highlights while idle (prepareHighlightsWhenIdle). A CLI command would only be delayed.
     */
    private readonly prepareWhenIdle = false,
  ) {}

  reload(): void {
    this.loading = undefined;
  }

  get(): Promise<LoadedLibrary> {
    if (this.loading) return this.loading;
    const user = this.userDir ? readUserLibrary(this.userDir) : Promise.resolve({ sources: [], problems: [] });
    // The CLI's kept copy of the bundled library, when it has one for these very bytes.
    const kept = this.snapshot?.readLibrary();
    const loading = Promise.all([kept ?? loadLibrary(this.path), user]).then(([bundled, mine]): LoadedLibrary => {
      const library = mergeLibraries(bundled, mine.sources);
      const bySource = new Map<string, Excerpt[]>();
      for (const e of library.excerpts) {
        const list = bySource.get(e.sourceId) ?? [];
        list.push(e);
        bySource.set(e.sourceId, list);
      }
      for (const list of bySource.values()) list.sort((a, b) => a.order - b.order);
      let search: SearchIndex | undefined;
      const searchIndex = () => {
        if (search) return search;
        search = this.searchIndexOf(library, bundled, mine.sources.length > 0);
        if (this.prepareWhenIdle) {
          prepareHighlightsWhenIdle(search, () => this.loading !== loading).catch((e) => console.error('briefpack: could not prepare search highlights:', e));
        }
        return search;
      };
      return { library, index: libraryIndex(library), searchIndex, bySource, userSources: mine.sources, problems: mine.problems };
    });
    // A failed load is not cached: the next call tries again (after `library build`, say).
    loading.catch(() => (this.loading = undefined));
    this.loading = loading;
    return loading;
  }

  /** Built, or read back when the CLI kept one for the bundled library alone. */
  private searchIndexOf(library: Library, bundled: Library, withUserSources: boolean): SearchIndex {
    if (!this.snapshot || withUserSources) return buildSearchIndex(library);
    const kept = this.snapshot.read(library);
    if (kept) return kept;
    const built = buildSearchIndex(library);
    this.snapshot.write(built, bundled);
    return built;
  }
}
