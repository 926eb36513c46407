import type { Excerpt, Library } from '../../core/library/types';
import { libraryIndex, type LibraryIndex } from '../../core/prepare/libraryIndex';
import { buildSearchIndex, type SearchIndex } from '../../core/search/buildSearchIndex';
import { loadLibrary } from './library/loadLibrary';

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
}

/** Loads the built library once, with its lookups and search index, and shares it. */
export class LibraryService {
  private loading: Promise<LoadedLibrary> | undefined;

  constructor(private readonly path: string) {}

  get(): Promise<LoadedLibrary> {
    if (this.loading) return this.loading;
    const loading = loadLibrary(this.path).then((library: Library): LoadedLibrary => {
      const bySource = new Map<string, Excerpt[]>();
      for (const e of library.excerpts) {
        const list = bySource.get(e.sourceId) ?? [];
        list.push(e);
        bySource.set(e.sourceId, list);
      }
      for (const list of bySource.values()) list.sort((a, b) => a.order - b.order);
      let search: SearchIndex | undefined;
      return { library, index: libraryIndex(library), searchIndex: () => (search ??= buildSearchIndex(library)), bySource };
    });
    // A failed load is not cached: the next call tries again (after `library build`, say).
    loading.catch(() => (this.loading = undefined));
    this.loading = loading;
    return loading;
  }
}
