import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packFile } from '../../../core/pack/__fixtures__/packFile';
import { PACK_LIMITS } from '../../../core/pack/packLimits';
import type { ExportProgress } from '../../../core/api/contract';
import { appPaths } from '../appPaths';
import { createHost } from '../createHost';
import { unconfined } from '../pathPolicy';
import { ExportRunner, spawnExportWorker } from './exportRunner';

const paths = appPaths();
const SENTENCE = 'The Alliance and its southern partners share interests that no template captures. ';

/** A pack of about `chars` characters of plain paragraphs. */
function packOf(chars: number) {
  const text = SENTENCE.repeat(12);
  return packFile(Array.from({ length: Math.ceil(chars / text.length) }, () => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] })));
}

const runners: ExportRunner[] = [];
const runner = (spawn?: () => ReturnType<typeof spawnExportWorker>) => {
  const r = new ExportRunner({ assetsDir: paths.assets, libraryPath: paths.library }, spawn);
  runners.push(r);
  return r;
};
afterAll(async () => {
  for (const r of runners) await r.close();
});

describe('exports on the worker thread', () => {
  it('reports progress to the end and hands back the PDF', { timeout: 60_000 }, async () => {
    const seen: ExportProgress['stage'][] = [];
    const r = runner();
    const result = await r.run({ parsed: { file: packOf(40_000), format: 'pdf', out: '/nowhere/x.pdf' } }, new Date(0), async (out) => out, (p) => seen.push(p.stage));
    expect(Buffer.from(result.bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(result.out).toBe('/nowhere/x.pdf');
    expect(new Set(seen)).toEqual(new Set(['reading', 'preparing', 'laying out', 'drawing']));
    expect(r.status()).toEqual({ running: false, format: null, progress: null });
  });

  it('stops at once when cancelled, and the next export starts a fresh worker', { timeout: 90_000 }, async () => {
    const r = runner();
    const running = r.run({ parsed: { file: packOf(1_500_000), format: 'pdf', out: '/nowhere/big.pdf' } }, new Date(0), async (out) => out, (p) => {
      if (p.stage === 'preparing') r.cancel();
    });
    await expect(running).rejects.toThrow('The export was cancelled.');
    expect(r.status().running).toBe(false);
    const next = await r.run({ parsed: { file: packOf(2_000), format: 'docx', out: '/nowhere/small.docx' } }, new Date(0), async (out) => out);
    expect(next.bytes.length).toBeGreaterThan(1000);
  });

  it('refuses a pack over the text limit in a sentence, before any work (no progress past reading)', { timeout: 60_000 }, async () => {
    const r = runner();
    await expect(r.run({ parsed: { file: packOf(PACK_LIMITS.textChars + 100_000), format: 'pdf', out: '/nowhere/x.pdf' } }, new Date(0), async (out) => out)).rejects.toThrow(
      /^This pack is too large to export: 5\.1 MB of text; the limit is 5 MB\.$/,
    );
  });

  it('turns running out of memory into a sentence, not an abort, and recovers', { timeout: 120_000 }, async () => {
    // The real worker with a small ceiling, so a modest pack reaches it quickly.
    const r = runner(() => spawnExportWorker(32));
    await expect(r.run({ parsed: { file: packOf(2_000_000), format: 'pdf', out: '/nowhere/x.pdf' } }, new Date(0), async (out) => out)).rejects.toThrow(
      /^This pack is too large to export: 2\.0 MB of text needed more than the 1536 MB of memory an export may use\./,
    );
    expect(r.status().running).toBe(false);
    const next = await r.run({ parsed: { file: packOf(1_000), format: 'docx', out: '/nowhere/small.docx' } }, new Date(0), async (out) => out);
    expect(next.bytes.length).toBeGreaterThan(1000);
  });

  it('writes nothing when the host refuses the path, and stops the worker', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-export-'));
    const r = runner();
    await expect(
      r.run({ parsed: { file: packOf(2_000), format: 'pdf', out: join(dir, 'x.pdf') } }, new Date(0), async (out) => {
        throw new Error(`${out}: refused`);
      }),
    ).rejects.toThrow(/x\.pdf: refused/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('the host writes the file where the request said, once, whole', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-export-'));
    const host = createHost({ mode: 'electron', paths, stateDir: join(dir, '.state'), workspaceDir: dir, policy: unconfined });
    const res = await host.exportPack({ file: packOf(2_000), format: 'docx', out: join(dir, 'x.docx') });
    expect(res.bytes).toBe((await readFile(join(dir, 'x.docx'))).length);
    expect((await readdir(dir)).filter((f) => f !== '.state')).toEqual(['x.docx']);
  });
});
