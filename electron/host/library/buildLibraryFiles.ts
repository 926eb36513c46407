import { access, readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildLibrary } from '../../../core/library-build/buildLibrary';
import { carryFormerIds, type CarriedId } from '../../../core/library-build/carryFormerIds';
import type { Library } from '../../../core/library/types';
import { loadLibrary } from './loadLibrary';
import type { LibraryReport } from '../../../core/library-build/report';
import { LibraryMetadata } from '../../../core/library-build/metadata';
import { serializeLibrary } from '../../../core/library-build/serializeLibrary';
import { writeFileAtomic } from '../atomicWrite';

export const SOURCES_DIR = join('assets', 'sources');
export const LIBRARY_FILE = join('assets', 'library', 'library.json');

/** Reads assets/sources/metadata.json and the seed texts it names. */
export async function readLibraryInputs(rootDir: string): Promise<{ metadata: LibraryMetadata; inputs: { file: string; text: string }[] }> {
  const dir = join(rootDir, SOURCES_DIR);
  const metaPath = join(dir, 'metadata.json');
  let metaJson: unknown;
  try {
    metaJson = JSON.parse(await readFile(metaPath, 'utf8'));
  } catch (e) {
    throw new Error(`Cannot read source metadata ${metaPath}: ${(e as Error).message}`, { cause: e });
  }
  const parsed = LibraryMetadata.safeParse(metaJson);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Source metadata ${metaPath} is invalid: ${first ? `${first.path.join('.')}: ${first.message}` : 'unknown error'}`);
  }
  const inputs = await Promise.all(
    parsed.data.sources.map(async (s: { file: string }) => ({ file: s.file, text: await readFile(join(dir, s.file), 'utf8') })),
  );
  return { metadata: parsed.data, inputs };
}

/**
 * `briefpack library build`: builds assets/library/library.json from assets/sources/ and writes
 * it atomically (temp file + rename), so a reader never sees half a library. The library it
 * replaces hands on its item IDs (carryFormerIds): a pack citing a passage whose text the build
 * corrected still finds it. `ms` is the time the pure build took. `write: false` builds in
 * memory only (`briefpack library report`), carrying no IDs.
 */
export async function buildLibraryFiles(rootDir: string, options: { write?: boolean } = {}): Promise<{ report: LibraryReport; ms: number; carried: CarriedId[]; retired: string[] }> {
  const { metadata, inputs } = await readLibraryInputs(rootDir);
  const t0 = performance.now();
  const { library: built, report } = buildLibrary(inputs, metadata);
  const ms = Math.round(performance.now() - t0);
  if (options.write === false) return { report, ms, carried: [], retired: [] };
  const out = join(rootDir, LIBRARY_FILE);
  const previous = await readPreviousLibrary(out);
  const { library, carried, retired } = previous ? carryFormerIds(previous, built) : { library: built, carried: [], retired: [] };
  await mkdir(join(rootDir, 'assets', 'library'), { recursive: true });
  await writeFileAtomic(out, serializeLibrary(library));
  return { report, ms, carried, retired };
}

/**
 * The library file about to be replaced, or undefined when there is none. One that cannot be
 * read as a library is an error: replacing it would lose the IDs it hands on.
 */
async function readPreviousLibrary(path: string): Promise<Library | undefined> {
  try {
    await access(path);
  } catch {
    return undefined;
  }
  try {
    return await loadLibrary(path);
  } catch (e) {
    throw new Error(`${path} is not a library Briefpack can read (${(e as Error).message}), so the IDs of its passages cannot be carried over; move it aside and build again.`, { cause: e });
  }
}
