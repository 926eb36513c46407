import * as fsp from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, readFile, lstat, symlink, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type WriteOps } from './atomicWrite';
import { removeInterruptedSaves } from './interruptedSaves';
import { writePackFile } from './packFiles';
import { packFile } from '../../core/pack/__fixtures__/packFile';
import { serializePack } from '../../core/pack/restorePack';

const REAL: WriteOps = { open: fsp.open, copyFile: fsp.copyFile, rename: fsp.rename, rm: fsp.rm, lstat: fsp.lstat };
const fail = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

async function folderWithSaves(): Promise<{ dir: string; path: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'bp-atomic-'));
  const path = join(dir, 'brief.briefpack');
  await writeFileAtomic(path, 'version 1\n', { backup: true });
  await writeFileAtomic(path, 'version 2\n', { backup: true });
  return { dir, path };
}

describe('writeFileAtomic', () => {
  it('keeps the previous version as .bak and leaves no temporary file', async () => {
    const { dir, path } = await folderWithSaves();
    expect(await readFile(path, 'utf8')).toBe('version 2\n');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('version 1\n');
    expect((await readdir(dir)).sort()).toEqual(['brief.briefpack', 'brief.briefpack.bak']);
  });

  it('replaces a symlinked .bak instead of writing through it', async () => {
    const { dir, path } = await folderWithSaves();
    const outside = await mkdtemp(join(tmpdir(), 'bp-outside-'));
    await writeFile(join(outside, 'precious.txt'), 'not yours\n');
    await fsp.rm(`${path}.bak`);
    await symlink(join(outside, 'precious.txt'), `${path}.bak`);
    await writeFileAtomic(path, 'version 3\n', { backup: true });
    expect(await readFile(join(outside, 'precious.txt'), 'utf8')).toBe('not yours\n');
    expect((await lstat(`${path}.bak`)).isSymbolicLink()).toBe(false);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('version 2\n');
    expect((await readdir(dir)).sort()).toEqual(['brief.briefpack', 'brief.briefpack.bak']);
  });

  // Each step of a save failing as a full disk or a read-only folder would make it fail.
  const steps: [string, (ops: WriteOps, code: string) => WriteOps][] = [
    ['creating the temp file', (ops, code) => ({ ...ops, open: async (p, flags, mode) => { if (flags === 'wx') throw fail(code); return ops.open(p, flags, mode); } })],
    [
      'writing the temp file',
      (ops, code) => ({
        ...ops,
        open: async (p, flags, mode) => {
          const h = await ops.open(p, flags, mode);
          if (flags !== 'wx') return h;
          return new Proxy(h, { get: (t, k) => (k === 'writeFile' ? async () => { await t.writeFile('half a pa'); throw fail(code); } : (Reflect.get(t, k) as unknown as { bind?: (o: unknown) => unknown })?.bind?.(t) ?? Reflect.get(t, k)) });
        },
      }),
    ],
    ['copying the backup', (ops, code) => ({ ...ops, copyFile: async () => { throw fail(code); } })],
    ['renaming the new file', (ops, code) => ({ ...ops, rename: async (a, b) => { if (!String(b).endsWith('.bak')) throw fail(code); return ops.rename(a, b); } })],
  ];
  const causes: [string, RegExp][] = [
    ['ENOSPC', /not saved: the disk is full\. The file and its backup are as they were/],
    ['EROFS', /not saved: the folder is read-only\. The file and its backup are as they were/],
  ];
  for (const [code, message] of causes) {
    it.each(steps)(`${code} while %s: a clear message, the file and its .bak intact, no temp file`, async (_step, inject) => {
      const { dir, path } = await folderWithSaves();
      const next = packFile([], { cover: { title: 'Version 3' } });
      const error = await writePackFile(path, next, inject(REAL, code)).then(() => null, (e: Error) => e);
      expect(error?.message).toMatch(message);
      expect(error?.message.startsWith(`${path}: `)).toBe(true);
      expect(await readFile(path, 'utf8')).toBe('version 2\n');
      expect(await readFile(`${path}.bak`, 'utf8')).toBe('version 1\n');
      expect((await readdir(dir)).sort()).toEqual(['brief.briefpack', 'brief.briefpack.bak']);
    });
  }

  it('a backup that cannot be renamed after the save keeps the previous backup whole and no temp file', async () => {
    const { dir, path } = await folderWithSaves();
    const ops: WriteOps = { ...REAL, rename: async (a, b) => { if (String(b).endsWith('.bak')) throw fail('EIO'); return REAL.rename(a, b); } };
    await writeFileAtomic(path, 'version 3\n', { backup: true, ops });
    expect(await readFile(path, 'utf8')).toBe('version 3\n');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('version 1\n');
    expect((await readdir(dir)).sort()).toEqual(['brief.briefpack', 'brief.briefpack.bak']);
  });
});

describe('removeInterruptedSaves', () => {
  it('removes temp files of dead processes and stale ones, and keeps a save under way', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-interrupted-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const names = {
      dead: `.brief.briefpack.${dead}.a1b2c3.tmp`,
      deadBak: `.brief.briefpack.bak.${dead}.a1b2c4.tmp`,
      live: `.brief.briefpack.${process.ppid}.a1b2c5.tmp`,
      stale: `.brief.briefpack.${process.ppid}.a1b2c6.tmp`,
      other: 'notes.tmp',
      pack: 'brief.briefpack',
    };
    for (const n of Object.values(names)) await writeFile(join(dir, n), 'x');
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await fsp.utimes(join(dir, names.stale), hourAgo, hourAgo);
    const removed = await removeInterruptedSaves([dir, join(dir, 'no-such-folder')]);
    expect(removed.sort()).toEqual([names.dead, names.deadBak, names.stale].map((n) => join(dir, n)).sort());
    expect((await readdir(dir)).sort()).toEqual([names.live, names.other, names.pack].sort());
  });
});

// The real thing where this machine allows it: a 1 MB tmpfs and a read-only bind mount in a
// private mount namespace (`unshare -rm`), no root needed on the host.
const canMount = spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /mnt'], { stdio: 'ignore' }).status === 0;
describe.skipIf(!canMount)('on a real full disk and a real read-only folder (unshare -rm)', () => {
  it('says so, and leaves the file and its .bak intact', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-mount-'));
    await mkdir(join(dir, 'mnt'));
    const script = join(import.meta.dirname, '..', '..', 'tests', 'support', 'saveIntoMount.ts');
    const big = serializePack(packFile([{ type: 'paragraph', children: [{ type: 'text', text: 'x'.repeat(400_000) }] }]));
    await writeFile(join(dir, 'big.briefpack'), big);
    const run = spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=256k tmpfs "${dir}/mnt" && "${process.execPath}" "${join(import.meta.dirname, '..', '..', 'bin', 'run-ts.mjs')}" "${script}" "${dir}/mnt" "${dir}/big.briefpack"`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Record<string, string>;
    expect(report.full).toMatch(/not saved: the disk is full\. The file and its backup are as they were/);
    expect(report.readOnly).toMatch(/not saved: the folder is read-only\. The file and its backup are as they were/);
    expect(report.after).toBe('version 2\n|version 1\n|brief.briefpack,brief.briefpack.bak');
    expect(report.afterReadOnly).toBe(report.after);
  });
});
