import { test, expect } from '../support/webMode';
import { newPackByKeyboard, searchByKeyboard, tabTo } from './keyboardSupport';

// Issue 17: find and replace as in Word, from the keyboard alone.

test('Enter and Shift+Enter step through matches without touching the text; Escape puts the caret back', async ({ page, web }) => {
  const editor = await newPackByKeyboard(page, web.url);
  // The caret is left after "Then": typed up to there, the rest typed, then arrows back (each
  // step waits for the editor to catch up with the keys).
  const caret = () => page.evaluate(() => { const s = window.getSelection()!; return `${s.anchorNode?.textContent?.slice(0, 12)}|${s.anchorOffset}`; });
  const rest = ' Libya again, and libya once more.';
  await page.keyboard.type('Libya first. Then');
  await page.keyboard.type(rest);
  await expect(editor).toContainText('and libya once more.');
  const before = await editor.textContent();
  for (let i = 0; i < rest.length; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(caret).toBe(`Libya first.|${'Libya first. Then'.length}`);

  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: 'Find and replace' });
  const box = find.getByRole('textbox', { name: 'Find' });
  await expect(box).toBeFocused();
  await page.keyboard.type('Libya');
  await expect(find.locator('.bp-find-count')).toHaveText('1 of 3');
  await page.keyboard.press('Enter');
  await expect(find.locator('.bp-find-count')).toHaveText('2 of 3');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(find.locator('.bp-find-count')).toHaveText('1 of 3');
  await page.keyboard.press('Shift+Enter');
  await expect(find.locator('.bp-find-count')).toHaveText('3 of 3');
  await expect(box).toBeFocused();
  expect(await editor.textContent()).toBe(before);
  // The current match is painted, not selected.
  await expect.poll(() => page.evaluate(() => (CSS.highlights as unknown as Map<string, Set<Range>>).get('bp-find-current')?.size)).toBe(1);

  await page.keyboard.press('Escape');
  await expect(find).toHaveCount(0);
  await expect(editor).toBeFocused();
  // The caret is back after "Then" (in the page's selection too, before the next key).
  await expect.poll(caret).toBe(`Libya first.|${'Libya first. Then'.length}`);
  await page.keyboard.type('X');
  await expect(editor).toContainText('Libya first. ThenX Libya again');
});

test('match case, whole words, footnotes and quotations; replace all skips quotations and says so', async ({ page, web }) => {
  const editor = await newPackByKeyboard(page, web.url);
  await page.keyboard.type('The Minister met Ministers and the minister');
  await page.keyboard.press('Control+Alt+f');
  const ask = page.getByRole('dialog', { name: 'Footnote text' });
  await expect(ask.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('Asked by the Minister.');
  await page.keyboard.press('Enter');
  await expect(editor.locator('sup.bp-note-footnote')).toHaveText('1');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Enter');
  const list = await searchByKeyboard(page, '"Minister of Foreign Affairs"');
  const id = (await list.getByRole('option').first().getAttribute('data-id'))!;
  await page.keyboard.press('Enter');
  const quote = editor.locator(`figure[data-library-id="${id}"] blockquote`);
  await expect(quote).toHaveCount(1);
  const original = (await quote.textContent())!;

  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: 'Find and replace' });
  await page.keyboard.type('Minister');
  const all = Number((await find.locator('.bp-find-count').textContent())!.match(/of (\d+)/)![1]);
  expect(all).toBeGreaterThanOrEqual(5);
  await tabTo(page, find.getByRole('checkbox', { name: 'Match case' }));
  await page.keyboard.press('Space');
  await tabTo(page, find.getByRole('checkbox', { name: 'Whole words' }));
  await page.keyboard.press('Space');
  // "Minister" in the text and in the footnote, at least one in the quotation; not "Ministers" or "minister".
  const inQuote = original.match(/(?<![\p{L}])Minister(?![\p{L}])/gu)!.length;
  const count = find.locator('.bp-find-count');
  await expect(count).toHaveText(`1 of ${2 + inQuote}`);
  await tabTo(page, find.getByRole('textbox', { name: 'Find' }), { back: true });
  await page.keyboard.press('Enter');
  await expect(count).toHaveText(/^2 of \d+ \(in a footnote\)$/);
  await page.keyboard.press('Enter');
  await expect(count).toHaveText(/in a quotation/);
  await page.screenshot({ path: test.info().outputPath('find-in-quotation.png') });

  await tabTo(page, find.getByRole('textbox', { name: 'Replace with' }));
  await page.keyboard.type('Foreign Secretary');
  await tabTo(page, find.getByRole('button', { name: 'Replace all' }));
  await page.keyboard.press('Enter');
  await expect(find.getByRole('status')).toHaveText(`Replaced 2. ${inQuote} in quotations left unchanged: quotations stay as the source wrote them.`);
  await expect(editor).toContainText('The Foreign Secretary met Ministers and the minister');
  await expect(quote).toHaveText(original);
  await expect(editor.locator('sup.bp-note-footnote')).toHaveAttribute('title', /Asked by the Foreign Secretary\./);
});

test('Replace goes on after the replacement: a word replaced by a longer one containing it is replaced once', async ({ page, web }) => {
  const editor = await newPackByKeyboard(page, web.url);
  await page.keyboard.type('One cat, a cat, the cat.');
  await expect(editor).toContainText('the cat.');
  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: 'Find and replace' });
  await page.keyboard.type('cat');
  const count = find.locator('.bp-find-count');
  await expect(count).toHaveText('1 of 3');
  await tabTo(page, find.getByRole('textbox', { name: 'Replace with' }));
  await page.keyboard.type('cats');
  // Enter in the replace box replaces the current match and goes to the next.
  await page.keyboard.press('Enter');
  await expect(editor).toContainText('One cats, a cat, the cat.');
  await expect(count).toHaveText('2 of 3');
  await page.keyboard.press('Enter');
  await expect(editor).toContainText('One cats, a cats, the cat.');
  await expect(count).toHaveText('3 of 3');
  await page.keyboard.press('Enter');
  await expect(editor).toContainText('One cats, a cats, the cats.');
});
