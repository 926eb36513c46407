import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/userLibrary/importText';
import { serializeUserSource } from '../../../core/userLibrary/serializeUserSource';
import { appPaths } from '../appPaths';
import { LibraryService } from '../libraryService';
import { readUserLibrary, saveUserSource } from './userLibraryFolder';

const hash = (n: number) => n.toString(16).padEnd(64, '0');
const source = (n: number, text: string) => importText(`# Paper ${n}\n\n${text}\n`, { fileName: `paper-${n}.md`, contentHash: hash(n) }, true);

describe('a user library folder', () => {
  it('takes sources from two people at once without either overwriting the other', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-folder-'));
    const mine = Array.from({ length: 10 }, (_, i) => source(i + 1, `Paragraph ${i + 1} of a paper.`));
    // Two "users" write concurrently: every write is its own file, written by rename.
    await Promise.all([...mine.slice(0, 5).map((f) => saveUserSource(dir, f)), ...mine.slice(5).map((f) => saveUserSource(dir, f))]);
    const read = await readUserLibrary(dir);
    expect(read.problems).toEqual([]);
    expect(read.sources.map((s) => s.source.id).sort()).toEqual(mine.map((f) => f.source.id).sort());
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes the same bytes when the same file is imported again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-folder-'));
    const path = await saveUserSource(dir, source(1, 'Same text.'));
    const first = await readFile(path, 'utf8');
    await saveUserSource(dir, source(1, 'Same text.'));
    expect(await readFile(path, 'utf8')).toBe(first);
    expect(first).toBe(serializeUserSource(source(1, 'Same text.')));
  });

  it('leaves out a damaged file, names it and the field, and still loads the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-folder-'));
    await saveUserSource(dir, source(1, 'Good.'));
    const bad = source(2, 'Bad.');
    await writeFile(join(dir, `${bad.source.id}.json`), JSON.stringify({ ...bad, excerpts: [{ ...bad.excerpts[0], locator: { section: [], paragraph: 0 } }] }));
    await writeFile(join(dir, 'my-300000000000.json'), '{ broken');
    const read = await readUserLibrary(dir);
    expect(read.sources.map((s) => s.source.title)).toEqual(['Paper 1']);
    expect(read.problems).toHaveLength(2);
    expect(read.problems[1]).toMatch(/my-300000000000\.json is not valid JSON/);
    expect(read.problems[0]).toMatch(new RegExp(`${bad.source.id}\\.json is not a Briefpack source file: excerpts\\[0\\]\\.locator\\.paragraph: .*left out`));
  });

  it('is merged with the bundled library for search and lookup', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-folder-'));
    const mine = source(7, 'Interoperability of the Baltic air policing rota is a distinctive phrase.');
    await saveUserSource(dir, mine);
    const service = new LibraryService(appPaths().library, dir);
    const lib = await service.get();
    expect(lib.library.sources.at(-1)?.id).toBe(mine.source.id);
    expect(lib.library.sources.length).toBeGreaterThan(5);
    expect(lib.index.items.get(mine.excerpts[0]!.id)).toEqual(mine.excerpts[0]);
    expect(lib.index.csl.get(mine.source.id)?.title).toBe('Paper 7');
  });
});

describe('the "My sources / Bundled" facet', () => {
  it('counts and filters imported sources apart from the bundled ones', async () => {
    const { search } = await import('../../../core/search/search');
    const dir = await mkdtemp(join(tmpdir(), 'bp-folder-'));
    const mine = source(8, 'NATO partners in the southern neighbourhood, as our own paper sees them.');
    await saveUserSource(dir, mine);
    const lib = await new LibraryService(appPaths().library, dir).get();
    const all = search(lib.searchIndex(), { text: 'NATO southern neighbourhood', limit: 200 });
    expect(all.facets.origin.map((f) => f.label).sort()).toEqual(['Bundled', 'My sources']);
    expect(all.facets.origin.find((f) => f.value === 'mine')?.count).toBe(1);
    const onlyMine = search(lib.searchIndex(), { text: 'NATO southern neighbourhood', origin: 'mine' });
    expect(onlyMine.hits.map((h) => h.id)).toEqual([mine.excerpts[0]!.id]);
    const bundled = search(lib.searchIndex(), { text: 'NATO southern neighbourhood', origin: 'bundled', limit: 200 });
    expect(bundled.total).toBe(all.total - 1);
  });
});
