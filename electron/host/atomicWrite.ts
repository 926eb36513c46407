import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The file operations a save uses; tests replace one to inject a full disk or a read-only folder. */
export interface WriteOps {
  open: typeof fsp.open;
  copyFile: typeof fsp.copyFile;
  rename: typeof fsp.rename;
  rm: typeof fsp.rm;
  lstat: typeof fsp.lstat;
}
const REAL_OPS: WriteOps = { open: fsp.open, copyFile: fsp.copyFile, rename: fsp.rename, rm: fsp.rm, lstat: fsp.lstat };

/**
 * The temporary file of a save in progress: hidden, beside its target (a rename is atomic only
 * within one file system), named after the target and the saving process, so the next start
 * can tell an interrupted save's leftovers (removeInterruptedSaves) from a save under way.
 */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}
/** Where writeFileAtomic keeps the previous version; path policies check it like the file. */
export const backupPathOf = (path: string): string => `${path}.bak`;

export const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/;

/**
 * Writes a file so that a crash at any moment leaves either the old file or the new one, never
 * half of either: write a temp file beside it, fsync, rename over, fsync the folder. With
 * `backup`, the previous version is first kept as `<file>.bak` the same way: copied to a temp
 * file, fsynced, renamed, so a crash never leaves a torn backup either. A rename replaces a
 * symlink at `<file>.bak` instead of writing through it, and temp files are created exclusively
 * (O_EXCL), so no link planted in the folder can send the write elsewhere. On failure nothing
 * of this save is left behind and the file and its backup are as they were.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { backup?: boolean; ops?: WriteOps; /** Permissions of a new file; 0o600 for secrets. */ mode?: number } = {},
): Promise<void> {
  const ops = options.ops ?? REAL_OPS;
  const dir = dirname(path);
  const temps: string[] = [];
  const removeTemps = () => Promise.all(temps.map((t) => ops.rm(t, { force: true }).catch(() => undefined)));
  let bakTemp: string | null = null;
  try {
    const temp = tempPathFor(path);
    temps.push(temp);
    await writeSynced(ops, temp, data, options.mode ?? 0o644);
    if (options.backup && (await isFile(ops, path))) {
      bakTemp = tempPathFor(backupPathOf(path));
      temps.push(bakTemp);
      await ops.copyFile(path, bakTemp, constants.COPYFILE_EXCL);
      await syncFile(ops, bakTemp);
    }
    // The new file goes in first: until this rename nothing the user has is touched, so any
    // failure up to here leaves the file and its backup exactly as they were.
    await ops.rename(temp, path);
  } catch (e) {
    await removeTemps();
    throw e;
  }
  if (bakTemp) {
    // The save has happened. Should the backup's rename fail, the previous backup stays whole
    // (older by one save) and the copy is removed: the save is not undone for its sake.
    await ops.rename(bakTemp, backupPathOf(path)).catch(removeTemps);
  }
  await syncDir(ops, dir);
}

async function writeSynced(ops: WriteOps, path: string, data: string | Uint8Array, mode: number): Promise<void> {
  const handle = await ops.open(path, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFile(ops: WriteOps, path: string): Promise<void> {
  const handle = await ops.open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function isFile(ops: WriteOps, path: string): Promise<boolean> {
  try {
    return (await ops.lstat(path)).isFile() || (await fsp.stat(path)).isFile();
  } catch {
    return false;
  }
}

async function syncDir(ops: WriteOps, dir: string): Promise<void> {
  // Directory fsync makes the renames durable on Linux; Windows cannot open directories.
  if (process.platform === 'win32') return;
  const handle = await ops.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
