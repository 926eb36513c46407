import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import { BriefpackError, type OpenedPack, type Recoverable } from '../../core/api/contract';
import { parsePackBytes, serializePack } from '../../core/pack/restorePack';
import type { PackFile } from '../../core/pack/schema';
import { writeFileAtomic } from './atomicWrite';
import { decodeUtf8 } from './packFiles';

const Meta = z.object({ path: z.string().nullable(), title: z.string(), savedAt: z.string() });

/**
 * Crash recovery. While a pack has unsaved changes the renderer sends it here every few
 * seconds; each slot is a pack file plus a small metadata file, both written atomically, so a
 * crash mid-autosave leaves the previous autosave whole. A clean save or close discards the
 * slot; whatever is left at the next start, and differs from the file it was saved from, is
 * offered back.
 */
export class Autosaves {
  /** Each slot's operations run one after another, so a discard cannot pass a save in flight. */
  private readonly queues = new Map<string, Promise<unknown>>();
  constructor(private readonly dir: string) {}

  private packPath = (key: string) => join(this.dir, `${key}.briefpack`);
  private metaPath = (key: string) => join(this.dir, `${key}.json`);

  private inTurn<T>(key: string, job: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(key) ?? Promise.resolve()).then(job, job);
    this.queues.set(key, run.catch(() => undefined));
    return run;
  }

  save(key: string, path: string | null, file: PackFile, savedAt: string): Promise<void> {
    return this.inTurn(key, async () => {
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(this.packPath(key), serializePack(file));
      await writeFileAtomic(this.metaPath(key), JSON.stringify({ path, title: file.pack.cover.title, savedAt }) + '\n');
    });
  }

  /** The slots worth offering: a copy identical to the file it came from is stale and removed. */
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
      let entry: Recoverable;
      try {
        entry = { key, ...Meta.parse(JSON.parse(await readFile(this.metaPath(key), 'utf8'))) };
      } catch {
        entry = { key, path: null, title: 'Recovered pack', savedAt: '' };
      }
      if (await this.sameAsSaved(key, entry.path)) await this.discard(key);
      else out.push(entry);
    }
    return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** True when the slot holds exactly what its original file holds: nothing to recover. */
  private async sameAsSaved(key: string, path: string | null): Promise<boolean> {
    if (path === null) return false;
    const [copy, saved] = await Promise.all([readPack(this.packPath(key)), readPack(path)]);
    return copy !== null && saved !== null && copy === saved;
  }

  async recover(key: string): Promise<OpenedPack & { originalPath: string | null }> {
    const meta = (await this.list()).find((r) => r.key === key);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.packPath(key));
    } catch {
      throw new BriefpackError('not-found', 'This unsaved work is no longer there: it was saved or discarded since the list was shown.');
    }
    const restored = parsePackBytes(bytes, decodeUtf8);
    if (!restored.ok) throw new BriefpackError('invalid', `The recovered pack cannot be read: ${restored.reason}`);
    return { path: this.packPath(key), file: restored.file, repairs: restored.repairs, confirmMarking: restored.confirmMarking, originalPath: meta?.path ?? null };
  }

  discard(key: string): Promise<void> {
    return this.inTurn(key, async () => {
      await rm(this.packPath(key), { force: true });
      await rm(this.metaPath(key), { force: true });
    });
  }
}

/** A pack file as Briefpack would write it, or null if it cannot be read cleanly. */
async function readPack(path: string): Promise<string | null> {
  try {
    const restored = parsePackBytes(await readFile(path), decodeUtf8);
    return restored.ok && restored.repairs.length === 0 ? serializePack(restored.file) : null;
  } catch {
    return null;
  }
}
