import { test, expect } from '../support/webMode';
import type { Page } from '@playwright/test';

// Issue 5: the library browser, driven as a user would, against the real bundled library.

async function newPack(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('button[data-template="briefing-note"]').click();
  await expect(page.getByRole('textbox', { name: 'Pack text' })).toContainText('Issue');
}

const search = (page: Page) => page.getByLabel('Search the library');
/** Waits until the newest query's answer is on screen (the list is aria-busy while one is in flight). */
const settled = (page: Page) => expect(page.getByRole('listbox', { name: 'Results' })).toHaveAttribute('aria-busy', 'false');
async function find(page: Page, text: string): Promise<void> {
  await search(page).fill(text);
  await expect(page.getByRole('listbox', { name: 'Results' })).toHaveAttribute('data-answered', text);
  await settled(page);
}
const results = (page: Page) => page.getByRole('listbox', { name: 'Results' }).getByRole('option');
const count = (page: Page) => page.locator('.bp-result-count');
const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });

/** The total the count line shows, e.g. "131 results" -> 131. */
async function shownTotal(page: Page): Promise<number> {
  await settled(page);
  await expect(count(page)).toHaveText(/^\d+ results?$/);
  return Number((await count(page).textContent())!.split(' ')[0]);
}

test.describe('library browser', () => {
  test.beforeEach(async ({ page, web }) => newPack(page, web.url));

  test('searches as you type, highlights matches, shows source and locator', async ({ page }) => {
    await find(page, 'Libya');
    await expect(results(page).first()).toContainText(/Libya/i);
    const first = results(page).first();
    await expect(first.locator('mark').first()).toHaveText(/^Libya/i);
    await expect(first.locator('.bp-hit-source')).not.toBeEmpty();
    await expect(first.locator('.bp-hit-locator')).not.toBeEmpty();
    // Sources are shown by title, not by internal id.
    await expect(first.locator('.bp-hit-source')).not.toHaveText(/^[a-z0-9]+-[a-z0-9-]+$/);
    expect(await shownTotal(page)).toBeGreaterThan(20);

    // Typing more narrows the results live.
    const before = await shownTotal(page);
    await search(page).pressSequentially(' oil smuggling');
    await expect.poll(() => shownTotal(page)).toBeLessThan(before);
  });

  test('phrase search with quotes matches the exact phrase only', async ({ page }) => {
    await find(page, '"projecting stability"');
    const total = await shownTotal(page);
    expect(total).toBeGreaterThan(0);
    await expect(results(page)).toHaveCount(total);
    for (const hit of await results(page).all()) {
      await expect(hit.locator('.bp-snippet')).toContainText(/projecting stability/i);
      await expect(hit.locator('mark').first()).toHaveText(/projecting/i);
    }
    await find(page, 'projecting stability');
    await expect.poll(() => shownTotal(page)).toBeGreaterThan(total);
  });

  test('a long answer draws its first rows, and the rest as the arrows or the scrolling reach them', async ({ page }) => {
    await find(page, 'NATO');
    const list = page.getByRole('listbox', { name: 'Results' });
    // 50 rows answer, a few are in view: the list draws the first dozen, each saying where it stands.
    await expect(results(page).first()).toHaveAttribute('aria-setsize', '50');
    const drawn = await results(page).count();
    expect(drawn).toBeLessThan(50);

    // The arrows go on past the drawn rows, and the active row is drawn and scrolled to.
    await search(page).focus();
    for (let i = 0; i < drawn + 3; i++) await search(page).press('ArrowDown');
    const active = list.getByRole('option', { selected: true });
    await expect(active).toHaveAttribute('aria-posinset', String(drawn + 4));
    await expect(active).toBeInViewport();
    await expect(search(page)).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id'))!);

    // Scrolling to the end draws the rest, down to the 50th.
    await expect
      .poll(async () => {
        await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
        return results(page).count();
      })
      .toBe(50);
    await expect(results(page).last()).toHaveAttribute('aria-posinset', '50');

    // A new answer starts again from its top, the list scrolled back to its first row, also
    // when the list was scrolled with the wheel and the first row stayed the active one.
    await find(page, 'NATO partners');
    await expect(list.getByRole('option', { selected: true })).toHaveAttribute('aria-posinset', '1');
    expect(await results(page).count()).toBeLessThan(50);
    await list.hover();
    await page.mouse.wheel(0, 400);
    await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await expect(list.getByRole('option', { selected: true })).toHaveAttribute('aria-posinset', '1');
    await find(page, 'NATO partners Libya');
    await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBe(0);
    await expect(results(page).first()).toBeInViewport();
  });

  test('asks once per key typed, and an older answer arriving late never replaces a newer one', async ({ page }) => {
    await settled(page);
    const asked: string[] = [];
    // The answer to "Lib" is held back until "Liby"'s has been drawn.
    let releaseLib: () => void = () => undefined;
    const libHeld = new Promise<void>((r) => (releaseLib = r));
    await page.route('**/api/searchLibrary', async (route) => {
      const { text } = route.request().postDataJSON() as { text: string };
      asked.push(text);
      if (text === 'Lib') await libHeld;
      await route.continue();
    });
    await search(page).pressSequentially('Liby');
    await expect(page.getByRole('listbox', { name: 'Results' })).toHaveAttribute('data-answered', 'Liby');
    await settled(page);
    const shown = await results(page).first().getAttribute('data-id');
    releaseLib();
    // Let the held answer arrive and be dropped.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/searchLibrary')).length)).toBeGreaterThanOrEqual(4);
    await page.waitForTimeout(300);
    await expect(page.getByRole('listbox', { name: 'Results' })).toHaveAttribute('data-answered', 'Liby');
    await expect(results(page).first()).toHaveAttribute('data-id', shown!);
    // One request per key: the input event asks, and the effect that follows does not ask again.
    expect(asked).toEqual(['L', 'Li', 'Lib', 'Liby']);
  });

  test('tolerates a typo', async ({ page }) => {
    await find(page, 'Mediteranean');
    expect(await shownTotal(page)).toBeGreaterThan(0);
    await expect(results(page).first().locator('mark').first()).toHaveText(/^Mediterranean/i);
  });

  test('facet filters narrow the results and the count follows', async ({ page }) => {
    await find(page, 'Libya');
    const all = await shownTotal(page);
    const kind = page.getByLabel('Filter by kind');
    const recOption = kind.locator('option', { hasText: 'Recommendation' });
    const expected = Number((await recOption.textContent())!.match(/\((\d+)\)/)![1]);
    await kind.selectOption('recommendation');
    await expect.poll(() => shownTotal(page)).toBe(expected);
    expect(expected).toBeLessThan(all);
    for (const hit of await results(page).all()) await expect(hit.locator('.bp-kind')).toHaveText('Recommendation');

    await kind.selectOption('');
    await expect.poll(() => shownTotal(page)).toBe(all);
    const source = page.getByLabel('Filter by source');
    await source.selectOption('pism-2016');
    const pism = Number((await source.locator('option[value="pism-2016"]').textContent())!.match(/\((\d+)\)/)![1]);
    await expect.poll(() => shownTotal(page)).toBe(pism);
    for (const hit of (await results(page).all()).slice(0, 10)) await expect(hit.locator('.bp-hit-source')).toHaveText('NATO in Libya: A Long-Term Plan for Stability');
  });

  test('preview shows full text, printed citation, section path and neighbours', async ({ page }) => {
    await find(page, '"The very minimum that NATO can contribute to controlling migration"');
    await results(page).first().click();
    const p = preview(page);
    await expect(p.locator('.bp-preview-text')).toContainText('The very minimum that NATO can contribute to controlling migration is to continue monitoring it');
    // The full passage, not the snippet.
    const full = (await p.locator('.bp-preview-text').textContent())!;
    expect(full.length).toBeGreaterThan((await results(page).first().locator('.bp-snippet').textContent())!.length - 2);
    await expect(p.locator('.bp-preview-path')).toContainText('NATO in Libya: A Long-Term Plan for Stability › ');
    await expect(p.locator('.bp-preview-path')).toContainText('Protection of the Mediterranean Sea');
    await expect(p.locator('.bp-neighbour')).toHaveCount(2);
    await expect(p.locator('.bp-preview-cite')).toContainText('NATO in Libya');
    await expect(p.locator('.bp-preview-cite')).toContainText(/Quercia|Sasnal|Smith|Volker/);
  });

  test('keyboard: Ctrl+K, arrows, Enter inserts at the cursor, Escape back to the editor', async ({ page }) => {
    const editor = page.getByRole('textbox', { name: 'Pack text' });
    await editor.locator('h1').first().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+k');
    await expect(search(page)).toBeFocused();
    await page.keyboard.type('migration');
    await settled(page);
    await expect(results(page).first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(results(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(results(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(results(page).first()).toHaveAttribute('aria-selected', 'false');
    const id = (await results(page).nth(1).getAttribute('data-id'))!;
    await page.keyboard.press('Enter');

    const block = editor.locator(`figure[data-library-id="${id}"]`);
    await expect(block).toHaveCount(1);
    await expect(block.locator('figcaption.bp-citation')).toContainText('NATO in Libya');
    await expect(block.locator('sup.bp-note')).toHaveText('1');
    // Inserted at the cursor: right after the first heading, before its guidance or text.
    const order = await editor.evaluate((el, libId) => Array.from(el.children).findIndex((c) => c.querySelector(`[data-library-id="${libId}"]`)), id);
    expect(order).toBe(1);

    await search(page).focus();
    await page.keyboard.press('Escape');
    await expect(editor).toBeFocused();
  });

  test('drag a result onto the editor inserts it there, and used results are marked "In pack"', async ({ page }) => {
    const editor = page.getByRole('textbox', { name: 'Pack text' });
    await find(page, 'climate security');
    const hit = results(page).nth(2);
    const id = (await hit.getAttribute('data-id'))!;
    await expect(hit).not.toHaveAttribute('data-in-pack');
    await expect(hit.getByText('In pack')).toHaveCount(0);

    const target = editor.locator('h1').first();
    await page.evaluate(
      ({ hitSel, targetSel }) => {
        const from = document.querySelector(hitSel)!;
        const to = document.querySelector(targetSel)!;
        const dt = new DataTransfer();
        from.dispatchEvent(new DragEvent('dragstart', { bubbles: true, cancelable: true, dataTransfer: dt }));
        to.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
        to.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
        from.dispatchEvent(new DragEvent('dragend', { bubbles: true, cancelable: true, dataTransfer: dt }));
      },
      { hitSel: `#bp-results [data-id="${id}"]`, targetSel: '.bp-editable h1' },
    );
    await expect(target).toBeVisible();
    const block = editor.locator(`figure[data-library-id="${id}"]`);
    await expect(block).toHaveCount(1);
    await expect(block.locator('figcaption.bp-citation')).toContainText(/NATO/);
    await expect(block.locator('sup.bp-note').first()).toHaveText('1');
    // Dropped on the first heading: it lands just after it.
    const order = await editor.evaluate((el, libId) => Array.from(el.children).findIndex((c) => c.querySelector(`[data-library-id="${libId}"]`)), id);
    expect(order).toBe(1);

    // The result is now marked as used, for screen readers too; others are not.
    await expect(hit).toHaveAttribute('data-in-pack', 'true');
    await expect(hit).toHaveAttribute('aria-description', 'Already in the pack');
    await expect(hit.getByText('In pack')).toBeVisible();
    await expect(results(page).first()).not.toHaveAttribute('data-in-pack');

    // A citation from the user's own sentence also counts as used.
    await editor.locator('p').last().click();
    await results(page).first().click();
    await preview(page).getByRole('button', { name: 'Cite in my sentence' }).click();
    await expect(results(page).first()).toHaveAttribute('data-in-pack', 'true');

    // Undo the insert: the mark goes away.
    await editor.focus();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(block).toHaveCount(0);
    await expect(hit).not.toHaveAttribute('data-in-pack');
  });

  for (const { query, expectId, why } of [
    { query: 'Wehrey', expectId: 'gmf-2017-x-0c2ap5pojoq', why: 'an author' },
    { query: 'climate change security partners', expectId: 'nato-south-2024-r-1qw0n42gjgm', why: 'a topic' },
    { query: 'monitoring it in the Southern Mediterranean and tracking criminal networks', expectId: 'pism-2016-x-0eru8cej0q5', why: 'a phrase copied from a passage' },
  ]) {
    test(`relevance: ${why} ("${query}") finds the passage in the top three`, async ({ page }) => {
      await find(page, query);
      await expect(results(page).first()).toBeVisible();
      const top3 = await results(page).evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-id')));
      expect(top3).toContain(expectId);
    });
  }
});
