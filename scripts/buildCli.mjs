#!/usr/bin/env node
// Builds the `briefpack` command (electron/cli and all it imports) into out/cli/ as plain
// JavaScript, so a CLI call starts in Node's time, not tsx's (about a second per call).
//
// Called by `npm run build`, and by bin/briefpack.mjs whenever out/cli/ is missing or older
// than a source it was built from: out/cli/inputs.json lists every bundled source file with
// its size and modification time, and checking them costs about a millisecond.
//
// Each entry is one CommonJS file with everything it imports (no shared chunks): one file is
// what V8's code cache covers (bin/loadBuiltCli.mjs), and `npm run build` then makes that cache
// (scripts/trainCliCache.mjs). An on-demand rebuild from bin/ makes none: the next call simply
// compiles as it would have.
//
// ENTRIES is every file Node starts from: the CLI, and each worker_threads entry the host
// starts by URL. A new worker is one more line here, e.g.
//   exportWorker: 'electron/host/export/exportWorker.ts',
// and the host starts it with `new Worker(new URL('./exportWorker.js', import.meta.url))`:
// every output file sits flat in out/cli/, so that URL resolves to out/cli/exportWorker.js.
import { build } from 'esbuild';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
export const CLI_DIR = join(ROOT, 'out', 'cli');
export const INPUTS_FILE = join(CLI_DIR, 'inputs.json');

/** Output name (without .js) → source file, relative to the repository root. */
const ENTRIES = {
  main: 'electron/cli/main.ts',
  exportWorker: 'electron/host/export/exportWorker.ts',
};

/**
 * Bundles into a fresh folder and swaps it in, so a CLI started meanwhile (or a second build
 * racing this one) never reads half a build. With `codeCache`, V8's code cache for main.js is
 * made after the swap; a CLI started in between runs without it.
 */
export async function buildCli({ codeCache = false } = {}) {
  const tmp = `${CLI_DIR}.tmp-${process.pid}-${Date.now()}`;
  const entryPoints = Object.fromEntries(Object.entries(ENTRIES).filter(([, src]) => existsSync(join(ROOT, src))).map(([name, src]) => [name, join(ROOT, src)]));
  try {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints,
      outdir: tmp,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      // Dependencies are bundled too: Node resolving and reading zod's ~100 files one by one
      // took longer than parsing them. pdfkit stays a package: it reads its data files from
      // beside its own sources; so does pdf.js (an ES module, imported with import()), which
      // loads its worker (pdf.worker.mjs) from beside itself. fontkit is bundled: the DOCX
      // measures with it alone (the same fontkit 2.0.4 pdfkit loads from node_modules, so the
      // same widths), and bundled it is in the code cache.
      external: ['pdfkit', 'pdfjs-dist'],
      // fontkit and unicode-properties inflate their tables with tiny-inflate as they load, and
      // fontkit decodes WOFF2 with brotli's decoder (1.3 MB of dictionary); in the CLI zlib does
      // both (electron/cli/tinyInflateWithZlib.cjs and brotliDecompressWithZlib.cjs say why).
      alias: {
        'tiny-inflate': './electron/cli/tinyInflateWithZlib.cjs',
        'brotli/decompress.js': './electron/cli/brotliDecompressWithZlib.cjs',
      },
      // import() becomes require(): V8 runs a script from its code cache without the callback
      // import() needs ("A dynamic import callback was not specified"), and Node (>= 20.19)
      // requires an ES module such as pdf.js as well as it imports it.
      supported: { 'dynamic-import': false },
      // The sources are ES modules: import.meta.url is this file's URL in the bundle too.
      define: { 'import.meta.url': '__bpImportMetaUrl' },
      banner: { js: "const __bpImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'warning',
    });
    const inputs = {};
    // The bundled sources and dependencies, and this script (a change to how it builds).
    for (const file of [...Object.keys(result.metafile.inputs), relative(ROOT, import.meta.filename)]) {
      const s = await stat(join(ROOT, file));
      inputs[relative(ROOT, join(ROOT, file))] = [s.size, s.mtimeMs];
    }
    // Each output's hash, with the size and time it has (a rename keeps them): the loader names
    // the code cache by this hash without hashing 2 MB at every call (bin/loadBuiltCli.mjs).
    const outputs = {};
    for (const name of Object.keys(entryPoints)) {
      const file = join(tmp, `${name}.js`);
      const s = await stat(file);
      outputs[`${name}.js`] = { size: s.size, mtimeMs: s.mtimeMs, sha256: createHash('sha256').update(await readFile(file)).digest('hex') };
    }
    await writeFile(join(tmp, 'inputs.json'), JSON.stringify({ entries: ENTRIES, inputs, outputs }));
    await writeFile(join(tmp, 'package.json'), '{ "type": "commonjs" }\n');
    await mkdir(join(ROOT, 'out'), { recursive: true });
    await rm(CLI_DIR, { recursive: true, force: true });
    await rename(tmp, CLI_DIR).catch(async (e) => {
      // Another build won the race and its output is just as fresh: use that one.
      if (!existsSync(INPUTS_FILE)) throw e;
    });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  // Made where the CLI runs from: V8 keeps the script's file name in the cache, and stack
  // traces would otherwise name the temporary folder.
  if (codeCache) {
    const trained = spawnSync(process.execPath, [join(ROOT, 'scripts', 'trainCliCache.mjs'), CLI_DIR], { stdio: 'inherit' });
    if (trained.status !== 0) throw new Error('making the CLI code cache failed (scripts/trainCliCache.mjs)');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = performance.now();
  await buildCli({ codeCache: true });
  console.log(`CLI built, with its code cache, into ${relative(process.cwd(), CLI_DIR) || CLI_DIR} in ${Math.round(performance.now() - t)} ms`);
}
