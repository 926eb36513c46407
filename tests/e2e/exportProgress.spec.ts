import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/webMode';
import { packFile } from '../../core/pack/__fixtures__/packFile';
import { serializePack } from '../../core/pack/restorePack';

// Issue 18: a long export runs on the host's worker thread; the page shows how far it is and
// can stop it, and the page keeps answering meanwhile.

const SENTENCE = 'The Alliance and its southern partners share interests that no template captures. ';

test('a long PDF export shows its progress, keeps the page usable, and can be cancelled', async ({ page, web }) => {
  const path = join(web.dir, 'long.briefpack');
  const text = SENTENCE.repeat(12);
  await writeFile(path, serializePack(packFile(Array.from({ length: 600 }, () => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] })), { cover: { title: 'Long pack' } })));

  await page.goto(web.url);
  await page.getByRole('button', { name: 'Open a pack…' }).click();
  const open = page.getByRole('dialog', { name: 'Open pack' });
  await open.getByRole('textbox').fill(path);
  await open.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('textbox', { name: 'Pack text' })).toContainText('southern partners', { timeout: 30_000 });

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF to' });
  const out = join(web.dir, 'long.pdf');
  await dialog.getByRole('textbox').fill(out);
  await dialog.getByRole('button', { name: 'OK' }).click();

  const bar = page.locator('.bp-export-progress');
  await expect(bar).toContainText(/Exporting PDF: (preparing|laying out|drawing)/, { timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath('export-progress.png') });
  // The page is answered meanwhile: the library search works during the export.
  await page.locator('input[aria-label="Search the library"]').fill('Libya');
  await expect(page.locator('.bp-library')).toContainText(/Libya/i, { timeout: 15_000 });

  await bar.getByRole('button', { name: 'Cancel export' }).click();
  await expect(page.getByRole('alert')).toContainText('The export was cancelled.');
  await expect(bar).toHaveCount(0);
  expect((await readdir(web.dir)).filter((f) => f.startsWith('long.pdf'))).toEqual([]);
});
