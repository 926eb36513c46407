#!/usr/bin/env node
// The `briefpack` command. It runs the CLI built into out/cli/ (plain JavaScript: no compiler
// at run time). If that build is missing, or older than any source it was built from, it is
// rebuilt first (about 0.2 s, see scripts/buildCli.mjs), so the CLI never lags the sources.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadBuiltCli } from './loadBuiltCli.mjs';

const root = join(import.meta.dirname, '..');
const cliDir = join(root, 'out', 'cli');

function isCurrent() {
  let built;
  try {
    built = JSON.parse(readFileSync(join(cliDir, 'inputs.json'), 'utf8'));
  } catch {
    return false;
  }
  for (const [file, [size, mtimeMs]] of Object.entries(built.inputs)) {
    const s = statSync(join(root, file), { throwIfNoEntry: false });
    if (!s || s.size !== size || s.mtimeMs !== mtimeMs) return false;
  }
  return true;
}

if (!isCurrent()) {
  // A source tree without esbuild (a packaged app) ships out/cli/ already built.
  const { buildCli } = await import('../scripts/buildCli.mjs');
  await buildCli();
}
const { main } = loadBuiltCli(cliDir);
// exitCode, not process.exit(): exiting at once would cut off whatever stdout still holds
// for a pipe (everything past the first 64 KiB). `serve` keeps the process running.
process.exitCode = await main(process.argv.slice(2));
