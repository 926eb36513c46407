import { api } from '../api/transport';
import { currentFile } from './currentFile';
import { usePack } from './packStore';

export const AUTOSAVE_INTERVAL_MS = 2000;
/** Longest a copy waits for a pause in typing. */
export const AUTOSAVE_MAX_DEFER_MS = 10_000;

/**
 * Copies the open pack to its recovery slot whenever it has edits the slot lacks. Runs for the
 * life of the page; a failed autosave is retried on the next tick and shown once.
 *
 * A copy reads and serialises the whole pack on the page's one thread (tens of milliseconds on
 * a 300-page pack), so a keystroke arriving meanwhile waits for it: the editor benchmark's slow
 * keys were these. The copy is made at the first tick after typing pauses (no edit since the
 * tick before), or after AUTOSAVE_MAX_DEFER_MS of unbroken typing.
 */
export function startAutosaver(): () => void {
  let lastEdits = -1;
  let lastKey = '';
  let busy = false;
  let warned = false;
  let seenEdits = -1;
  let waitingSince: number | undefined;
  const tick = async () => {
    const { file, dirty, edits, autosaveKey, path } = usePack.getState();
    if (busy || !file || !dirty || (edits === lastEdits && autosaveKey === lastKey)) return;
    const now = Date.now();
    waitingSince ??= now;
    const typing = edits !== seenEdits;
    seenEdits = edits;
    if (typing && now - waitingSince < AUTOSAVE_MAX_DEFER_MS) return;
    waitingSince = undefined;
    const snapshot = currentFile();
    if (!snapshot) return;
    busy = true;
    try {
      await api.autosave({ key: autosaveKey, path, file: snapshot });
      lastEdits = edits;
      lastKey = autosaveKey;
      warned = false;
    } catch (e) {
      if (!warned) usePack.getState().setNotice({ kind: 'error', text: `Autosave failed: ${(e as Error).message}` });
      warned = true;
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), AUTOSAVE_INTERVAL_MS);
  return () => clearInterval(timer);
}

/** After a clean save or a deliberate discard, the recovery copy is no longer needed. */
export function discardRecoveryCopy(): void {
  void api.discardAutosave({ key: usePack.getState().autosaveKey }).catch(() => undefined);
}
