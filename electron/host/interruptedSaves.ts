import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMP_NAME } from './atomicWrite';

/** A save cannot take this long; a temp file older than this is a leftover whoever made it. */
const STALE_MS = 60 * 60 * 1000;

/**
 * Removes the temporary files that saves killed mid-way left in these folders (a crash, a
 * power cut, a killed process): those whose process is gone, or that are over an hour old.
 * A save under way in another window keeps its file. Run at start; returns what it removed.
 */
export async function removeInterruptedSaves(folders: Iterable<string>, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of new Set(folders)) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = TEMP_NAME.exec(name);
      if (!m) continue;
      const path = join(folder, name);
      const pid = Number(m[1]);
      const old = await stat(path).then((s) => now - s.mtimeMs > STALE_MS, () => false);
      if (pid === process.pid || (isRunning(pid) && !old)) continue;
      await rm(path, { force: true }).then(() => removed.push(path), () => undefined);
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
