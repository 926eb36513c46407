import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface WebMode {
  url: string;
  origin: string;
  token: string;
  /** The workspace folder the server confines packs to. */
  dir: string;
  process: ChildProcess;
}

/**
 * Starts `briefpack serve` on a random port with a fresh workspace and user state, or, given
 * `dir`, with that workspace and its user state (`<dir>/.state`), as after a restart. With
 * `keepPort`, no --port is given: the server takes the folder's saved port and token, as a user
 * restarting it would; `newToken` rotates the token.
 */
export async function startWebMode(options: { dir?: string; keepPort?: boolean; newToken?: boolean } = {}): Promise<WebMode> {
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'bp-e2e-')));
  const args = ['serve', ...(options.keepPort ? [] : ['--port', '0']), '--dir', dir, ...(options.newToken ? ['--new-token'] : [])];
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'briefpack.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, BRIEFPACK_HOME: join(dir, '.state') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`briefpack serve did not start: ${stderr}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(/Briefpack web mode: (\S+)/);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`briefpack serve exited with ${code}: ${stderr}`)));
  });
  const parsed = new URL(url);
  return { url, origin: parsed.origin, token: parsed.searchParams.get('token')!, dir, process: child };
}

/** A test with its own web-mode server (one per worker). */
export const test = base.extend<object, { web: WebMode }>({
  web: [
    // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const web = await startWebMode();
      await use(web);
      web.process.kill();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
