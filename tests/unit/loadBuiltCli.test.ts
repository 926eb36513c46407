import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBuiltCli } from '../../bin/loadBuiltCli.mjs';

/**
 * The CLI runs from V8's code cache (bin/loadBuiltCli.mjs). V8 checks a cache against its
 * source's length only, so the loader names each cache by a hash of the source: a cache made
 * for one main.js must never be used for another, even one of the same length.
 */

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function cliDir(answer: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bp-cli-cache-'));
  dirs.push(dir);
  await writeFile(join(dir, 'main.js'), `exports.main = async (argv) => ${answer} + argv.length;\n`);
  return dir;
}

describe('loadBuiltCli', () => {
  it('runs main.js, writes its code cache, and takes it on the next load', async () => {
    const dir = await cliDir(40);
    const first = loadBuiltCli(dir);
    expect(first.codeCache).toBe('none');
    expect(await first.main(['a', 'b'])).toBe(42);
    first.writeCodeCache();
    const second = loadBuiltCli(dir);
    expect(second.codeCache).toBe('used');
    expect(await second.main(['a'])).toBe(41);
  });

  it('never uses a cache made for another main.js of the same length', async () => {
    const dir = await cliDir(40);
    loadBuiltCli(dir).writeCodeCache();
    // Same length, other code: V8 alone would accept the old cache for it.
    await writeFile(join(dir, 'main.js'), `exports.main = async (argv) => ${50} + argv.length;\n`);
    const changed = loadBuiltCli(dir);
    expect(changed.codeCache).toBe('none');
    expect(await changed.main([])).toBe(50);
    expect((await readdir(dir)).filter((f) => f.endsWith('.v8cache'))).toHaveLength(1);
  });
});
