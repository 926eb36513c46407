#!/usr/bin/env node
// The `briefpack` command. It runs the CLI built into out/cli/ (plain JavaScript: no compiler
// at run time). If that build is missing, or older than any source it was built from, it is
// rebuilt first (about 0.2 s, see scripts/buildCli.mjs), so the CLI never lags the sources.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { loadBuiltCli } from './loadBuiltCli.mjs';

const root = join(import.meta.dirname, '..');
const cliDir = join(root, 'out', 'cli');

/** The build's record (out/cli/inputs.json) when every source it lists is unchanged, else undefined. */
function currentBuild() {
  let built;
  try {
    built = JSON.parse(readFileSync(join(cliDir, 'inputs.json'), 'utf8'));
  } catch {
    return undefined;
  }
  for (const [file, [size, mtimeMs]] of Object.entries(built.inputs)) {
    const s = statSync(join(root, file), { throwIfNoEntry: false });
    if (!s || s.size !== size || s.mtimeMs !== mtimeMs) return undefined;
  }
  return built;
}

const built = currentBuild();
if (!built) {
  // A source tree without esbuild (a packaged app) ships out/cli/ already built.
  const { buildCli } = await import('../scripts/buildCli.mjs');
  await buildCli();
}
// The record read above saves the loader reading it again; after a rebuild it reads the new one.
const { main } = loadBuiltCli(cliDir, built);
const argv = process.argv.slice(2);
// Every command but `serve` is a process of a second or so, and V8's optimising compiler is
// tuned for code that runs for minutes: in a DOCX export of the 150-note pack, compiling took
// about 45% of the CPU time (--trace-opt), on large graphs with their callees inlined, and again
// after each deoptimisation threw one away. Without inlining, and optimising only code that has
// run about three times longer, that export takes some 15% less time and 30% less CPU, and the
// 1,000-note PDF some 10% less (`npm run bench`, cli-docx-150 and cli-pdf-1000). Set after the
// code cache is taken, which V8 checks against the flags it was made with. `serve` runs for
// hours, where inlining pays, and keeps V8's defaults.
if (argv[0] !== 'serve') setFlagsFromString('--no-turbo-inlining --interrupt-budget=200000');
// exitCode, not process.exit(): exiting at once would cut off whatever stdout still holds
// for a pipe (everything past the first 64 KiB). `serve` keeps the process running.
process.exitCode = await main(argv);
