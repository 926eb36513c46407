import type { Library, LibraryItem } from '../../core/library/types';
import { libraryIndex, type LibraryIndex } from '../../core/prepare/libraryIndex';
import { buildSearchIndex, type SearchIndex } from '../../core/search/buildSearchIndex';
import { loadLibrary } from './library/loadLibrary';

export interface LoadedLibrary {
  library: Library;
  index: LibraryIndex;
  search: SearchIndex;
  /** Excerpts of each source in reading order, for neighbours and "read in order". */
  bySource: ReadonlyMap<string, LibraryItem[]>;
}

/** Loads the built library once, with its lookups and search index, and shares it. */
export class LibraryService {
  private loading: Promise<LoadedLibrary> | undefined;

  constructor(private readonly path: string) {}

  get(): Promise<LoadedLibrary> {
    this.loading ??= loadLibrary(this.path).then((library) => {
      const bySource = new Map<string, LibraryItem[]>();
      for (const e of library.excerpts) {
        const list = bySource.get(e.sourceId) ?? [];
        list.push(e);
        bySource.set(e.sourceId, list);
      }
      for (const list of bySource.values()) list.sort((a, b) => (a.kind === 'excerpt' && b.kind === 'excerpt' ? a.order - b.order : 0));
      return { library, index: libraryIndex(library), search: buildSearchIndex(library), bySource };
    });
    this.loading.catch(() => (this.loading = undefined));
    return this.loading;
  }
}
