import { open, rename, rm, copyFile, stat } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

/** Where writeFileAtomic keeps the previous version; path policies check it like the file. */
export const backupPathOf = (path: string): string => `${path}.bak`;

/**
 * Writes a file so that a crash at any moment leaves either the old file or the new one, never
 * half of either: write a temp file beside it, fsync, rename over, fsync the directory. With
 * `backup`, the previous version is kept as `<file>.bak` first.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: { backup?: boolean } = {}): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await rm(temp, { force: true });
    throw e;
  }
  await handle.close();
  try {
    if (options.backup && (await exists(path))) await copyFile(path, backupPathOf(path));
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  await syncDir(dir);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function syncDir(dir: string): Promise<void> {
  // Directory fsync makes the rename durable on Linux; Windows cannot open directories.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
