import { api, ApiError } from '../api/transport';
import { errorNotice } from './errorNotice';
import { EXTENSION, withExtension } from './fileNames';
import { askText } from '../state/textPrompt';
import { currentFile } from './currentFile';
import { usePack } from '../state/packStore';
import { discardRecoveryCopy } from './autosaver';
import { useExporting } from '../state/exporting';

function fail(e: unknown): void {
  // The connection banner already says the server has stopped; say what did not happen.
  if (e instanceof ApiError && e.code === 'offline') {
    usePack.getState().setNotice({ kind: 'error', text: 'That did not reach Briefpack, which has stopped; nothing was lost. Try again once this page has reconnected.' });
    return;
  }
  usePack.getState().setNotice(errorNotice(e));
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'pack';
}

/**
 * Where to save or export: a native dialog in Electron, an in-app prompt in web mode. The name
 * gets the kind's extension; another extension is refused with a notice, and nothing is written.
 */
async function choosePath(kind: 'pack' | 'docx' | 'pdf', suggested: string): Promise<string | null> {
  const env = usePack.getState().env;
  const name = `${suggested}.${EXTENSION[kind]}`;
  let chosen: string | null;
  if (env?.nativeDialogs) chosen = (await api.pickSavePath({ suggestedName: name, kind })).path;
  else chosen = await askText(kind === 'pack' ? 'Save pack as' : `Export ${kind.toUpperCase()} to`, `${env?.workspaceDir ?? ''}/${name}`);
  if (!chosen) return null;
  const checked = withExtension(chosen, kind);
  if ('refusal' in checked) {
    usePack.getState().setNotice({ kind: 'error', text: checked.refusal });
    return null;
  }
  return checked.path;
}

/** Asks before throwing away unsaved work. */
export function confirmDiscard(): boolean {
  const { dirty, file } = usePack.getState();
  if (!file || !dirty) return true;
  if (!window.confirm('This pack has unsaved changes. Discard them?')) return false;
  discardRecoveryCopy();
  return true;
}

/** Opens a recovery copy; resolves true if it was no longer there (so the list can drop it). */
export async function recover(key: string): Promise<boolean> {
  try {
    const r = await api.recoverPack({ key });
    // Keep the slot's key so continued autosaves overwrite the same recovery copy.
    usePack.getState().load(r.file, r.originalPath, { repairs: r.repairs, autosaveKey: key, unsaved: true });
    usePack.getState().setNotice({ kind: 'info', text: 'Recovered unsaved work. Save it to keep it.' });
    if (r.confirmMarking) confirmMarking();
    return false;
  } catch (e) {
    fail(e);
    return e instanceof ApiError && e.code === 'not-found';
  }
}

export async function newFromTemplate(template: string): Promise<void> {
  if (!confirmDiscard()) return;
  try {
    usePack.getState().load(await api.newPack({ template }), null);
  } catch (e) {
    fail(e);
  }
}

export async function openPath(path: string): Promise<void> {
  if (!confirmDiscard()) return;
  try {
    const opened = await api.openPack({ path });
    // A sample or a repaired pack opens as unsaved so it is never overwritten by accident.
    const isSample = path === usePack.getState().env?.samplePath;
    usePack.getState().load(opened.file, isSample ? null : opened.path, { repairs: opened.repairs });
    // A warning, not an info notice: it stays until the user has read it.
    if (opened.repairs.length) usePack.getState().setNotice({ kind: 'warning', text: `Opened with repairs: ${opened.repairs.join(' ')} Save to keep them.` });
    if (opened.confirmMarking) confirmMarking();
  } catch (e) {
    fail(e);
  }
}

/**
 * An unreadable marking was raised to the most restrictive, never lowered: the user says which
 * marking the pack really carries. Cancelling keeps the raised one.
 */
function confirmMarking(): void {
  const marking = usePack.getState().file?.pack.cover.marking;
  // Asked once the pack is on screen, so the question is asked in front of it and Cancel can
  // take the user to the marking.
  setTimeout(() => {
    const keep = window.confirm(`This pack's security marking could not be read, so it is now ${marking}, the most restrictive.\n\nKeep ${marking}? Choose Cancel to set the right marking in the cover panel.`);
    if (!keep) document.querySelector<HTMLSelectElement>('.bp-cover select')?.focus();
  }, 0);
}

export async function openWithDialog(): Promise<void> {
  const env = usePack.getState().env;
  const path = env?.nativeDialogs ? (await api.pickOpenPath({})).path : await askText('Open pack', `${env?.workspaceDir ?? ''}/`);
  if (path) await openPath(path);
}

export async function save(as = false): Promise<boolean> {
  const file = currentFile();
  if (!file) return false;
  let path = as ? null : usePack.getState().path;
  path ??= await choosePath('pack', slug(file.pack.cover.title));
  if (!path) return false;
  try {
    const saved = await api.savePack({ path, file });
    usePack.getState().markSaved(saved.path, file);
    discardRecoveryCopy();
    usePack.getState().setNotice({ kind: 'info', text: `Saved ${saved.path}` });
    return true;
  } catch (e) {
    fail(e);
    return false;
  }
}

export async function exportAs(format: 'docx' | 'pdf'): Promise<void> {
  const file = currentFile();
  if (!file) return;
  const { warnings } = await api.checkPack({ file }).catch(() => ({ warnings: [] as { message: string }[] }));
  if (warnings.length) {
    const list = warnings.map((w) => `• ${w.message}`).join('\n');
    if (!window.confirm(`Before you export:\n\n${list}\n\nExport anyway? Changed quotations are printed as adapted.`)) return;
  }
  const base = usePack.getState().path?.replace(/\.briefpack$/, '').split('/').pop() ?? slug(file.pack.cover.title);
  const out = await choosePath(format, base);
  if (!out) return;
  usePack.getState().setNotice(null);
  useExporting.setState({ format });
  try {
    const result = await api.exportPack({ file, format, out });
    usePack.getState().setNotice({ kind: 'info', text: `Exported ${result.path} (${Math.round(result.bytes / 1024)} KB)` });
  } catch (e) {
    fail(e);
  } finally {
    useExporting.setState({ format: null });
  }
}
