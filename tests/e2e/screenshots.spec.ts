import { join } from 'node:path';
import { test, expect, ROOT } from '../support/webMode';

// Screenshots for design review: into test-results/screenshots/ on every run, and into
// docs/screenshots/ (the README's pictures) with BRIEFPACK_UPDATE_SCREENSHOTS=1.

const OUT = process.env.BRIEFPACK_UPDATE_SCREENSHOTS ? join(ROOT, 'docs', 'screenshots') : join(ROOT, 'test-results', 'screenshots');

test('screenshots of the start screen, the editor with the library, and each template', async ({ page, web }) => {
  await page.goto(web.url);
  await expect(page.locator('button[data-template]')).toHaveCount(4);
  await page.screenshot({ path: join(OUT, 'start.png') });

  await page.getByRole('button', { name: 'Open the sample pack' }).click();
  const editor = page.getByRole('textbox', { name: 'Pack text' });
  await expect(editor.locator('figure .bp-citation').first()).not.toContainText('Loading');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Libya');
  const list = page.getByRole('listbox', { name: 'Results' });
  await expect(list).toHaveAttribute('data-answered', 'Libya');
  await list.getByRole('option').nth(1).click();
  await expect(page.getByRole('region', { name: 'Preview' }).locator('.bp-preview-cite')).not.toBeEmpty();
  await page.screenshot({ path: join(OUT, 'editor.png') });
  await page.getByRole('complementary', { name: 'Library' }).screenshot({ path: join(OUT, 'library.png') });

  // Leaving a pack asks first only if it has changes; accept whenever it asks.
  page.on('dialog', (d) => void d.accept());
  for (const name of ['briefing-note', 'issue-brief', 'meeting-pack', 'talking-points']) {
    await page.getByRole('button', { name: 'Home' }).click();
    await page.locator(`button[data-template="${name}"]`).click();
    await expect(editor.locator('h1').first()).toBeVisible();
    await page.screenshot({ path: join(OUT, `template-${name}.png`) });
  }
});
