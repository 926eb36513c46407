import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from './loadLibrary';

const built = join(import.meta.dirname, '..', '..', '..', 'assets', 'library', 'library.json');
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefpack-load-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadLibrary', () => {
  it('loads the built library', async () => {
    const lib = await loadLibrary(built);
    expect(lib.format).toBe('briefpack-library');
    expect(lib.excerpts.length).toBeGreaterThan(600);
  });

  it('names the file and the bad field', async () => {
    const lib = JSON.parse(await readFile(built, 'utf8'));
    lib.excerpts[3].locator.paragraph = 0;
    const path = join(dir, 'bad.json');
    await writeFile(path, JSON.stringify(lib));
    await expect(loadLibrary(path)).rejects.toThrow(/bad\.json is invalid: excerpts\[3\]\.locator\.paragraph: /);
  });

  it('reports invalid JSON and a missing file clearly', async () => {
    const path = join(dir, 'broken.json');
    await writeFile(path, '{"format": ');
    await expect(loadLibrary(path)).rejects.toThrow(/broken\.json is not valid JSON/);
    await expect(loadLibrary(join(dir, 'nope.json'))).rejects.toThrow(/Cannot read the library at .*nope\.json.*library build/);
  });
});
