import { readFile, stat } from 'node:fs/promises';
import { BriefpackError, type OpenedPack } from '../../core/api/contract';
import { parsePackText, serializePack } from '../../core/pack/restorePack';
import type { PackFile } from '../../core/pack/schema';
import { writeFileAtomic } from './atomicWrite';
import { fileTooLarge, packTextLength, textTooLargeToOpen } from '../../core/pack/packLimits';

/**
 * Reads a pack; refuses, naming the file, anything that is not a readable pack or is larger
 * than Briefpack takes (core/pack/packLimits.ts), before reading it whole. Never writes.
 */
export async function readPackFile(path: string): Promise<OpenedPack> {
  let text: string;
  try {
    const tooLarge = fileTooLarge((await stat(path)).size);
    if (tooLarge) throw new BriefpackError('refused', `${path}: ${tooLarge}`);
    text = await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof BriefpackError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BriefpackError('not-found', `${path}: no such file.`);
    if (code === 'EISDIR') throw new BriefpackError('invalid', `${path}: is a folder, not a pack.`);
    throw new BriefpackError('io', `${path}: cannot be read (${code ?? String(e)}).`);
  }
  const restored = parsePackText(text);
  if (!restored.ok) throw new BriefpackError('invalid', `${path}: ${restored.reason}`);
  const tooMuchText = textTooLargeToOpen(packTextLength(restored.file.pack));
  if (tooMuchText) throw new BriefpackError('refused', `${path}: ${tooMuchText}`);
  return { path, file: restored.file, repairs: restored.repairs };
}

/** Saves atomically, keeping the previous version as `<path>.bak`. */
export async function writePackFile(path: string, file: PackFile): Promise<void> {
  try {
    await writeFileAtomic(path, serializePack(file), { backup: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BriefpackError('io', `${path}: cannot be saved (${code ?? String(e)}).`);
  }
}
