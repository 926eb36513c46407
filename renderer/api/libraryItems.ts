import { useEffect, useState } from 'react';
import type { LibraryItemView } from '../../core/api/contract';
import { api } from '../api/transport';

const cache = new Map<string, Promise<LibraryItemView>>();

/** A library item with its citation, fetched once per id for the whole session. */
export function fetchLibraryItem(id: string): Promise<LibraryItemView> {
  let p = cache.get(id);
  if (!p) {
    p = api.getLibraryItem({ id });
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
