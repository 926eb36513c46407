import { test, expect } from '../support/webMode';
import { editorOf, newPackByKeyboard, searchByKeyboard, tabTo } from './keyboardSupport';

// Issue 17: the library panel, notes and the outline from the keyboard alone.

test('library panel: Enter and Space on every button do what it says; facets keep their arrows; Escape back to the text', async ({ page, web }) => {
  const editor = await newPackByKeyboard(page, web.url);
  await page.keyboard.type('Our own sentence');
  await searchByKeyboard(page, 'Wehrey');
  const preview = page.getByRole('region', { name: 'Preview' });
  const cite = preview.getByRole('button', { name: 'Cite in my sentence' });
  await tabTo(page, cite);
  await page.keyboard.press('Enter');
  // A citation marker after the sentence, and no block quote.
  await expect(editor.locator('sup.bp-note-cite')).toHaveText('1');
  await expect(editor.locator('figure')).toHaveCount(0);
  await expect(editor).toBeFocused();

  await page.keyboard.press('Control+k');
  await tabTo(page, cite);
  await page.keyboard.press('Space');
  await expect(editor.locator('sup.bp-note-cite')).toHaveCount(2);
  await expect(editor.locator('figure')).toHaveCount(0);

  // A facet: arrows change its value, not the highlighted result; Enter on it inserts nothing.
  await searchByKeyboard(page, 'Libya');
  const results = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
  await expect(results.first()).toHaveAttribute('aria-selected', 'true');
  const kind = page.getByLabel('Filter by kind');
  await tabTo(page, kind);
  await expect(kind).toBeFocused();
  // The focus ring is visible.
  expect(await kind.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await page.keyboard.press('ArrowDown');
  await expect(kind).not.toHaveValue('');
  await page.keyboard.press('Enter');
  await expect(editor.locator('figure')).toHaveCount(0);
  await expect(page.locator('.bp-result-count')).toHaveText(/^\d+ results?$/);
  await expect(results.first()).toHaveAttribute('aria-selected', 'true');

  // Insert with the preview's button, from the keyboard.
  const insert = page.getByRole('region', { name: 'Preview' }).getByRole('button', { name: /^Insert at cursor/ });
  await tabTo(page, insert);
  await page.keyboard.press('Enter');
  await expect(editor.locator('figure')).toHaveCount(1);

  await page.keyboard.press('Control+k');
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();
});

test('notes from the keyboard: Ctrl+Alt+F adds a footnote, Ctrl+Alt+N edits the note before the caret (locator or text)', async ({ page, web }) => {
  const editor = await newPackByKeyboard(page, web.url);
  await page.keyboard.type('A claim');
  await searchByKeyboard(page, 'Wehrey');
  await tabTo(page, page.getByRole('button', { name: 'Cite in my sentence' }));
  await page.keyboard.press('Enter');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+Alt+n');
  const locator = page.getByRole('dialog', { name: /^Page, paragraph or section/ });
  await expect(locator.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('p. 14');
  await page.keyboard.press('Enter');
  await expect(editor.locator('sup.bp-note-cite')).toHaveAttribute('title', /, (p\. )?14$/);
  await expect(editor).toBeFocused();

  await page.keyboard.type(' and a remark');
  await page.keyboard.press('Control+Alt+f');
  await page.keyboard.type('First version.');
  await page.keyboard.press('Enter');
  await expect(editor.locator('sup.bp-note')).toHaveText(['1', '2']);
  await page.keyboard.press('Control+Alt+n');
  const text = page.getByRole('dialog', { name: 'Footnote text' });
  await expect(text.getByRole('textbox')).toHaveValue('First version.');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Second version.');
  await page.keyboard.press('Enter');
  await expect(editor.locator('sup.bp-note-footnote')).toHaveAttribute('title', 'Note: Second version.');
  // Ctrl+F still opens Find.
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('textbox', { name: 'Find' })).toBeFocused();
});

test('outline: Alt+Shift+Up/Down moves a section with its text, and the tooltip says so', async ({ page, web }) => {
  const editor = await newPackByKeyboard(page, web.url);
  await page.keyboard.type('Text of the first section.');
  const outline = page.getByRole('navigation', { name: 'Outline' });
  const headings = await editor.locator('h1').allTextContents();
  const first = outline.getByRole('button', { name: headings[0]! });
  await expect(first).toHaveAttribute('title', /Alt\+Shift\+Up or Down/);
  await tabTo(page, first, { back: true, max: 80 });
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(outline.locator('.bp-outline-link')).toHaveText([headings[1]!, headings[0]!, ...headings.slice(2)]);
  await expect(first).toBeFocused();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(editor.locator('h1')).toHaveText([headings[1]!, headings[2]!, headings[0]!, ...headings.slice(3)]);
  await expect(outline.locator('.bp-outline-link')).toHaveText([headings[1]!, headings[2]!, headings[0]!, ...headings.slice(3)]);
  await expect(first).toBeFocused();
  // The section's text went with it.
  const order = await editor.evaluate((el) => Array.from(el.children).map((c) => c.textContent));
  expect(order[order.indexOf(headings[0]!) + 2]).toBe('Text of the first section.');
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(editor.locator('h1')).toHaveText([headings[1]!, headings[0]!, ...headings.slice(2)]);
  // Enter goes to the section: the caret at the end of its heading.
  await page.keyboard.press('Enter');
  await expect(editorOf(page)).toBeFocused();
});
