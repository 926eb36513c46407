import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/webMode';
import { newPackByKeyboard, searchByKeyboard } from './keyboardSupport';

// Issue 17: axe-core over every screen and dialog; no serious or critical violation.

async function serious(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
}

test('start screen, editor, library with results and every dialog pass axe-core', async ({ page, web }) => {
  test.setTimeout(150_000); // axe-core takes seconds per screen on a busy machine
  await page.goto(web.url);
  await expect(page.getByRole('heading', { name: 'New pack' })).toBeVisible();
  await expect(page.locator('button[data-template]').first()).toBeVisible();
  expect(await serious(page), 'start screen').toEqual([]);

  await newPackByKeyboard(page, web.url);
  await page.keyboard.type('A sentence to cite.');
  expect(await serious(page), 'editor with a pack').toEqual([]);

  await searchByKeyboard(page, 'Libya migration');
  await page.keyboard.press('Enter');
  await searchByKeyboard(page, 'Wehrey');
  expect(await serious(page), 'library panel with results and a quotation in the text').toEqual([]);

  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Alt+f');
  await expect(page.getByRole('dialog', { name: 'Footnote text' })).toBeVisible();
  expect(await serious(page), 'footnote dialog').toEqual([]);
  await page.keyboard.type('A note.');
  await page.keyboard.press('Enter');

  await page.keyboard.press('Control+f');
  await page.keyboard.type('Libya');
  expect(await serious(page), 'find and replace').toEqual([]);
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+Shift+s');
  await expect(page.getByRole('dialog', { name: 'Save pack as' })).toBeVisible();
  expect(await serious(page), 'save dialog').toEqual([]);
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+o');
  await expect(page.getByRole('dialog', { name: 'Open pack' })).toBeVisible();
  expect(await serious(page), 'open dialog').toEqual([]);
  await page.keyboard.press('Escape');

  // An error notice with details, and the export settings opened.
  await page.keyboard.press('Control+Shift+s');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('/nonexistent-folder/x.briefpack');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  await page.locator('summary', { hasText: 'Export settings' }).press('Enter');
  expect(await serious(page), 'error notice and export settings').toEqual([]);
});
