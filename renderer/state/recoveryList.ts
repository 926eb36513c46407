import type { Recoverable } from '../../core/api/contract';
import { api } from '../api/transport';
import { recoveryCopiesSettled } from './autosaver';
import { recover } from './commands';
import { clearPageCopy, readPageCopy } from './pageCopy';
import { usePack } from './packStore';

export type RecoveryEntry = Recoverable & { inPage?: boolean };

/**
 * What the start screen offers back: the host's recovery copies (only those that differ from
 * their saved file), and the copy kept in this page when it is newer than the host's, as after
 * typing while web mode's server was down. Listed after any autosave or discard on its way.
 */
export async function listRecovery(): Promise<RecoveryEntry[]> {
  await recoveryCopiesSettled();
  const fromHost = await api.listRecoverable({}).catch(() => [] as Recoverable[]);
  const page = readPageCopy();
  if (!page) return fromHost;
  const host = fromHost.find((r) => r.key === page.key);
  if (host && host.savedAt >= page.savedAt) return fromHost;
  const { file: _file, ...entry } = page;
  return [{ ...entry, inPage: true }, ...fromHost.filter((r) => r.key !== page.key)];
}

/** Opens an entry; resolves true if it is no longer there, so the list can drop it. */
export async function recoverEntry(entry: RecoveryEntry): Promise<boolean> {
  if (!entry.inPage) return recover(entry.key);
  const page = readPageCopy();
  if (!page) return true;
  usePack.getState().load(page.file, page.path, { autosaveKey: page.key, unsaved: true });
  usePack.getState().setNotice({ kind: 'info', text: 'Recovered unsaved work kept in this page. Save it to keep it.' });
  return false;
}

export async function discardEntry(entry: RecoveryEntry): Promise<void> {
  clearPageCopy(entry.key);
  await api.discardAutosave({ key: entry.key });
}
