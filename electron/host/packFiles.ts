import { readFile } from 'node:fs/promises';
import { BriefpackError, type OpenedPack } from '../../core/api/contract';
import { parsePackText, serializePack } from '../../core/pack/restorePack';
import type { PackFile } from '../../core/pack/schema';
import { writeFileAtomic } from './atomicWrite';

/** Reads a pack; refuses, naming the file, anything that is not a readable pack. Never writes. */
export async function readPackFile(path: string): Promise<OpenedPack> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BriefpackError('not-found', `${path}: no such file.`);
    if (code === 'EISDIR') throw new BriefpackError('invalid', `${path}: is a folder, not a pack.`);
    throw new BriefpackError('io', `${path}: cannot be read (${code ?? String(e)}).`);
  }
  const restored = parsePackText(text);
  if (!restored.ok) throw new BriefpackError('invalid', `${path}: ${restored.reason}`);
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
