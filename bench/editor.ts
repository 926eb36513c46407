import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { PackFile } from '../core/pack/schema';
import { serializePack } from '../core/pack/restorePack';
import { startWebMode } from '../tests/support/webMode';
import { stats, type Stats } from './stats';

export interface EditorBench {
  keystrokeToPaint: Stats;
  searchKeystrokeToResults: Stats;
  openInUiMs: number;
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Time from a keydown to the frame after it, recorded in the page itself. */
const INSTRUMENT = `
  window.__lat = [];
  window.__mark = (target) => document.addEventListener('keydown', (e) => {
    if (!e.target.closest(target)) return;
    const t0 = performance.now();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => window.__lat.push(performance.now() - t0);
      ch.port2.postMessage(0);
    });
  }, true);
`;

async function collect(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat.splice(0));
}

export async function benchEditor(pack: PackFile): Promise<EditorBench> {
  const web = await startWebMode();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const path = join(web.dir, 'long.briefpack');
    await writeFile(path, serializePack(pack));
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(INSTRUMENT);
    await page.goto(web.url);
    await page.getByRole('button', { name: 'Open a pack…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open pack' });
    await dialog.getByRole('textbox').fill(path);
    const t0 = Date.now();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await page.locator('.bp-editable h1').last().waitFor();
    const openInUiMs = Date.now() - t0;

    await page.evaluate(() => (window as unknown as { __mark: (s: string) => void }).__mark('.bp-editable'));
    const paragraphs = page.locator('.bp-editable p.bp-p');
    await paragraphs.nth(Math.min(40, (await paragraphs.count()) - 1)).click();
    await page.keyboard.type('The quick brown fox jumps over the lazy dog, twice over. ', { delay: 40 });
    const keystrokeToPaint = stats(await collect(page));

    await page.evaluate(() => (window as unknown as { __mark: (s: string) => void }).__mark('.bp-library'));
    const box = page.getByRole('searchbox', { name: 'Search the library' });
    const samples: number[] = [];
    for (const query of ['partnership', 'Libya border', 'projecting stability', 'Sahel', 'Mediterranean Dialogue']) {
      await box.fill('');
      let typed = '';
      for (const ch of query) {
        typed += ch;
        const t = await page.evaluate(() => performance.now());
        await box.press(ch === ' ' ? 'Space' : ch);
        // The results list says which query it answers; wait for this one, then for a frame.
        await page.waitForFunction((q) => document.getElementById('bp-results')?.dataset.answered === q, typed, { timeout: 5000 });
        samples.push((await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))))) - t);
      }
    }
    return { keystrokeToPaint, searchKeystrokeToResults: stats(samples), openInUiMs };
  } finally {
    await browser.close();
    web.process.kill();
  }
}
