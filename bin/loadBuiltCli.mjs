// Loads the CLI built into out/cli/main.js (CommonJS, one file) with V8's code cache when the
// build made one for this very file, so a call starts with the functions it needs already
// compiled instead of parsing and compiling some 3 MB of JavaScript again: about 0.1 s of a
// 0.7 s export. It is what Node 22's module.enableCompileCache() does; Node 20 has no such
// switch, so the script is compiled here through vm.Script, which takes the cache.
//
// The cache is made by `npm run build` (scripts/buildCli.mjs runs scripts/trainCliCache.mjs:
// an export to DOCX and to PDF, a search and a validate in one process, then
// script.createCachedData()). Its name carries a hash of main.js (the build records it in
// inputs.json, see sourceHash): V8 itself checks only the source's length, so a cache is never
// used with a file it was not made from. A cache V8
// rejects (another Node version, other flags) costs nothing but the compile it would have saved.
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';

/**
 * @param {string} dir
 * @param {{ outputs?: Record<string, { size: number, mtimeMs: number, sha256: string }> }} [built]
 *   out/cli/inputs.json as the caller already read it (bin/briefpack.mjs does); else it is read here.
 * @returns {{ main: (argv: string[], io?: unknown) => Promise<number>, codeCache: 'used' | 'rejected' | 'none', writeCodeCache: () => string }}
 *   codeCache: whether V8 took a cache made for this main.js ('rejected': one was there, V8 refused it).
 */
export function loadBuiltCli(dir, built) {
  const cliDir = resolve(dir);
  const file = join(cliDir, 'main.js');
  const source = readFileSync(file, 'utf8');
  const cacheFile = join(cliDir, `main.js.${sourceHash(cliDir, file, source, built).slice(0, 16)}.v8cache`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The bundle has no import(): scripts/buildCli.mjs turns each into require().
  const script = new Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, cliDir);
  return {
    main: module.exports.main,
    codeCache: cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'none',
    /** Writes the code cache for main.js as this process has compiled it so far; returns its path. */
    writeCodeCache() {
      const tmp = `${cacheFile}.tmp-${process.pid}`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
      return cacheFile;
    },
  };
}

/**
 * The SHA-256 of main.js: the one the build recorded in inputs.json when main.js still has the
 * size and time it had then (hashing 2 MB took 5-10 ms of every call), else computed here.
 */
function sourceHash(cliDir, file, source, built) {
  try {
    const output = (built ?? JSON.parse(readFileSync(join(cliDir, 'inputs.json'), 'utf8'))).outputs?.['main.js'];
    const { size, mtimeMs } = statSync(file);
    if (typeof output?.sha256 === 'string' && output.size === size && output.mtimeMs === mtimeMs) return output.sha256;
  } catch {
    // No record (a folder not made by scripts/buildCli.mjs): hash the source.
  }
  return createHash('sha256').update(source).digest('hex');
}
