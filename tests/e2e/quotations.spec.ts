import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/webMode';
import { newPackByKeyboard, searchByKeyboard, tabTo } from './keyboardSupport';

// Issue 17: quoting part of a passage, and adapted quotations that can be verbatim again.

const ELLIPSIS = '.\u00a0.\u00a0.';

test('choose sentences in the preview with the keyboard and insert just them, locked, with Chicago’s ellipsis', async ({ page, web }) => {
  const editor = await newPackByKeyboard(page, web.url);
  await searchByKeyboard(page, '"There is certainly a role for NATO to assist"');
  const sentences = page.getByRole('listbox', { name: /Sentences of the passage/ });
  // The preview fills in after the result is chosen: read its sentences once they are there.
  await expect(sentences.getByRole('option').nth(2)).toBeVisible();
  const all = await sentences.getByRole('option').allTextContents();
  expect(all.length).toBeGreaterThanOrEqual(3);
  await tabTo(page, sentences);
  await page.keyboard.press('Space'); // the first sentence
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space'); // the third
  await expect(sentences.getByRole('option', { selected: true })).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('sentences-chosen.png') });
  await page.keyboard.press('Enter');

  const quote = editor.locator('figure blockquote');
  await expect(quote).toHaveCount(1);
  const expected = `${all[0]} ${ELLIPSIS} ${all[2]}`;
  const quoted = async () => (await quote.textContent())!.replace(/\d+$/, '');
  await expect.poll(quoted).toBe(expected);
  // Still a quotation from the library, not adapted, not "changed".
  const caption = editor.locator('figure figcaption');
  await expect(caption).not.toContainText('Adapted');
  await expect(caption).not.toContainText('No longer matches');
  // Locked: typing with the block selected does not change it.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.type('xyz');
  expect(await quoted()).toBe(expected);

  await page.keyboard.press('Control+Shift+s');
  const path = join(web.dir, 'partial.briefpack');
  await page.keyboard.press('Control+a');
  await page.keyboard.type(path);
  await page.keyboard.press('Enter');
  await expect(page.locator('.bp-notice')).toContainText('Saved');
  const saved = JSON.parse(await readFile(path, 'utf8')) as { pack: { body: { type: string; ref?: { text: string; adapted: boolean } }[] } };
  const block = saved.pack.body.find((b) => b.type === 'excerpt')!;
  expect(block.ref).toMatchObject({ text: expected, adapted: false });
});

test('an adapted quotation edited back to the library text is verbatim again; Restore original puts the words back', async ({ page, web }) => {
  const editor = await newPackByKeyboard(page, web.url);
  await searchByKeyboard(page, 'controlling migration');
  await page.keyboard.press('Enter');
  const block = editor.locator('figure');
  const quote = block.locator('blockquote');
  await expect(quote).toHaveCount(1);
  const original = (await quote.textContent())!.replace(/\d+$/, '');

  const adapt = async (edit: (text: string) => string) => {
    await tabTo(page, block.getByRole('button', { name: 'Unlock to adapt' }));
    await page.keyboard.press('Enter');
    const area = block.getByLabel('Adapted text');
    await expect(area).toBeFocused();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(edit(original));
    await tabTo(page, block.getByRole('button', { name: 'Keep adaptation' }));
    await page.keyboard.press('Enter');
    await expect(block.getByRole('button', { name: 'Unlock to adapt' })).toBeFocused();
  };
  await adapt((t) => t.replace('NATO', 'the Alliance'));
  await expect(block.locator('figcaption')).toContainText('Adapted from source');
  await adapt(() => original);
  await expect(block.locator('figcaption')).not.toContainText('Adapted');
  await expect(block.getByRole('button', { name: 'Restore original' })).toHaveCount(0);

  await tabTo(page, block.getByRole('button', { name: 'Unlock to adapt' }));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Added.');
  await page.keyboard.press('Tab');
  await expect(block.getByRole('button', { name: 'Keep adaptation' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(block.locator('figcaption')).toContainText('Adapted from source');
  await expect(quote).toContainText('Added.');
  const restore = block.getByRole('button', { name: 'Restore original' });
  await tabTo(page, restore);
  await page.keyboard.press('Enter');
  await expect(block.locator('figcaption')).not.toContainText('Adapted');
  await expect(quote).toContainText(original);
  await expect(quote).not.toContainText('Added.');
});

test('a pack quoting a passage the library has since corrected: the old ID still cites it, and "Use the library’s text" takes the correction', async ({ page, web }) => {
  // The passage as library builds before 'gendarmerie-type' was mended gave it, under its old ID.
  const library = JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'assets', 'library', 'library.json'), 'utf8')) as { excerpts: { id: string; text: string; formerIds?: string[] }[] };
  const current = library.excerpts.find((e) => e.formerIds?.includes('gmf-2017-x-28dgr25xttw'))!;
  const oldText = current.text.replace('gendarmerie-type', 'gendarmerietype');
  const path = join(web.dir, 'made-before.briefpack');
  const pack = {
    format: 'briefpack',
    version: 2,
    pack: {
      template: 'blank',
      cover: { title: 'Made before the correction', subtitle: '', author: '', date: '1 December 2026', recipient: '', marking: 'OFFICIAL', draft: false },
      settings: { paper: 'a4' },
      body: [{ type: 'excerpt', ref: { id: 'gmf-2017-x-28dgr25xttw', text: oldText, sourceText: oldText, adapted: false } }],
    },
  };
  await writeFile(path, JSON.stringify(pack));
  await page.goto(web.url);
  await page.getByRole('button', { name: 'Open a pack…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open pack' });
  await dialog.getByRole('textbox').fill(path);
  await dialog.getByRole('button', { name: 'OK' }).click();

  const block = page.locator('figure[data-library-id="gmf-2017-x-28dgr25xttw"]');
  await expect(block.locator('figcaption')).toContainText('No longer matches the library');
  await expect(block.locator('figcaption')).toContainText('Wehrey'); // cited, not "Source unavailable"
  const take = block.getByRole('button', { name: 'Use the library’s text' });
  await tabTo(page, take);
  await page.keyboard.press('Enter');
  const updated = page.locator(`figure[data-library-id="${current.id}"]`);
  await expect(updated.locator('blockquote')).toContainText('gendarmerie-type structure');
  await expect(updated.locator('figcaption')).not.toContainText('No longer matches');
  await expect(updated.locator('blockquote')).not.toContainText('[adapted]');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const saved = JSON.parse(await readFile(path, 'utf8')) as typeof pack;
  expect(saved.pack.body[0]!.ref).toEqual({ id: current.id, text: current.text, sourceText: current.text, adapted: false });
});
