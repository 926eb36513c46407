import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/webMode';
import { dragOutlineSection } from './outlineSupport';
import type { Page } from '@playwright/test';
import { Library } from '../../core/library/types';
import { restorePack } from '../../core/pack/restorePack';
import { prepareExport } from '../../core/prepare/prepareExport';
import { plainText } from '../../core/citations/plainText';
import { ROOT } from '../support/webMode';
import { packFile } from '../../core/pack/__fixtures__/packFile';
import type { Block } from '../../core/pack/schema';

// Issue 15: the editor's note numbers are export's after a section move and undo; a citation's
// place is read as typed and refused, in a sentence, where it cannot print.

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Pack text' });
const library = Library.parse(JSON.parse(await readFile(join(ROOT, 'assets', 'library', 'library.json'), 'utf8')));

async function newPack(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('button[data-template="briefing-note"]').click();
  await expect(editorOf(page).locator('h1').first()).toBeVisible();
}

/** A pack of two sections, each with a sentence and a footnote, opened from disk. */
async function openTwoSections(page: Page, url: string, path: string): Promise<void> {
  const section = (heading: string, note: string) => [
    { type: 'heading', level: 1, children: [{ type: 'text', text: heading }] },
    { type: 'paragraph', children: [{ type: 'text', text: `Sentence ${note}` }, { type: 'footnote', text: note }] },
  ];
  await writeFile(path, JSON.stringify(packFile([...section('First', 'in the first section'), ...section('Second', 'in the second section')] as Block[], { cover: { title: 'Note order' } })));
  await page.goto(url);
  await page.getByRole('button', { name: 'Open a pack…' }).click();
  const prompt = page.getByRole('dialog', { name: 'Open pack' });
  await prompt.getByRole('textbox').fill(path);
  await prompt.getByRole('button', { name: 'OK' }).click();
  await expect(editorOf(page).locator('sup.bp-note-footnote')).toHaveText(['1', '2']);
}

/** Each footnote marker's number as the editor shows it, keyed by the note's text. */
async function shownNumbers(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const sup of await editorOf(page).locator('sup.bp-note-footnote').all()) {
    out[(await sup.getAttribute('title'))!.replace(/^Note: /, '')] = Number(await sup.textContent());
  }
  return out;
}

/** The same, from the notes export makes of the pack as saved. */
async function exportedNumbers(page: Page, path: string): Promise<Record<string, number>> {
  await expect(page.locator('.bp-status')).toContainText(/unsaved changes|Not saved yet/);
  await page.keyboard.press('Control+s');
  const prompt = page.getByRole('dialog', { name: 'Save pack as' });
  if (await prompt.isVisible()) {
    await prompt.getByRole('textbox').fill(path);
    await prompt.getByRole('button', { name: 'OK' }).click();
  }
  await expect(page.locator('.bp-status')).not.toContainText(/unsaved changes|Not saved yet/);
  const restored = restorePack(JSON.parse(await readFile(path, 'utf8')));
  if (!restored.ok) throw new Error(restored.reason);
  const { doc } = prepareExport(restored.file, library);
  return Object.fromEntries(doc.notes.map((n) => [plainText(n.runs), n.n]));
}

test('moving a section in the outline renumbers its notes as export does; undo puts them back', async ({ page, web }) => {
  const path = join(web.dir, 'note-order.briefpack');
  await openTwoSections(page, web.url, path);
  expect(await shownNumbers(page)).toEqual({ 'in the first section': 1, 'in the second section': 2 });

  // Drag the second section before the first in the outline.
  await dragOutlineSection(page, 1, 0);
  await expect(editorOf(page).locator('sup.bp-note-footnote').first()).toHaveAttribute('title', 'Note: in the second section');
  await expect.poll(() => shownNumbers(page)).toEqual({ 'in the second section': 1, 'in the first section': 2 });
  expect(await exportedNumbers(page, path)).toEqual(await shownNumbers(page));

  await editorOf(page).locator('p', { hasText: 'Sentence in the first section' }).click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => shownNumbers(page)).toEqual({ 'in the first section': 1, 'in the second section': 2 });
  expect(await exportedNumbers(page, path)).toEqual(await shownNumbers(page));
});

test('a citation’s place is read as typed, and a page of a paper without pages is refused in a sentence', async ({ page, web }) => {
  await newPack(page, web.url);
  await editorOf(page).locator('h1').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Libya needs a long-term plan');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Libya');
  await page.getByLabel('Filter by source').selectOption('pism-2016');
  const list = page.getByRole('listbox', { name: 'Results' });
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await page.getByRole('region', { name: 'Preview' }).getByRole('button', { name: 'Cite in my sentence' }).click();
  const marker = editorOf(page).locator('sup.bp-note-cite');
  await expect(marker).toHaveText('1');

  await marker.click();
  const ask = page.getByRole('dialog', { name: /Page, paragraph or section/ });
  const field = ask.getByRole('textbox');
  await field.fill('4');
  await ask.getByRole('button', { name: 'OK' }).click();
  await expect(ask.getByRole('alert')).toContainText('prints no page numbers, so page 4 cannot be found in it');
  await field.fill('see the annex');
  await page.keyboard.press('Enter');
  await expect(ask.getByRole('alert')).toContainText('is not a place Briefpack can print');
  await field.fill('sec. SUMMARY, para. 2');
  await page.keyboard.press('Enter');
  await expect(ask).toHaveCount(0);
  await expect(marker).toHaveAttribute('title', /, under “Summary,” para\. 2$/);
});
