import type { CslItem } from '../citations/csl';
import type { Library, LibraryItem } from '../library/types';

/** Lookups over a loaded library, built once per load rather than per export. */
export interface LibraryIndex {
  items: ReadonlyMap<string, LibraryItem>;
  /** CSL items by id: every part and every source. */
  csl: ReadonlyMap<string, CslItem>;
}

export function libraryIndex(library: Library): LibraryIndex {
  const items = new Map<string, LibraryItem>();
  for (const e of library.excerpts) items.set(e.id, e);
  for (const r of library.recommendations) items.set(r.id, r);
  // A pack made before a correction changed an item's text (and so its ID) still finds it.
  for (const item of [...library.excerpts, ...library.recommendations]) for (const id of item.formerIds ?? []) if (!items.has(id)) items.set(id, item);
  const csl = new Map<string, CslItem>();
  for (const s of library.sources) csl.set(s.csl.id, s.csl);
  for (const p of library.parts) csl.set(p.id, { ...p.csl, id: p.id });
  return { items, csl };
}
