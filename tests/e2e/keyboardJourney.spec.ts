import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/webMode';
import { run } from '../support/tools';
import { newPackByKeyboard, searchByKeyboard, tabTo } from './keyboardSupport';

// Issue 17: a whole pack made without a single mouse event, from a new pack to a PDF.

test('new pack, cover, search, partial quotation, citation with a locator, footnote, move a section, find/replace, save, export PDF: keyboard only', async ({ page, web }) => {
  test.setTimeout(120_000);
  // Any pointer or mouse event on the page fails the journey.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { mouseEvents: string[] }).mouseEvents = seen;
    for (const type of ['pointerdown', 'pointerup', 'pointermove', 'mousedown', 'mouseup', 'mousemove', 'wheel', 'contextmenu', 'dblclick']) {
      window.addEventListener(type, () => seen.push(type), true);
    }
  });
  const editor = await newPackByKeyboard(page, web.url);

  // Cover: Shift+Tab back to the title.
  const title = page.getByLabel('Title', { exact: true });
  await tabTo(page, title, { back: true, max: 80 });
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Libya: options for the Minister');
  await tabTo(page, page.getByLabel('Office / author'));
  await page.keyboard.type('Mediterranean Unit');
  await tabTo(page, editor);
  await expect(editor).toBeFocused();

  // The caret is in the first writable paragraph: write, then quote part of a passage.
  await page.keyboard.type('The Minister asked where NATO stands.');
  await page.keyboard.press('Enter');
  await searchByKeyboard(page, '"There is certainly a role for NATO to assist"');
  const sentences = page.getByRole('listbox', { name: /Sentences of the passage/ });
  // The preview fills in after the result is chosen: read its sentences once they are there.
  await expect(sentences.getByRole('option').nth(2)).toBeVisible();
  const all = await sentences.getByRole('option').allTextContents();
  await tabTo(page, sentences);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  const partial = `${all[0]} .\u00a0.\u00a0. ${all[2]}`;
  await expect(editor.locator('figure blockquote')).toContainText(all[2]!);
  await expect(editor).toBeFocused();

  // Cite in a sentence of my own, with a locator.
  await page.keyboard.type('Wehrey has argued for patience');
  await searchByKeyboard(page, 'Wehrey');
  await tabTo(page, page.getByRole('button', { name: 'Cite in my sentence' }));
  await page.keyboard.press('Enter');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+Alt+n');
  await expect(page.getByRole('dialog', { name: /^Page, paragraph or section/ }).getByRole('textbox')).toBeFocused();
  await page.keyboard.type('14'); // a page of the cited paper
  await page.keyboard.press('Enter');
  await page.keyboard.type('.');

  // A footnote of my own.
  await page.keyboard.press('Control+Alt+f');
  await page.keyboard.type('Said to the Minister in October.');
  await page.keyboard.press('Enter');
  await expect(editor.locator('sup.bp-note')).toHaveText(['1', '2', '3']);

  // Move the first section below the second in the outline.
  const outline = page.getByRole('navigation', { name: 'Outline' });
  const headings = await editor.locator('h1').allTextContents();
  await tabTo(page, outline.getByRole('button', { name: headings[0]! }), { back: true, max: 80 });
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(editor.locator('h1')).toHaveText([headings[1]!, headings[0]!, ...headings.slice(2)]);

  // Find and replace: the quotation keeps "Minister"; my text and my footnote change.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Minister');
  await tabTo(page, page.getByRole('checkbox', { name: 'Whole words' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('textbox', { name: 'Replace with' }));
  await page.keyboard.type('Foreign Secretary');
  await tabTo(page, page.getByRole('button', { name: 'Replace all' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('search').getByRole('status')).toHaveText(/^Replaced 2\. \d+ in quotations left unchanged/);
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();

  // Save, then export a PDF.
  const pack = join(web.dir, 'journey.briefpack');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('dialog', { name: 'Save pack as' }).getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(pack);
  await page.keyboard.press('Enter');
  await expect(page.locator('.bp-notice')).toContainText(`Saved ${pack}`);
  const pdf = join(web.dir, 'journey.pdf');
  await page.keyboard.press('Control+Shift+e');
  await expect(page.getByRole('dialog', { name: 'Export PDF to' }).getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(pdf);
  await page.keyboard.press('Enter');
  await expect(page.locator('.bp-notice')).toContainText(`Exported ${pdf}`, { timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath('journey-done.png') });

  expect(await page.evaluate(() => (window as unknown as { mouseEvents: string[] }).mouseEvents)).toEqual([]);

  const saved = JSON.parse(await readFile(pack, 'utf8')) as { pack: { cover: { title: string; author: string }; body: { type: string; ref?: { text: string; adapted: boolean }; children?: { type: string; text?: string; locator?: string }[] }[] } };
  // Find and replace covers the text and notes, not the cover.
  expect(saved.pack.cover).toMatchObject({ title: 'Libya: options for the Minister', author: 'Mediterranean Unit' });
  const body = saved.pack.body;
  expect(body.find((b) => b.type === 'excerpt')!.ref).toEqual(expect.objectContaining({ text: partial, adapted: false }));
  const inlines = body.flatMap((b) => b.children ?? []);
  expect(inlines).toContainEqual(expect.objectContaining({ type: 'cite', locator: { kind: 'page', page: '14' } }));
  expect(inlines).toContainEqual({ type: 'footnote', text: 'Said to the Foreign Secretary in October.' });
  expect(inlines.map((i) => i.text ?? '').join('')).toContain('The Foreign Secretary asked where NATO stands.');
  expect(body.filter((b) => b.type === 'heading').map((b) => b.children!.map((c) => c.text).join(''))).toEqual([headings[1]!, headings[0]!, ...headings.slice(2)]);

  const text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout.replace(/\s+/g, ' ');
  expect(text).toContain('Libya: options for the Minister');
  expect(text).toContain('The Foreign Secretary asked where NATO stands.');
  expect(text).toContain('Said to the Foreign Secretary in October.');
  expect(text).toContain('There is certainly a role for NATO to assist');
  expect(text).not.toMatch(/Adapted from/);
});
