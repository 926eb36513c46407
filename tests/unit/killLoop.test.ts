import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/host/atomicWrite';
import { removeInterruptedSaves } from '../../electron/host/interruptedSaves';
import { packFile } from '../../core/pack/__fixtures__/packFile';
import { serializePack } from '../../core/pack/restorePack';

const ROOT = resolve(import.meta.dirname, '..', '..');
const KILLS = 200;
/** The loop stops here even if it has not reached KILLS, and then fails: bounded in time. */
const BUDGET_MS = 240_000;

/** A pack of about 2.2 MB whose title carries its version. */
function template(): string {
  const paragraph = (i: number) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text: `Paragraph ${i}. ${'The Alliance and its southern neighbours. '.repeat(40)}` }] });
  return serializePack(packFile(Array.from({ length: 1200 }, (_, i) => paragraph(i)), { cover: { title: 'Version @@VERSION@@' } }));
}

const versionOf = (text: string, tpl: string): number | null => {
  const m = /"title": "Version (\d+)"/.exec(text.slice(0, 400));
  return m && text === tpl.replace('@@VERSION@@', m[1]!) ? Number(m[1]) : null;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('saves killed at random moments', () => {
  it(`leave the pack and its .bak each a whole version, and no temp file after the next start (${KILLS} kills)`, { timeout: BUDGET_MS + 30_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-kill-'));
    const path = join(dir, 'pack.briefpack');
    const tpl = template();
    expect(tpl.length).toBeGreaterThan(2_000_000);
    const tplPath = join(dir, 'template.txt');
    await writeFile(tplPath, tpl);
    // The child runs as plain JavaScript: tsx would cost a third of a second per start.
    const child = join(dir, 'saveLoopChild.mjs');
    await build({ entryPoints: [join(ROOT, 'tests', 'support', 'saveLoopChild.ts')], bundle: true, platform: 'node', format: 'esm', outfile: child, logLevel: 'silent' });
    await writeFileAtomic(path, tpl.replace('@@VERSION@@', '0'), { backup: true });
    await writeFileAtomic(path, tpl.replace('@@VERSION@@', '1'), { backup: true });

    const started = Date.now();
    let next = 2;
    let before = { pack: 1, bak: 0 };
    let saves = 0;
    let killedMidSave = 0;
    let kills = 0;
    for (; kills < KILLS && Date.now() - started < BUDGET_MS; kills++) {
      const first = next;
      const proc = spawn(process.execPath, [child, path, tplPath, String(next)], { stdio: ['ignore', 'pipe', 'inherit'] });
      const done: number[] = [];
      let readyAt = 0;
      let firstSave!: () => void;
      const savedOnce = new Promise<void>((r) => (firstSave = r));
      let buffered = '';
      proc.stdout.on('data', (d: Buffer) => {
        buffered += d.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        for (const line of lines) {
          if (line === 'ready') readyAt = Date.now();
          else {
            if (done.length === 0) firstSave();
            done.push(Number(line));
          }
        }
      });
      const exited = new Promise<void>((r) => proc.once('exit', () => r()));
      // Each child completes one save, then is killed at a random moment of the saves after it
      // (up to one and a half save's time), so every kill follows a save and most land inside one.
      await Promise.race([savedOnce, exited]);
      await sleep(Math.random() * 1.5 * (Date.now() - readyAt));
      proc.kill('SIGKILL');
      await exited;
      saves += done.length;
      // The save in flight may have finished unreported: the next child starts past it.
      const newest = Math.max(next - 1, ...done) + 1;
      next = newest + 1;

      const pack = versionOf(await readFile(path, 'utf8'), tpl);
      const bak = versionOf(await readFile(`${path}.bak`, 'utf8'), tpl);
      expect(pack, `after kill ${kills + 1} the pack is not a whole version`).not.toBeNull();
      expect(bak, `after kill ${kills + 1} the .bak is not a whole version`).not.toBeNull();
      // Old or new: the pack is what it was or a version this child wrote; the backup is what it
      // was, or a version the pack held before (killed between the two renames, it lags by one).
      const wrote = (v: number) => v >= first && v <= newest;
      expect(pack === before.pack || wrote(pack!), `pack ${pack} after kill ${kills + 1}`).toBe(true);
      expect(bak === before.bak || bak === before.pack || (wrote(bak!) && bak! < newest), `bak ${bak} after kill ${kills + 1}`).toBe(true);
      expect(bak!).toBeLessThan(pack!);
      before = { pack: pack!, bak: bak! };

      // The next start removes what the killed save left behind.
      if ((await readdir(dir)).some((n) => n.endsWith('.tmp'))) killedMidSave++;
      await removeInterruptedSaves([dir]);
      expect((await readdir(dir)).sort()).toEqual(['pack.briefpack', 'pack.briefpack.bak', 'saveLoopChild.mjs', 'template.txt']);
    }
    expect(kills).toBe(KILLS);
    expect(saves).toBeGreaterThanOrEqual(KILLS);
    // The kills did land inside saves, or this would prove nothing.
    expect(killedMidSave).toBeGreaterThan(KILLS / 4);
    console.log(`kill loop: ${kills} kills, ${saves} completed saves of ${(tpl.length / 1e6).toFixed(1)} MB, ${killedMidSave} kills mid-save, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  });
});
