import { lstat, readlink, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { BriefpackError } from '../../core/api/contract';

/**
 * Which paths a front door may touch. Electron and the CLI trust the user's own dialogs and
 * arguments (no roots); web mode is reachable from a browser, so it confines every read and
 * write to the folders it serves. A confined path is checked after every symbolic link in it
 * is followed, the last part included and even when that link points at nothing yet, and the
 * resolved path is what the caller then uses: a link cannot lead a write outside the roots.
 */
export interface PathPolicy {
  /** The path to read `path` through, or a refusal naming it. */
  readable(path: string): Promise<string>;
  /** The path to write `path` through, or a refusal naming it. */
  writable(path: string): Promise<string>;
  /** True when the policy has roots (web mode): lists from the user's state are filtered by it. */
  readonly confined: boolean;
}

export const unconfined: PathPolicy = {
  readable: async (p) => absolute(p),
  writable: async (p) => absolute(p),
  confined: false,
};

export function confinedTo(writeRoots: string[], readOnlyRoots: string[]): PathPolicy {
  const check = async (path: string, roots: string[], what: string) => {
    const real = await resolveLinks(absolute(path), 0);
    const realRoots = await Promise.all(roots.map((r) => resolveLinks(resolve(r), 0)));
    if (!realRoots.some((root) => within(root, real))) {
      throw new BriefpackError('refused', `${path}: outside the folders this session may ${what}.`);
    }
    return real;
  };
  return {
    readable: (p) => check(p, [...writeRoots, ...readOnlyRoots], 'read'),
    writable: (p) => check(p, writeRoots, 'write'),
    confined: true,
  };
}

/** True when `policy` lets `path` be read: for filtering the recent list and recovery copies. */
export async function mayRead(policy: PathPolicy, path: string): Promise<boolean> {
  return policy.readable(path).then(
    () => true,
    () => false,
  );
}

function absolute(path: string): string {
  if (!isAbsolute(path)) throw new BriefpackError('invalid', `${path}: a full path is needed.`);
  return resolve(path);
}

/** Links followed before giving up, as the kernel's own limit (ELOOP). */
const MAX_LINKS = 40;

/**
 * The real path `path` leads to. realpath() covers existing files; a path that does not exist
 * yet is its real parent plus its name, except that a dangling link is followed by hand, since
 * writing "to" it (copyFile, open) creates the file where it points.
 */
async function resolveLinks(path: string, depth: number): Promise<string> {
  if (depth > MAX_LINKS) throw new BriefpackError('refused', `${path}: too many symbolic links.`);
  try {
    return await realpath(path);
  } catch {
    // Missing, or a link to something missing: handled below.
  }
  const link = await lstat(path).then(
    (s) => s.isSymbolicLink(),
    () => false,
  );
  if (link) return resolveLinks(resolve(dirname(path), await readlink(path)), depth + 1);
  const parent = dirname(path);
  if (parent === path) return path;
  return join(await resolveLinks(parent, depth + 1), basename(path));
}

function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
