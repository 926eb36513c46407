import type { LibraryItemView } from '../../core/api/contract';
import { formatFullNote } from '../../core/citations/formatFullNote';
import { libraryLocator } from '../../core/library/libraryLocator';
import type { LoadedLibrary } from './libraryService';

/**
 * One library item as the renderer shows it (citation, titles, neighbours), or null when the
 * library has no item with that id. getLibraryItem and its batch form both answer with this.
 */
export function libraryItemView(lib: LoadedLibrary, id: string): LibraryItemView | null {
  const item = lib.index.items.get(id);
  if (!item) return null;
  const part = lib.library.parts.find((p) => p.id === item.partId);
  const source = lib.library.sources.find((s) => s.id === item.sourceId);
  const csl = lib.index.csl.get(item.partId);
  const anchorId = item.kind === 'excerpt' ? item.id : item.excerptId;
  const siblings = lib.bySource.get(item.sourceId) ?? [];
  const at = siblings.findIndex((e) => e.id === anchorId);
  return {
    item,
    citation: csl ? formatFullNote(csl, libraryLocator(item, csl.title)) : [],
    partTitle: part?.title ?? source?.title ?? '',
    sourceTitle: source?.title ?? '',
    ...(csl?.page ? { partPages: csl.page } : {}),
    previous: at > 0 ? (siblings[at - 1] ?? null) : null,
    next: at >= 0 ? (siblings[at + 1] ?? null) : null,
  };
}
