import { expect, type Locator, type Page } from '@playwright/test';

/** Helpers for specs that drive the app with the keyboard alone (no click, no mouse move). */

export const editorOf = (page: Page): Locator => page.getByRole('textbox', { name: 'Pack text' });

/** The accessible name of whatever has focus, for asserting where Tab landed. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches, failing after `max` presses. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Opens the app and starts a pack from a template with Tab and Enter; the caret is then in the text. */
export async function newPackByKeyboard(page: Page, url: string, template = 'briefing-note'): Promise<Locator> {
  await page.goto(url);
  const button = page.locator(`button[data-template="${template}"]`);
  await expect(button).toBeVisible();
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  const editor = editorOf(page);
  await expect(editor).toBeFocused();
  return editor;
}

/** Searches the library from the text (Ctrl+K) and waits until the answer for `query` is shown. */
export async function searchByKeyboard(page: Page, query: string): Promise<Locator> {
  await page.keyboard.press('Control+k');
  await page.keyboard.type(query);
  const list = page.getByRole('listbox', { name: 'Results' });
  await expect(list).toHaveAttribute('data-answered', query);
  await expect(list).toHaveAttribute('aria-busy', 'false');
  return list;
}
