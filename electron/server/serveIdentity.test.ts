import { chmod, mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newToken, ServeIdentities } from './serveIdentity';

describe('ServeIdentities', () => {
  it('keeps a folder’s port and token in a file only the user can read', async () => {
    const state = await mkdtemp(join(tmpdir(), 'bp-serve-'));
    const ids = new ServeIdentities(state);
    const identity = { folder: '/home/u/packs', port: 41234, token: newToken() };
    expect(await ids.load('/home/u/packs')).toBeNull();
    await ids.save(identity);
    expect(await ids.load('/home/u/packs')).toEqual(identity);
    expect(await ids.load('/home/u/other')).toBeNull();
    const [name] = await readdir(join(state, 'serve'));
    expect((await stat(join(state, 'serve', name!))).mode & 0o777).toBe(0o600);
    expect((await stat(join(state, 'serve'))).mode & 0o777).toBe(0o700);
  });

  it('does not trust a token others could have read', async () => {
    const state = await mkdtemp(join(tmpdir(), 'bp-serve-'));
    const ids = new ServeIdentities(state);
    await ids.save({ folder: '/p', port: 41235, token: newToken() });
    const [name] = await readdir(join(state, 'serve'));
    await chmod(join(state, 'serve', name!), 0o644);
    expect(await ids.load('/p')).toBeNull();
  });
});
