import { readFile, stat } from 'node:fs/promises';
import { BriefpackError, type OpenedPack } from '../../core/api/contract';
import { parsePackBytes, serializePack } from '../../core/pack/restorePack';
import type { PackFile } from '../../core/pack/schema';
import { writeFileAtomic, type WriteOps } from './atomicWrite';
import { writeError } from './writeError';
import { fileTooLarge, packTextLength, textTooLargeToOpen } from '../../core/pack/packLimits';

/** UTF-8 with bad bytes shown as U+FFFD (restorePack lists them) and a BOM kept for it to see. */
export const decodeUtf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/**
 * Reads a pack; refuses, naming the file, anything that is not a readable pack or is larger
 * than Briefpack takes (core/pack/packLimits.ts), before reading it whole. Never writes.
 */
export async function readPackFile(path: string): Promise<OpenedPack> {
  let bytes: Uint8Array;
  try {
    const tooLarge = fileTooLarge((await stat(path)).size);
    if (tooLarge) throw new BriefpackError('refused', `${path}: ${tooLarge}`);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof BriefpackError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BriefpackError('not-found', `${path}: no such file.`);
    if (code === 'EISDIR') throw new BriefpackError('invalid', `${path}: is a folder, not a pack.`);
    throw new BriefpackError('io', `${path}: cannot be read (${code ?? String(e)}).`);
  }
  const restored = parsePackBytes(bytes, decodeUtf8);
  if (!restored.ok) throw new BriefpackError('invalid', `${path}: ${restored.reason}`);
  const tooMuchText = textTooLargeToOpen(packTextLength(restored.file.pack));
  if (tooMuchText) throw new BriefpackError('refused', `${path}: ${tooMuchText}`);
  return { path, file: restored.file, repairs: restored.repairs, confirmMarking: restored.confirmMarking };
}

/** Saves atomically, keeping the previous version as `<path>.bak`. */
export async function writePackFile(path: string, file: PackFile, ops?: WriteOps): Promise<void> {
  try {
    await writeFileAtomic(path, serializePack(file), { backup: true, ...(ops ? { ops } : {}) });
  } catch (e) {
    throw writeError(path, e, 'The file and its backup are as they were; your changes are still open here. Free some space or choose another folder with Save as.');
  }
}
