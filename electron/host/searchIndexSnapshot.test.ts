import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../core/search/buildSearchIndex';
import { search } from '../../core/search/search';
import type { SearchQuery } from '../../core/search/types';
import { loadLibrary } from './library/loadLibrary';
import { SearchIndexSnapshot } from './searchIndexSnapshot';
import { LibraryService } from './libraryService';
import { saveUserSource } from './userLibrary/userLibraryFolder';
import { importText } from '../../core/userLibrary/importText';

// The CLI answers `library search` from a kept index of the bundled library. It must answer
// exactly as the index built from the library does, and never answer for another library.
const BUNDLED = join(import.meta.dirname, '../../assets/library/library.json');
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
const tempDir = async () => {
  const d = await mkdtemp(join(tmpdir(), 'bp-search-snapshot-'));
  dirs.push(d);
  return d;
};

const QUERIES: SearchQuery[] = [
  { text: 'Libya', limit: 50, withText: true },
  { text: 'partne', limit: 100 },
  { text: '"southern neighbourhood"', limit: 20 },
  { text: 'counterterrorism', limit: 20 },
  { text: 'migration', kind: 'recommendation', limit: 20 },
  { text: '', limit: 30 },
  { text: 'energy securty', limit: 20 },
];

describe('SearchIndexSnapshot', () => {
  it('reads back an index that answers every query as the built one does', async () => {
    const dir = await tempDir();
    const library = await loadLibrary(BUNDLED);
    const built = buildSearchIndex(library);
    const snapshot = new SearchIndexSnapshot(dir, BUNDLED);
    expect(snapshot.read(library)).toBeUndefined();
    snapshot.write(built, library);
    const kept = snapshot.read(library)!;
    expect(kept).toBeDefined();
    expect(kept.items[0]).toBe(library.excerpts[0]);
    expect(kept).toEqual(built);
    for (const q of QUERIES) expect(search(kept, q)).toEqual(search(built, q));
    expect((await readdir(dir)).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('keeps the bundled library as loadLibrary read it, and a LibraryService starts from it', async () => {
    const dir = await tempDir();
    const library = await loadLibrary(BUNDLED);
    const snapshot = new SearchIndexSnapshot(dir, BUNDLED);
    expect(snapshot.readLibrary()).toBeUndefined();
    snapshot.write(buildSearchIndex(library), library);
    expect(snapshot.readLibrary()).toEqual(library);
    const fresh = new SearchIndexSnapshot(dir, BUNDLED);
    const loaded = await new LibraryService(BUNDLED, undefined, fresh).get();
    expect(loaded.library).toEqual(library);
    // The index comes from the same file, for the kept library's own items.
    expect(loaded.searchIndex().items[0]).toBe(loaded.library.excerpts[0]);
    for (const q of QUERIES) expect(search(loaded.searchIndex(), q)).toEqual(search(buildSearchIndex(library), q));
  });

  it('is not used for a library file with other bytes, or items other than the library’s', async () => {
    const dir = await tempDir();
    const path = join(dir, 'library.json');
    await copyFile(BUNDLED, path);
    const library = await loadLibrary(path);
    const snapshot = new SearchIndexSnapshot(dir, path);
    snapshot.write(buildSearchIndex(library), library);
    expect(snapshot.read(library)).toBeDefined();
    // The same items in another order are another index.
    expect(snapshot.read({ ...library, excerpts: [...library.excerpts].reverse() })).toBeUndefined();
    // The library built again (here: one more space) names another file.
    await writeFile(path, `${await readFile(BUNDLED, 'utf8')} `);
    expect(snapshot.read(await loadLibrary(path))).toBeUndefined();
    expect(snapshot.readLibrary()).toBeUndefined();
  });

  it('answers nothing from a damaged file, and writes nowhere it cannot', async () => {
    const dir = await tempDir();
    const library = await loadLibrary(BUNDLED);
    const snapshot = new SearchIndexSnapshot(dir, BUNDLED);
    snapshot.write(buildSearchIndex(library), library);
    const [file] = (await readdir(dir)).filter((f) => f.endsWith('.v8'));
    // A term list that no longer matches its term tree (two terms swapped).
    const parts = deserialize(await readFile(join(dir, file!))) as { library: Uint8Array; index: Uint8Array };
    const kept = deserialize(parts.index) as { postings: { termText: string[] } };
    const { termText } = kept.postings;
    [termText[0], termText[termText.length - 1]] = [termText[termText.length - 1]!, termText[0]!];
    await writeFile(join(dir, file!), serialize({ ...parts, index: serialize(kept) }));
    expect(snapshot.read(library)).toBeUndefined();
    expect(snapshot.readLibrary()).toEqual(library);
    // A damaged part is refused on its own.
    await writeFile(join(dir, file!), serialize({ ...parts, library: Uint8Array.of(1, 2, 3) }));
    expect(snapshot.readLibrary()).toBeUndefined();
    expect(snapshot.read(library)).toBeDefined();
    await writeFile(join(dir, file!), 'not an index');
    expect(snapshot.read(library)).toBeUndefined();
    expect(snapshot.readLibrary()).toBeUndefined();
    // Its name taken by a folder: the write fails quietly and leaves no temporary file.
    await rm(join(dir, file!));
    await mkdir(join(dir, file!));
    snapshot.write(buildSearchIndex(library), library);
    expect((await readdir(dir)).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(snapshot.read(library)).toBeUndefined();
  });

  it('is left aside while the user has sources of their own, which the bundled index lacks', async () => {
    const dir = await tempDir();
    const userDir = await tempDir();
    const snapshot = new SearchIndexSnapshot(dir, BUNDLED);
    const bundled = await loadLibrary(BUNDLED);
    snapshot.write(buildSearchIndex(bundled), bundled);
    const mine = importText('# My paper\n\nThe zebra crossing review.\n', { fileName: 'mine.md', contentHash: 'a'.repeat(64) }, true);
    await saveUserSource(userDir, mine);
    const loaded = await new LibraryService(BUNDLED, userDir, snapshot).get();
    expect(search(loaded.searchIndex(), { text: 'zebra', limit: 5 }).total).toBe(1);
  });
});
