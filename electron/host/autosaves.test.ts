import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Autosaves } from './autosaves';
import { packFile } from '../../core/pack/__fixtures__/packFile';
import { serializePack } from '../../core/pack/restorePack';

const FILE = packFile([{ type: 'paragraph', children: [{ type: 'text', text: 'Typed before the crash.' }] }], { cover: { title: 'Unsaved work' } });

describe('Autosaves', () => {
  it('offers a saved slot back with its title and original path, and forgets it when discarded', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-auto-'));
    const slots = new Autosaves(dir);
    await slots.save('slot-00000001', '/home/u/brief.briefpack', FILE, '2026-12-02T05:00:00.000Z');
    expect(await slots.list()).toEqual([{ key: 'slot-00000001', path: '/home/u/brief.briefpack', title: 'Unsaved work', savedAt: '2026-12-02T05:00:00.000Z' }]);
    const back = await slots.recover('slot-00000001');
    expect(back.file).toEqual(FILE);
    expect(back.originalPath).toBe('/home/u/brief.briefpack');
    await slots.discard('slot-00000001');
    expect(await slots.list()).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('still offers the pack when the crash came before its metadata was written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-auto-'));
    const slots = new Autosaves(dir);
    await slots.save('slot-00000002', null, FILE, '2026-12-02T05:00:00.000Z');
    await rm(join(dir, 'slot-00000002.json'));
    expect(await slots.list()).toEqual([{ key: 'slot-00000002', path: null, title: 'Recovered pack', savedAt: '' }]);
    expect((await slots.recover('slot-00000002')).file.pack.body).toEqual(FILE.pack.body);
  });

  it('offers only copies that differ from the file they were saved from, and removes the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-auto-'));
    const saved = join(dir, 'brief.briefpack');
    await writeFile(saved, serializePack(FILE));
    const slots = new Autosaves(join(dir, 'autosave'));
    await slots.save('slot-0000000a', saved, FILE, '2026-12-02T05:00:00.000Z');
    const changed = packFile([...FILE.pack.body, { type: 'paragraph', children: [{ type: 'text', text: 'More.' }] }], { cover: { title: 'Unsaved work' } });
    await slots.save('slot-0000000b', saved, changed, '2026-12-02T05:01:00.000Z');
    await slots.save('slot-0000000c', join(dir, 'gone.briefpack'), FILE, '2026-12-02T05:02:00.000Z');
    expect((await slots.list()).map((r) => r.key)).toEqual(['slot-0000000c', 'slot-0000000b']);
    expect((await readdir(join(dir, 'autosave'))).sort()).toEqual(['slot-0000000b.briefpack', 'slot-0000000b.json', 'slot-0000000c.briefpack', 'slot-0000000c.json']);
  });

  it('answers a slot that is no longer there in words, and a discard never passes a save in flight', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-auto-'));
    const slots = new Autosaves(dir);
    await expect(slots.recover('slot-0000000d')).rejects.toThrow('This unsaved work is no longer there: it was saved or discarded since the list was shown.');
    const saving = slots.save('slot-0000000e', null, FILE, '2026-12-02T05:00:00.000Z');
    await slots.discard('slot-0000000e');
    await saving;
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a damaged copy with a sentence, not a crash', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-auto-'));
    await writeFile(join(dir, 'slot-00000003.briefpack'), '{"format": "brief');
    await expect(new Autosaves(dir).recover('slot-00000003')).rejects.toThrow(/cannot be read: The file is not valid JSON/);
  });
});
