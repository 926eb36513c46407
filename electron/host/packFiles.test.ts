import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packFile } from '../../core/pack/__fixtures__/packFile';
import { serializePack } from '../../core/pack/restorePack';
import { readPackFile } from './packFiles';

describe('readPackFile limits', () => {
  it('refuses a file over 32 MB before reading it, in a sentence', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'bp-limits-')), 'huge.briefpack');
    await writeFile(file, '');
    await truncate(file, 50 * 1024 * 1024); // sparse: the size is what is checked
    await expect(readPackFile(file)).rejects.toThrow(`${file}: This pack file is 50.0 MB; Briefpack opens pack files up to 32.0 MB.`);
  });

  it('refuses a pack holding more than 5 MB of text, in a sentence', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'bp-limits-')), 'wordy.briefpack');
    const text = 'x'.repeat(1_000_000);
    await writeFile(file, serializePack(packFile(Array.from({ length: 6 }, () => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] })))));
    await expect(readPackFile(file)).rejects.toThrow(/wordy\.briefpack: This pack holds 6\.0 MB of text; Briefpack opens packs with up to 5 MB of text\.$/);
  });
});
