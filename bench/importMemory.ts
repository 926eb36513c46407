import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';

const run = promisify(execFile);

export interface ImportMemory {
  pages: number;
  excerpts: number;
  ms: number;
  peakMiB: number;
}

/**
 * Imports a PDF of 300+ pages in a fresh Node process and reports its peak memory. The PDF is
 * Debian's bzip2 manual (38 pages) eight times over, joined by qpdf: a real document's fonts and
 * layout, at the length the issue names. Null when the manual or qpdf is missing.
 */
export async function benchImportMemory(root: string): Promise<ImportMemory | null> {
  const gz = '/usr/share/doc/bzip2/manual.pdf.gz';
  if (!existsSync(gz)) return null;
  const dir = await mkdtemp(join(tmpdir(), 'bp-bench-import-'));
  const one = join(dir, 'bzip2.pdf');
  await writeFile(one, gunzipSync(await readFile(gz)));
  const long = join(dir, 'long.pdf');
  try {
    await run('qpdf', ['--empty', '--pages', ...Array<string>(8).fill(one), '--', long]);
  } catch {
    return null;
  }
  const bundle = join(root, 'out', 'bench-import.mjs');
  await run(join(root, 'node_modules', '.bin', 'esbuild'), [join(root, 'bench', 'importChild.ts'), '--bundle', '--platform=node', '--format=esm', '--external:pdfjs-dist', `--outfile=${bundle}`, '--log-level=error'], { cwd: root });
  const { stdout } = await run(process.execPath, [bundle, long], { cwd: root, maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1) as string) as ImportMemory;
}
