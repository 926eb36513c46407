import { api, ApiError } from '../api/transport';
import { currentFile } from './currentFile';
import { usePack } from './packStore';
import { clearPageCopy, keepPageCopy } from './pageCopy';

export const AUTOSAVE_INTERVAL_MS = 2000;
/** Longest a copy waits for a pause in typing. */
export const AUTOSAVE_MAX_DEFER_MS = 10_000;

/**
 * Autosaves and discards of recovery copies, one after another: a discard sent while an
 * autosave is on its way would otherwise arrive first and leave a stale copy behind, which the
 * start screen would then offer for a pack that was saved or thrown away.
 */
let queue: Promise<void> = Promise.resolve();
/** The slot this page has written (to the host, to the page's storage) and not yet discarded. */
let written: string | null = null;
let pageWritten: string | null = null;

function inTurn(job: () => Promise<void>): Promise<void> {
  queue = queue.then(job, job).catch(() => undefined);
  return queue;
}

/**
 * Copies the open pack to its recovery slot whenever it has changes the slot lacks; when it is
 * clean again (saved, or undone back to the saved text) the copy is discarded. Runs for the life
 * of the page; a failed autosave is retried on the next tick and shown once.
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
    if (busy || !file) return;
    if (!dirty) {
      if (written === autosaveKey || pageWritten === autosaveKey) discardRecoveryCopy();
      return;
    }
    if (edits === lastEdits && autosaveKey === lastKey) return;
    const now = Date.now();
    waitingSince ??= now;
    const typing = edits !== seenEdits;
    seenEdits = edits;
    if (typing && now - waitingSince < AUTOSAVE_MAX_DEFER_MS) return;
    waitingSince = undefined;
    const snapshot = currentFile();
    if (!snapshot) return;
    keepPageCopy(autosaveKey, path, snapshot, new Date().toISOString());
    pageWritten = autosaveKey;
    busy = true;
    await inTurn(async () => {
      try {
        await api.autosave({ key: autosaveKey, path, file: snapshot });
        written = autosaveKey;
        lastEdits = edits;
        lastKey = autosaveKey;
        warned = false;
      } catch (e) {
        // A stopped server is shown by the connection banner; the next tick tries again.
        if (e instanceof ApiError && e.code === 'offline') return;
        if (!warned) usePack.getState().setNotice({ kind: 'error', text: `Autosave failed: ${(e as Error).message}` });
        warned = true;
      }
    });
    busy = false;
  };
  const timer = setInterval(() => void tick(), AUTOSAVE_INTERVAL_MS);
  return () => clearInterval(timer);
}

/** After a clean save or a deliberate discard, the recovery copy is no longer needed. */
export function discardRecoveryCopy(): void {
  const key = usePack.getState().autosaveKey;
  if (written === key) written = null;
  if (pageWritten === key) pageWritten = null;
  clearPageCopy(key);
  void inTurn(() => api.discardAutosave({ key }).then(() => undefined, () => undefined));
}

/** Resolves once every autosave and discard sent so far has finished: list recovery copies after it. */
export function recoveryCopiesSettled(): Promise<void> {
  return inTurn(async () => undefined);
}
