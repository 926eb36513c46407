import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { homedir } from 'node:os';
import { createHash } from 'node:crypto';

/** Where the application's own files live: assets/, templates/ and the built renderer. */
export interface AppPaths {
  root: string;
  assets: string;
  templates: string;
  library: string;
  examples: string;
  renderer: string;
}

/**
 * The app root is found from this module's location, so the same code works from the source
 * tree (tsx), from the electron-vite bundle in out/, and from a packaged app's resources.
 */
export function appPaths(root = findRoot()): AppPaths {
  return {
    root,
    assets: join(root, 'assets'),
    templates: join(root, 'templates'),
    library: join(root, 'assets', 'library', 'library.json'),
    examples: join(root, 'assets', 'examples'),
    renderer: join(root, 'out', 'renderer'),
  };
}

function findRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // electron/host/ in the source tree, out/main/ or out/cli/ when bundled: both two levels down.
  return resolve(here, '..', '..');
}

/** Per-user state: recent files, autosaves. BRIEFPACK_HOME overrides it (tests, portable use). */
export function stateDir(): string {
  if (process.env.BRIEFPACK_HOME) return resolve(process.env.BRIEFPACK_HOME);
  const base = process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
  return join(base, 'briefpack');
}

/**
 * Web mode's recent list and recovery copies, one folder per served folder: a browser session
 * confined to a folder must not learn which packs the desktop app or another folder's session
 * opened, nor get their unsaved work back.
 */
export function webStateDir(servedFolder: string, userState: string = stateDir()): string {
  const id = createHash('sha256').update(resolve(servedFolder)).digest('hex').slice(0, 16);
  return join(userState, 'web', id);
}

/**
 * The user's own library folder (imported sources): under the user's data folder, or
 * BRIEFPACK_HOME/library. `--library <folder>` and the app's settings may name any other.
 */
export function defaultUserLibraryDir(): string {
  if (process.env.BRIEFPACK_HOME) return join(resolve(process.env.BRIEFPACK_HOME), 'library');
  const base = process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share');
  return join(base, 'briefpack', 'library');
}
