import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/webMode';
import { newPackByKeyboard, tabTo } from './keyboardSupport';

// Issue 17: notices in a fixed place, in plain words; save-as and number fields that refuse what they will not use.

const exists = (path: string) => access(path).then(() => true, () => false);

test('Save as adds .briefpack, refuses another extension; the notice sits above the status bar and leaves', async ({ page, web }) => {
  await newPackByKeyboard(page, web.url);
  await page.keyboard.type('Words.');
  const saveAs = async (path: string) => {
    await page.keyboard.press('Control+Shift+s');
    const prompt = page.getByRole('dialog', { name: 'Save pack as' });
    await expect(prompt.getByRole('textbox')).toBeFocused();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(path);
    await page.keyboard.press('Enter');
  };
  await saveAs(join(web.dir, 'notes.txt'));
  await expect(page.getByRole('alert')).toHaveText(/A pack is saved as a \.briefpack file, so “notes\.txt” was not used\./);
  expect(await exists(join(web.dir, 'notes.txt'))).toBe(false);

  await saveAs(join(web.dir, 'no-ending'));
  const saved = join(web.dir, 'no-ending.briefpack');
  const notice = page.locator('.bp-notice');
  await expect(notice).toContainText(`Saved ${saved}`);
  expect(await exists(saved)).toBe(true);
  // Above the status bar, which stays whole inside the window.
  const status = page.locator('.bp-status');
  await expect(status).toBeInViewport({ ratio: 1 });
  const [n, s] = [await notice.boundingBox(), await status.boundingBox()];
  expect(n!.y + n!.height).toBeLessThanOrEqual(s!.y + 0.5);
  await page.screenshot({ path: test.info().outputPath('saved-notice.png') });
  // An info notice leaves by itself.
  await expect(notice).toHaveCount(0, { timeout: 9000 });
});

test('the speaking rate refuses a value it will not use, says so, and keeps the old rate', async ({ page, web }) => {
  await newPackByKeyboard(page, web.url);
  const settings = page.locator('summary', { hasText: 'Export settings' });
  await tabTo(page, settings, { back: true, max: 80 });
  await page.keyboard.press('Enter');
  const rate = page.getByRole('spinbutton', { name: /Speaking rate/ });
  await tabTo(page, rate);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('1');
  await expect(page.getByRole('alert')).toHaveText('A speaking rate is a whole number from 60 to 300; still using 140 words per minute.');
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.bp-status')).toContainText('at 140 wpm');
  await page.keyboard.type('80');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.bp-status')).toContainText('at 180 wpm');
});
