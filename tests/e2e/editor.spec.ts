import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/webMode';
import { dragOutlineSection } from './outlineSupport';
import type { Locator, Page } from '@playwright/test';

// Issue 6: the editor, in real Chromium against a real web-mode server and real files.

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Pack text' });

async function newPack(page: Page, url: string, template = 'briefing-note'): Promise<Locator> {
  await page.goto(url);
  await page.locator(`button[data-template="${template}"]`).click();
  const editor = editorOf(page);
  await expect(editor.locator('h1').first()).toBeVisible();
  return editor;
}

/**
 * Clicks a heading and waits until the caret is in it and the editor has read it: under load the
 * next key can otherwise reach Lexical before the click's selectionchange does, and the text
 * lands where the caret was before the click.
 */
async function clickHeading(page: Page, nth: number): Promise<void> {
  const heading = editorOf(page).locator('h1').nth(nth);
  await heading.click();
  await caretIn(page, heading);
}

/**
 * Waits until the page's caret is in `where` and the editor has had a frame to read it, as a
 * user sees the caret before typing. Playwright types within milliseconds of a click, before the
 * browser's selectionchange for a block the click replaced (an empty line made a list item) has
 * reached the editor; the first key then went where the old line had been.
 */
async function caretIn(page: Page, where: Locator): Promise<void> {
  await expect.poll(() => where.evaluate((el) => { const a = window.getSelection()?.anchorNode; return !!a && el.contains(a); })).toBe(true);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

/** Puts the cursor on a new line after the first heading and types there. */
async function typeAfterFirstHeading(page: Page, text: string): Promise<void> {
  await clickHeading(page, 0);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

/** Searches the library and inserts the first result at the cursor with Enter. */
async function insertFromLibrary(page: Page, query: string): Promise<string> {
  await page.keyboard.press('Control+k');
  await page.keyboard.type(query);
  const list = page.getByRole('listbox', { name: 'Results' });
  await expect(list).toHaveAttribute('data-answered', query);
  await expect(list).toHaveAttribute('aria-busy', 'false');
  const id = (await list.getByRole('option').first().getAttribute('data-id'))!;
  await page.keyboard.press('Enter');
  await expect(editorOf(page).locator(`figure[data-library-id="${id}"]`)).toHaveCount(1);
  return id;
}

async function saveTo(page: Page, path: string): Promise<unknown> {
  await page.keyboard.press('Control+s');
  const prompt = page.getByRole('dialog', { name: 'Save pack as' });
  await prompt.getByRole('textbox').fill(path);
  await prompt.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('status')).toContainText(`Saved ${path}`);
  return JSON.parse(await readFile(path, 'utf8'));
}

test('paragraph styles, bold, italic and lists', async ({ page, web }) => {
  const editor = await newPack(page, web.url);
  await typeAfterFirstHeading(page, 'Styled line');
  await page.getByLabel('Paragraph style').selectOption('h2');
  await expect(editor.locator('h2', { hasText: 'Styled line' })).toBeVisible();
  await page.getByLabel('Paragraph style').selectOption('p');
  await expect(editor.locator('p', { hasText: 'Styled line' })).toBeVisible();

  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type('strong words');
  await page.getByRole('button', { name: 'Bold' }).click();
  await page.getByRole('button', { name: 'Italic' }).click();
  await page.keyboard.type(' slanted');
  await expect(editor.locator('.bp-bold', { hasText: 'strong words' })).toBeVisible();
  await expect(editor.locator('.bp-italic', { hasText: 'slanted' })).toBeVisible();
  await expect(editor.locator('.bp-bold', { hasText: 'slanted' })).toHaveCount(0);

  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await caretIn(page, editor.locator('ul.bp-ul li').last());
  await page.keyboard.type('first point');
  await page.keyboard.press('Enter');
  await page.keyboard.type('second point');
  await expect(editor.locator('ul.bp-ul li')).toHaveText(['first point', 'second point']);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Numbered list' }).click();
  await caretIn(page, editor.locator('ol.bp-ol li').last());
  await page.keyboard.type('step one');
  await expect(editor.locator('ol.bp-ol li', { hasText: 'step one' })).toBeVisible();
});

test('a locked excerpt cannot be typed over; unlock, adapt, keep marks it adapted; undo and redo', async ({ page, web }) => {
  const editor = await newPack(page, web.url);
  await editor.locator('h1').first().click();
  await page.keyboard.press('End');
  const id = await insertFromLibrary(page, 'controlling migration');
  const block = editor.locator(`figure[data-library-id="${id}"]`);
  const quote = block.locator('blockquote');
  const original = (await quote.textContent())!;

  // Select the block with the keyboard (ArrowRight from the end of the heading before it gives
  // Lexical a node selection on it), then type: the quotation must not change.
  await clickHeading(page, 0);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('xyz');
  await expect(block).toHaveCount(1);
  await expect(quote).toHaveText(original);
  // A click on the quotation does not make it editable either.
  await quote.click();
  await page.keyboard.type('abc');
  await expect(quote).toHaveText(original);
  await expect(editor).not.toContainText('xyz');

  await block.getByRole('button', { name: 'Unlock to adapt' }).click();
  const area = block.getByLabel('Adapted text');
  await area.fill('NATO should, at the very minimum, keep monitoring migration.');
  await block.getByRole('button', { name: 'Keep adaptation' }).click();
  await expect(block.locator('figcaption')).toContainText('Adapted from source');
  await expect(block.locator('blockquote')).toContainText('at the very minimum, keep monitoring');

  // A new insert is one undo step away, and redo brings it back (wherever it lands).
  await editor.locator('h1').nth(1).click();
  await page.keyboard.press('End');
  const second = await insertFromLibrary(page, 'Wehrey');
  const secondBlock = editor.locator(`figure[data-library-id="${second}"]`);
  await editor.focus();
  await page.keyboard.press('Control+z');
  await expect(secondBlock).toHaveCount(0);
  await expect(block).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(secondBlock).toHaveCount(1);
});

test('citations from own sentences and footnotes are numbered live in reading order', async ({ page, web }) => {
  const editor = await newPack(page, web.url);
  await typeAfterFirstHeading(page, 'Late in the text');
  // A footnote in the second section.
  await clickHeading(page, 1);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second section sentence');
  await page.getByRole('button', { name: 'Footnote' }).click();
  const ask = page.getByRole('dialog', { name: 'Footnote text' });
  await ask.getByRole('textbox').fill('Our own note.');
  await ask.getByRole('button', { name: 'OK' }).click();
  await expect(editor.locator('sup.bp-note-footnote')).toHaveText('1');

  // Now cite from an earlier sentence: it takes 1 and the footnote becomes 2.
  await editor.locator('p', { hasText: 'Late in the text' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Wehrey');
  const list = page.getByRole('listbox', { name: 'Results' });
  await expect(list).toHaveAttribute('data-answered', 'Wehrey');
  await page.getByRole('region', { name: 'Preview' }).getByRole('button', { name: 'Cite in my sentence' }).click();
  await expect(editor.locator('sup.bp-note')).toHaveText(['1', '2']);
  await expect(editor.locator('sup.bp-note-cite')).toHaveText('1');
  await expect(editor.locator('sup.bp-note-footnote')).toHaveText('2');

  // An excerpt between them takes its place in the sequence.
  await clickHeading(page, 1);
  await page.keyboard.press('End');
  await insertFromLibrary(page, 'controlling migration');
  await expect(editor.locator('sup.bp-note')).toHaveText(['1', '2', '3']);
  await expect(editor.locator('figure sup.bp-note')).toHaveText('2');
  await expect(editor.locator('sup.bp-note-footnote')).toHaveText('3');
});

test('outline lists headings, jumps, and drag reorders sections in the saved file', async ({ page, web }) => {
  const editor = await newPack(page, web.url);
  const outline = page.getByRole('navigation', { name: 'Outline' });
  const headings = await editor.locator('h1').allTextContents();
  await expect(outline.locator('.bp-outline-link')).toHaveText(headings);

  const last = headings[headings.length - 1]!;
  await outline.getByRole('button', { name: last }).click();
  await expect(editor.locator('h1', { hasText: last })).toBeInViewport();

  // Drag the second section before the first.
  await dragOutlineSection(page, 1, 0);
  const reordered = [headings[1]!, headings[0]!, ...headings.slice(2)];
  await expect(outline.locator('.bp-outline-link')).toHaveText(reordered);
  await expect(editor.locator('h1')).toHaveText(reordered);

  await page.getByLabel('Title', { exact: true }).fill('Outline order');
  const saved = (await saveTo(page, join(web.dir, 'outline.briefpack'))) as { pack: { body: { type: string; children?: { text?: string }[] }[] } };
  const savedHeadings = saved.pack.body.filter((b) => b.type === 'heading').map((b) => b.children?.map((c) => c.text).join(''));
  expect(savedHeadings).toEqual(reordered);
  // The section's guidance paragraph moved with its heading.
  const body = saved.pack.body;
  expect(body[0]!.type).toBe('heading');
  expect(body[1]!.type).not.toBe('heading');
});

test('cover fields save into the file; word count and speaking time follow typing', async ({ page, web }) => {
  await newPack(page, web.url);
  await page.getByLabel('Title', { exact: true }).fill('Cover check');
  await page.getByLabel('Marking').selectOption('OFFICIAL-SENSITIVE');
  await page.getByLabel('Draft (watermark)').check();

  const status = page.locator('.bp-status');
  const words = async () => Number((await status.textContent())!.match(/([\d,]+) words/)![1]!.replace(/,/g, ''));
  // The count comes once the opened pack has painted ("Counting words…" until then).
  await expect(status).toContainText(/\d words/);
  const before = await words();
  const time = await status.getByText(/Speaking time/).textContent();
  await typeAfterFirstHeading(page, 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty');
  await expect.poll(words).toBe(before + 20);
  await expect(status.getByText(/Speaking time/)).not.toHaveText(time!);

  const saved = (await saveTo(page, join(web.dir, 'cover.briefpack'))) as { pack: { cover: { title: string; marking: string; draft: boolean } } };
  expect(saved.pack.cover).toMatchObject({ title: 'Cover check', marking: 'OFFICIAL-SENSITIVE', draft: true });
});

test('find and replace changes own text but never a quotation', async ({ page, web }) => {
  const editor = await newPack(page, web.url);
  await editor.locator('h1').first().click();
  await page.keyboard.press('End');
  const id = await insertFromLibrary(page, 'controlling migration');
  const quote = editor.locator(`figure[data-library-id="${id}"] blockquote`);
  const original = (await quote.textContent())!;
  expect(original).toContain('NATO');
  await clickHeading(page, 1);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('NATO must decide. NATO will act.');

  await page.keyboard.press('Control+f');
  const find = page.getByRole('search');
  await expect(find.getByRole('textbox', { name: 'Find' })).toBeFocused();
  await page.keyboard.type('NATO');
  // Two in my text, the rest in the quotation (searched too, never replaced).
  const inQuote = original.match(/NATO/g)!.length;
  await expect(find.locator('.bp-find-count')).toHaveText(new RegExp(`^1 of ${2 + inQuote}`));
  await find.getByLabel('Replace with').fill('the Alliance');
  await find.getByRole('button', { name: 'Replace all' }).click();
  await expect(editor).toContainText('the Alliance must decide. the Alliance will act.');
  await expect(quote).toHaveText(original);
  await expect(find.getByRole('status')).toHaveText(/^Replaced 2\. /);
  await expect(find.locator('.bp-find-count')).toHaveText(new RegExp(`of ${inQuote} \\(in a quotation`));
});

for (const [name, title] of [
  ['briefing-note', 'Briefing note'],
  ['issue-brief', 'Issue brief'],
  ['meeting-pack', 'Meeting pack'],
  ['talking-points', 'Talking points'],
] as const) {
  test(`new pack from the ${title} template`, async ({ page, web }) => {
    await page.goto(web.url);
    await page.locator(`button[data-template="${name}"]`).click();
    const editor = editorOf(page);
    const template = JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'templates', `${name}.json`), 'utf8')) as { pack: { body: { type: string; children?: { text?: string }[] }[] } };
    const expected = template.pack.body.filter((b) => b.type === 'heading').map((b) => b.children!.map((c) => c.text).join(''));
    await expect(editor.locator('h1, h2, h3')).toHaveText(expected);
    await expect(page.locator('.bp-status')).toContainText('Not saved yet');
  });
}
