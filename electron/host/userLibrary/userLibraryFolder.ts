import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseUserSourceFile, userSourceFileName, type UserSourceFile } from '../../../core/library/userSourceFile';
import { serializeUserSource } from '../../../core/userLibrary/serializeUserSource';
import { writeFileAtomic } from '../atomicWrite';

export interface UserLibraryContents {
  sources: UserSourceFile[];
  /** Files of the folder that could not be read, each as a sentence naming it; the rest still load. */
  problems: string[];
}

/** Source files are named after their ID ("my-<hash>.json"); anything else in the folder is not ours. */
const SOURCE_FILE = /^my-[a-z0-9-]+\.json$/;

/**
 * A user library folder: one JSON file per source, no index. Two people adding sources to a shared
 * folder (a network drive, a git checkout) write different files, so neither overwrites the
 * other; the same file imported twice is the same source and the same bytes.
 */
export async function readUserLibrary(dir: string): Promise<UserLibraryContents> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => SOURCE_FILE.test(n)).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { sources: [], problems: [] };
    throw new Error(`Cannot read the library folder ${dir}: ${(e as Error).message}`, { cause: e });
  }
  const sources: UserSourceFile[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const parsed = parseUserSourceFile(await readFile(join(dir, name), 'utf8'), join(dir, name));
    if (!parsed.ok) problems.push(`${parsed.message} It was left out of the library.`);
    else if (`${parsed.file.source.id}.json` !== name) problems.push(`${join(dir, name)} holds source ${parsed.file.source.id}, not the one its name says; it was left out.`);
    else sources.push(parsed.file);
  }
  sources.sort((a, b) => a.source.title.localeCompare(b.source.title) || a.source.id.localeCompare(b.source.id));
  return { sources, problems };
}

/** Writes one source atomically (temp file, fsync, rename): a crash leaves the old file or the new one. */
export async function saveUserSource(dir: string, file: UserSourceFile): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, userSourceFileName(file.source.id));
  await writeFileAtomic(path, serializeUserSource(file));
  return path;
}
