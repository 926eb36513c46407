import { useEffect, useState } from 'react';
import { MAX_ITEMS_PER_BATCH, type LibraryItemView } from '../../core/api/contract';
import { api } from '../api/transport';

const cache = new Map<string, Promise<LibraryItemView>>();

/** Ids asked for in this tick, sent together once it ends: opening a pack asks for every block's passage at once. */
let queued: Map<string, { resolve: (v: LibraryItemView) => void; reject: (e: Error) => void }> | null = null;

function flush(): void {
  const batch = queued;
  queued = null;
  if (!batch) return;
  const ids = [...batch.keys()];
  for (let i = 0; i < ids.length; i += MAX_ITEMS_PER_BATCH) {
    const slice = ids.slice(i, i + MAX_ITEMS_PER_BATCH);
    api.getLibraryItems({ ids: slice }).then(
      ({ items }) => {
        for (const id of slice) {
          const view = items[id];
          if (view) batch.get(id)!.resolve(view);
          else batch.get(id)!.reject(new Error(`No library passage with id "${id}".`));
        }
      },
      (e: Error) => {
        for (const id of slice) batch.get(id)!.reject(e);
      },
    );
  }
}

/** A library item with its citation, fetched once per id for the whole session. */
export function fetchLibraryItem(id: string): Promise<LibraryItemView> {
  let p = cache.get(id);
  if (!p) {
    if (!queued) {
      queued = new Map();
      queueMicrotask(flush);
    }
    const q = queued;
    p = new Promise<LibraryItemView>((resolve, reject) => q.set(id, { resolve, reject }));
    cache.set(id, p);
    p.catch(() => cache.delete(id));
  }
  return p;
}

export function useLibraryItem(id: string | null): { data: LibraryItemView | null; error: string | null } {
  const [state, setState] = useState<{ id: string | null; data: LibraryItemView | null; error: string | null }>({ id: null, data: null, error: null });
  useEffect(() => {
    if (!id) return;
    let live = true;
    fetchLibraryItem(id).then(
      (data) => live && setState({ id, data, error: null }),
      (e: Error) => live && setState({ id, data: null, error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state.id === id ? state : { data: null, error: null };
}
