import { mkdir, mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { packFile } from '../../core/pack/__fixtures__/packFile';
import { serializePack } from '../../core/pack/restorePack';
import { appPaths } from './appPaths';
import { createHost } from './createHost';
import { confinedTo } from './pathPolicy';

const PACK = packFile([{ type: 'paragraph', children: [{ type: 'text', text: 'Inside.' }] }], { cover: { title: 'Inside' } });
const SECRET = 'the file outside the served folder\n';

let base: string;
let dir: string;
let outside: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'bp-policy-'));
  dir = join(base, 'served');
  outside = join(base, 'outside');
  await mkdir(dir);
  await mkdir(outside);
  await writeFile(join(outside, 'secret.txt'), SECRET);
});

const webHost = (stateDir = join(base, 'state', 'web')) =>
  createHost({ mode: 'web', paths: appPaths(), stateDir, workspaceDir: dir, policy: confinedTo([dir], []) });

describe('confinedTo', () => {
  it('refuses a path whose folder part climbs out, or is a link out', async () => {
    const policy = confinedTo([dir], []);
    await expect(policy.writable(join(dir, '..', 'outside', 'x.briefpack'))).rejects.toThrow(/outside the folders this session may write/);
    await symlink(outside, join(dir, 'door'));
    await expect(policy.writable(join(dir, 'door', 'x.briefpack'))).rejects.toThrow(/outside the folders/);
    await expect(policy.readable(join(dir, 'door', 'secret.txt'))).rejects.toThrow(/outside the folders this session may read/);
  });

  it('refuses a target that is a link out, whether or not the file it names exists yet', async () => {
    const policy = confinedTo([dir], []);
    await symlink(join(outside, 'secret.txt'), join(dir, 'live.briefpack'));
    await symlink(join(outside, 'not-yet.txt'), join(dir, 'dangling.briefpack'));
    await expect(policy.writable(join(dir, 'live.briefpack'))).rejects.toThrow(/outside the folders/);
    await expect(policy.writable(join(dir, 'dangling.briefpack'))).rejects.toThrow(/outside the folders/);
  });

  it('gives back the real path inside the roots, links inside followed', async () => {
    const policy = confinedTo([dir], []);
    await mkdir(join(dir, 'real'));
    await symlink(join(dir, 'real'), join(dir, 'alias'));
    expect(await policy.writable(join(dir, 'alias', 'new.briefpack'))).toBe(join(dir, 'real', 'new.briefpack'));
  });

  it('refuses a loop of links in words', async () => {
    await symlink(join(dir, 'b'), join(dir, 'a'));
    await symlink(join(dir, 'a'), join(dir, 'b'));
    await expect(confinedTo([dir], []).writable(join(dir, 'a'))).rejects.toThrow(/too many symbolic links|outside/);
  });
});

describe('web mode host', () => {
  it('refuses a save whose .bak is a link out, and leaves the file outside unchanged', async () => {
    const host = webHost();
    const target = join(dir, 'in.briefpack');
    await writeFile(target, serializePack(PACK));
    await symlink(join('..', 'outside', 'secret.txt'), join(dir, 'in.briefpack.bak'));
    await expect(host.savePack({ path: target, file: PACK })).rejects.toThrow(/in\.briefpack\.bak: outside the folders/);
    expect(await readFile(join(outside, 'secret.txt'), 'utf8')).toBe(SECRET);
    // A dangling link is refused the same way: copying to it would create the file outside.
    await symlink(join(outside, 'new.txt'), join(dir, 'other.briefpack.bak'));
    await writeFile(join(dir, 'other.briefpack'), serializePack(PACK));
    await expect(host.savePack({ path: join(dir, 'other.briefpack'), file: PACK })).rejects.toThrow(/outside the folders/);
    expect(await readdir(outside)).toEqual(['secret.txt']);
  });

  it('lists only recent packs inside the served folder, and recovers only their unsaved work', async () => {
    const state = join(base, 'state');
    const host = webHost(state);
    await writeFile(join(dir, 'mine.briefpack'), serializePack(PACK));
    await host.openPack({ path: join(dir, 'mine.briefpack') });
    // Unsaved work: different from the file (a copy equal to it is nothing to recover).
    const edited = { ...PACK, pack: { ...PACK.pack, cover: { ...PACK.pack.cover, title: 'Inside, edited' } } };
    await host.autosave({ key: 'slot-inside-1', path: join(dir, 'mine.briefpack'), file: edited });
    // Entries another front door left in the same state folder: a desktop pack outside.
    const recent = JSON.parse(await readFile(join(state, 'recent.json'), 'utf8')) as unknown[];
    await writeFile(join(state, 'recent.json'), JSON.stringify([{ path: join(outside, 'desk.briefpack'), title: 'Desktop pack', openedAt: '2026-01-01T00:00:00.000Z' }, ...recent]));
    await writeFile(join(state, 'autosave', 'slot-outside-1.briefpack'), serializePack(PACK));
    await writeFile(join(state, 'autosave', 'slot-outside-1.json'), JSON.stringify({ path: join(outside, 'desk.briefpack'), title: 'Desktop pack', savedAt: '2026-01-01T00:00:00.000Z' }));

    expect((await host.listRecent({})).map((r) => r.path)).toEqual([join(dir, 'mine.briefpack')]);
    expect((await host.listRecoverable({})).map((r) => r.key)).toEqual(['slot-inside-1']);
    await expect(host.recoverPack({ key: 'slot-outside-1' })).rejects.toThrow(/No recovered pack/);
    await expect(host.autosave({ key: 'slot-outside-2', path: join(outside, 'desk.briefpack'), file: PACK })).rejects.toThrow(/outside the folders/);
  });
});
