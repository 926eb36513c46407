import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { PackFile } from '../core/pack/schema';
import { serializePack } from '../core/pack/restorePack';
import { startWebMode } from '../tests/support/webMode';
import { stats, type Stats } from './stats';
import { traceKeystrokes } from './eventTimingTrace';
import { addPageClocks, armOpenClock, armSearchClock, readClock } from './pageClocks';

export interface EditorBench {
  /** Per keystroke in the editor, from the trace's Event Timing records (`traceKeystrokes`). */
  keystroke: Stats;
  searchKeystrokeToResults?: Stats;
  /** Opening the pack from the start screen, OPENINGS times, in ms. */
  openInUi?: number[];
}

const OPENINGS = 3;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Types `text` one key at a time, as a steady typist would, and says how many keys it pressed. */
async function typeSlowly(page: Page, text: string): Promise<number> {
  for (const ch of text) {
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    await page.waitForTimeout(25);
  }
  await page.waitForTimeout(200);
  return [...text].length;
}

export async function benchEditor(pack: PackFile, options: { search: boolean }): Promise<EditorBench> {
  const web = await startWebMode();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const headings = pack.pack.body.filter((b) => b.type === 'heading' && b.level === 1).length;
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await addPageClocks(page);
    // Opened three times, each from a freshly loaded start screen (a copy of the pack under its
    // own name each time), and the median taken: one opening on a shared machine is one draw
    // of its load.
    const opens: number[] = [];
    for (let i = 1; i <= OPENINGS; i++) {
      const path = join(web.dir, `long-${i}.briefpack`);
      await writeFile(path, serializePack(pack));
      await page.goto(web.url);
      await page.getByRole('button', { name: 'Open a pack…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Open pack' });
      await dialog.getByRole('textbox').fill(path);
      // From the click on OK to the frame that paints the pack's last section heading.
      await armOpenClock(page, '.bp-editable h1', headings);
      await dialog.getByRole('button', { name: 'OK' }).click();
      opens.push(await readClock(page));
    }

    const paragraphs = page.locator('.bp-editable p.bp-p');
    await paragraphs.nth(Math.min(40, (await paragraphs.count()) - 1)).click();
    await page.waitForTimeout(300);
    const keystroke = await traceKeystrokes(browser, page, () => typeSlowly(page, 'The quick brown fox jumps over the lazy dog, twice over. And again, slowly. '));
    if (!options.search) return { keystroke };

    const box = page.getByRole('searchbox', { name: 'Search the library' });
    const samples: number[] = [];
    for (const query of ['partnership', 'Libya border', 'projecting stability', 'Sahel', 'Mediterranean Dialogue']) {
      await box.fill('');
      let typed = '';
      for (const ch of query) {
        typed += ch;
        // From the key's own timestamp to the frame that paints the results answering `typed`.
        await armSearchClock(page, typed);
        await box.press(ch === ' ' ? 'Space' : ch);
        samples.push(await readClock(page));
      }
    }
    return { keystroke, searchKeystrokeToResults: stats(samples), openInUi: opens };
  } finally {
    await browser.close();
    web.process.kill();
  }
}
