#!/usr/bin/env node
// `node scripts/trainCliCache.mjs <cliDir>`: runs the commands users run most (an export to
// DOCX and to PDF, a library search, a validate) in one process on the bundled sample pack,
// then writes V8's code cache of the CLI beside it (see bin/loadBuiltCli.mjs). Called by
// scripts/buildCli.mjs; its own state goes to a temporary folder, never the user's.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadBuiltCli } from '../bin/loadBuiltCli.mjs';

const cliDir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'out', 'cli'));
const sample = join(import.meta.dirname, '..', 'assets', 'examples', 'sample.briefpack');
const dir = await mkdtemp(join(tmpdir(), 'briefpack-train-'));
process.env.BRIEFPACK_HOME = join(dir, 'home');
const quiet = { out: () => undefined, warn: () => undefined, bytes: () => undefined };
try {
  const cli = loadBuiltCli(cliDir);
  const runs = [
    ['export', sample, '--format', 'docx', '--out', join(dir, 'x.docx')],
    ['export', sample, '--format', 'pdf', '--out', join(dir, 'x.pdf')],
    ['library', 'search', 'NATO partners', '--json'],
    ['validate', sample],
  ];
  for (const argv of runs) {
    const code = await cli.main(argv, quiet);
    if (code !== 0) throw new Error(`briefpack ${argv.join(' ')} exited ${code} while making the code cache`);
  }
  cli.writeCodeCache();
} finally {
  await rm(dir, { recursive: true, force: true });
}
