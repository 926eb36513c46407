import type { Recoverable } from '../../core/api/contract';
import { restorePack } from '../../core/pack/restorePack';
import type { PackFile } from '../../core/pack/schema';

const KEY = 'briefpack.unsaved';

/**
 * A copy of the open pack's unsaved work in the page's own storage, beside the host's autosave:
 * in web mode the server may be down when the work is typed (it reaches the host's slot only
 * once the page reconnects), and a reload in that window would otherwise lose it. One copy per
 * origin; a pack too big for the storage quota is kept in memory only (the tab still has it).
 */
export function keepPageCopy(key: string, path: string | null, file: PackFile, savedAt: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ key, path, savedAt, file }));
  } catch {
    // Quota exceeded or storage disabled: the editor still holds the text.
  }
}

export function clearPageCopy(key?: string): void {
  try {
    if (key === undefined || readRaw()?.key === key) localStorage.removeItem(KEY);
  } catch {
    // Storage disabled: nothing was kept.
  }
}

export interface PageCopy extends Recoverable {
  file: PackFile;
}

/** The copy kept in this page, restored like any pack file (so a damaged one is repaired, not trusted). */
export function readPageCopy(): PageCopy | null {
  const raw = readRaw();
  if (!raw || typeof raw.key !== 'string') return null;
  const restored = restorePack(raw.file);
  if (!restored.ok) return null;
  return {
    key: raw.key,
    path: typeof raw.path === 'string' ? raw.path : null,
    title: restored.file.pack.cover.title,
    savedAt: typeof raw.savedAt === 'string' ? raw.savedAt : '',
    file: restored.file,
  };
}

function readRaw(): Record<string, unknown> | null {
  try {
    const text = localStorage.getItem(KEY);
    const parsed: unknown = text ? JSON.parse(text) : null;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
