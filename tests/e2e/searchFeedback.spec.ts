import type { Page } from '@playwright/test';
import { test, expect } from '../support/webMode';
import { newPackByKeyboard, searchByKeyboard } from './keyboardSupport';

// Issue 17: search that says what it did, and hyphen or spacing variants of a word that find the same passages.

const total = async (page: Page) => Number((await page.locator('.bp-result-count').textContent())!.split(' ')[0]);

test('a search that widens to any word says so; an exact one does not', async ({ page, web }) => {
  await newPackByKeyboard(page, web.url);
  await searchByKeyboard(page, 'Strategic Concept southern neighbourhood Madrid');
  await expect(page.locator('.bp-result-note')).toHaveText('No passage has all of these words; showing passages with any of them, those with the most words first.');
  await page.keyboard.press('Control+k');
  await searchByKeyboard(page, 'Strategic Concept');
  await expect(page.locator('.bp-result-note')).toHaveCount(0);
});

test('"counterterrorism", "counter-terrorism" and "counter terrorism" find each other’s passages', async ({ page, web }) => {
  await newPackByKeyboard(page, web.url);
  const counts: number[] = [];
  for (const q of ['counterterrorism', 'counter-terrorism', 'counter terrorism']) {
    await searchByKeyboard(page, q);
    counts.push(await total(page));
    await page.keyboard.press('Control+k');
  }
  // The spaced form may also find passages with both words apart ("counter-strategies … terrorism").
  expect(counts[0]).toBeGreaterThan(30);
  expect(counts[1]).toBeGreaterThanOrEqual(counts[0]!);
  expect(Math.abs(counts[2]! - counts[1]!)).toBeLessThanOrEqual(1);
});
