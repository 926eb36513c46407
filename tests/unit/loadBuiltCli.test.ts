import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
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

  it('takes main.js’s hash from the build’s record only while main.js has the size and time recorded', async () => {
    const dir = await cliDir(40);
    const file = join(dir, 'main.js');
    const hash = createHash('sha256').update(await readFile(file)).digest('hex');
    const record = async (sha256: string) => {
      const { size, mtimeMs } = await stat(file);
      await writeFile(join(dir, 'inputs.json'), JSON.stringify({ outputs: { 'main.js': { size, mtimeMs, sha256 } } }));
    };
    await record(hash);
    loadBuiltCli(dir).writeCodeCache();
    expect((await readdir(dir)).filter((f) => f.endsWith('.v8cache'))).toEqual([`main.js.${hash.slice(0, 16)}.v8cache`]);
    expect(loadBuiltCli(dir).codeCache).toBe('used');

    // The record is believed while size and time match: a wrong hash there names another cache.
    await record('f'.repeat(64));
    expect(loadBuiltCli(dir).codeCache).toBe('none');
    // Touched since (other code, same length): the record is ignored and main.js is hashed.
    await writeFile(file, `exports.main = async (argv) => ${50} + argv.length;\n`);
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    const changed = loadBuiltCli(dir);
    expect(changed.codeCache).toBe('none');
    expect(await changed.main([])).toBe(50);
  });

  it('takes the build’s record from its caller when given, as read there, instead of reading it again', async () => {
    const dir = await cliDir(40);
    const file = join(dir, 'main.js');
    const hash = createHash('sha256').update(await readFile(file)).digest('hex');
    loadBuiltCli(dir).writeCodeCache();
    const { size, mtimeMs } = await stat(file);
    // The file on disk says otherwise; the record handed in is the one believed.
    await writeFile(join(dir, 'inputs.json'), JSON.stringify({ outputs: { 'main.js': { size, mtimeMs, sha256: 'f'.repeat(64) } } }));
    expect(loadBuiltCli(dir, { outputs: { 'main.js': { size, mtimeMs, sha256: hash } } }).codeCache).toBe('used');
    expect(loadBuiltCli(dir).codeCache).toBe('none');
  });
});

