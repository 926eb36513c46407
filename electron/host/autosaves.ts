import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BriefpackError, type OpenedPack, type Recoverable } from '../../core/api/contract';
import { parsePackText, serializePack } from '../../core/pack/restorePack';
import type { PackFile } from '../../core/pack/schema';
import { writeFileAtomic } from './atomicWrite';

const Meta = z.object({ path: z.string().nullable(), title: z.string(), savedAt: z.string() });

/**
 * Crash recovery. While a pack has unsaved changes the renderer sends it here every few
 * seconds; each slot is a pack file plus a small metadata file, both written atomically, so a
 * crash mid-autosave leaves the previous autosave whole. A clean save or close discards the
 * slot; whatever is left at the next start is offered back.
 */
export class Autosaves {
  constructor(private readonly dir: string) {}

  private packPath = (key: string) => join(this.dir, `${key}.briefpack`);
  private metaPath = (key: string) => join(this.dir, `${key}.json`);

  async save(key: string, path: string | null, file: PackFile, savedAt: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(this.packPath(key), serializePack(file));
    await writeFileAtomic(this.metaPath(key), JSON.stringify({ path, title: file.pack.cover.title, savedAt }) + '\n');
  }

  async list(): Promise<Recoverable[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    // Slots are found by their pack copy, the part that matters: a crash between writing it
    // and its metadata must still offer the work back.
    const out: Recoverable[] = [];
    for (const name of names.filter((n) => n.endsWith('.briefpack')).sort()) {
      const key = name.slice(0, -'.briefpack'.length);
      try {
        const meta = Meta.parse(JSON.parse(await readFile(this.metaPath(key), 'utf8')));
        out.push({ key, ...meta });
      } catch {
        out.push({ key, path: null, title: 'Recovered pack', savedAt: '' });
      }
    }
    return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async recover(key: string): Promise<OpenedPack & { originalPath: string | null }> {
    const meta = (await this.list()).find((r) => r.key === key);
    let text: string;
    try {
      text = await readFile(this.packPath(key), 'utf8');
    } catch {
      throw new BriefpackError('not-found', `No recovered pack "${key}".`);
    }
    const restored = parsePackText(text);
    if (!restored.ok) throw new BriefpackError('invalid', `The recovered pack cannot be read: ${restored.reason}`);
    return { path: this.packPath(key), file: restored.file, repairs: restored.repairs, confirmMarking: restored.confirmMarking, originalPath: meta?.path ?? null };
  }

  async discard(key: string): Promise<void> {
    await rm(this.packPath(key), { force: true });
    await rm(this.metaPath(key), { force: true });
  }
}
