import { readFile } from 'node:fs/promises';
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
