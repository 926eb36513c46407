import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { BriefpackError } from '../../core/api/contract';

/**
 * Which paths a front door may touch. Electron trusts the user's own dialogs (no roots); web
 * mode is reachable from a browser, so it confines reads and writes to the folders it serves.
 */
export interface PathPolicy {
  readable(path: string): Promise<string>;
  writable(path: string): Promise<string>;
}

export const unconfined: PathPolicy = {
  readable: async (p) => absolute(p),
  writable: async (p) => absolute(p),
};

export function confinedTo(writeRoots: string[], readOnlyRoots: string[]): PathPolicy {
  const check = async (path: string, roots: string[], what: string) => {
    const abs = absolute(path);
    // Resolve symlinks in the folder part so a link cannot lead outside the roots.
    const real = await realOrParent(abs);
    const realRoots = await Promise.all(roots.map((r) => realOrParent(resolve(r))));
    if (!realRoots.some((root) => within(root, real))) {
      throw new BriefpackError('refused', `${path}: outside the folders this session may ${what}.`);
    }
    return abs;
  };
  return {
    readable: (p) => check(p, [...writeRoots, ...readOnlyRoots], 'read'),
    writable: (p) => check(p, writeRoots, 'write'),
  };
}

function absolute(path: string): string {
  if (!isAbsolute(path)) throw new BriefpackError('invalid', `${path}: a full path is needed.`);
  return resolve(path);
}

async function realOrParent(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    if (parent === path) return path;
    return resolve(await realOrParent(parent), relative(parent, path));
  }
}

function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && !rel.startsWith(sep));
}
