import { api } from '../api/transport';
import { errorNotice } from './errorNotice';
import { currentFile } from './currentFile';
import { usePack } from '../state/packStore';

export const AUTOSAVE_INTERVAL_MS = 2000;

/**
 * Copies the open pack to its recovery slot whenever it has edits the slot lacks. Runs for the
 * life of the page; a failed autosave is retried on the next tick and shown once.
 */
export function startAutosaver(): () => void {
  let lastEdits = -1;
  let lastKey = '';
  let busy = false;
  let warned = false;
  const tick = async () => {
    const { file, dirty, edits, autosaveKey, path } = usePack.getState();
    if (busy || !file || !dirty || (edits === lastEdits && autosaveKey === lastKey)) return;
    const snapshot = currentFile();
    if (!snapshot) return;
    busy = true;
    try {
      await api.autosave({ key: autosaveKey, path, file: snapshot });
      lastEdits = edits;
      lastKey = autosaveKey;
      warned = false;
    } catch (e) {
      if (!warned) {
        const notice = errorNotice(e);
        usePack.getState().setNotice({ ...notice, text: `Autosave failed (your work is still open; save it yourself): ${notice.text}` });
      }
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
