import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLibraryFiles, LIBRARY_FILE, SOURCES_DIR } from './buildLibraryFiles';
import { loadLibrary } from './loadLibrary';

const repo = join(import.meta.dirname, '..', '..', '..');
const roots: string[] = [];
async function tempRoot(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'briefpack-lib-'));
  roots.push(root);
  await cp(join(repo, SOURCES_DIR), join(root, SOURCES_DIR), { recursive: true });
  return root;
}
afterAll(async () => {
  for (const r of roots) await rm(r, { recursive: true, force: true });
});

describe('buildLibraryFiles', () => {
  it('writes assets/library/library.json atomically and identically on a rebuild', async () => {
    const root = await tempRoot();
    const first = await buildLibraryFiles(root);
    const bytes = await readFile(join(root, LIBRARY_FILE), 'utf8');
    await buildLibraryFiles(root);
    expect(await readFile(join(root, LIBRARY_FILE), 'utf8')).toBe(bytes);
    expect((await readdir(join(root, 'assets', 'library'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(first.report.unexplained).toBe(0);
    console.log(`buildLibraryFiles: pure build ${first.ms} ms`);
    expect(first.ms).toBeLessThan(20_000);
    const lib = await loadLibrary(join(root, LIBRARY_FILE));
    expect(lib.sources.map((s) => s.id)).toEqual(['gmf-2017', 'pism-2016', 'cepa-borsari', 'iai-dynamic-change', 'nato-south-2024']);
  });

  it('builds in memory without writing when asked', async () => {
    const root = await tempRoot();
    const { report } = await buildLibraryFiles(root, { write: false });
    expect(report.sources).toHaveLength(5);
    await expect(readdir(join(root, 'assets', 'library'))).rejects.toThrow();
  });

  it('refuses broken metadata with the file named', async () => {
    const root = await tempRoot();
    await rm(join(root, SOURCES_DIR, 'metadata.json'));
    await expect(buildLibraryFiles(root)).rejects.toThrow(/metadata\.json/);
  });

  it('matches the library checked into assets/library, rebuilt over it (its former IDs carried)', async () => {
    const root = await tempRoot();
    const committed = await readFile(join(repo, LIBRARY_FILE), 'utf8');
    await mkdir(join(root, 'assets', 'library'), { recursive: true });
    await writeFile(join(root, LIBRARY_FILE), committed);
    const { carried, retired } = await buildLibraryFiles(root);
    expect(await readFile(join(root, LIBRARY_FILE), 'utf8')).toBe(committed);
    expect([carried, retired]).toEqual([[], []]);
  });

  it('makes the same passages from the sources alone, without a library to carry IDs from', async () => {
    const root = await tempRoot();
    await buildLibraryFiles(root);
    const withoutFormer = (text: string) => text.replace(/\n\s*"formerIds": \[[^\]]*\],/g, '');
    expect(await readFile(join(root, LIBRARY_FILE), 'utf8')).toBe(withoutFormer(await readFile(join(repo, LIBRARY_FILE), 'utf8')));
  });

  it('refuses to replace a library file it cannot read, which would lose the IDs it hands on', async () => {
    const root = await tempRoot();
    await mkdir(join(root, 'assets', 'library'), { recursive: true });
    await writeFile(join(root, LIBRARY_FILE), '{"format": "not a library"}');
    await expect(buildLibraryFiles(root)).rejects.toThrow(/is not a library Briefpack can read.*move it aside/);
    expect(await readFile(join(root, LIBRARY_FILE), 'utf8')).toBe('{"format": "not a library"}');
  });
});
