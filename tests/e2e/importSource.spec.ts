import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { test, expect } from '../support/webMode';

// Issue 20: the user's own sources. A real PDF (Debian's bzip2 manual, from bzip2-doc) is
// dropped on the library panel, its report read, its metadata filled in, and a quotation from
// it inserted with a Chicago note that names the author the user typed and the printed page.
const GZ = '/usr/share/doc/bzip2/manual.pdf.gz';

test.describe('importing your own source', () => {
  test.skip(!existsSync(GZ), `${GZ} is absent: run scripts/install-system-deps.sh (bzip2-doc).`);

  test('drop a PDF on the library panel, fill the metadata, insert a quotation from it', async ({ page, web }) => {
    await page.goto(web.url);
    await page.locator('button[data-template="briefing-note"]').click();
    const editor = page.getByRole('textbox', { name: 'Pack text' });
    await expect(editor).toContainText('Issue');

    const bytes = [...gunzipSync(readFileSync(GZ))];
    const files = await page.evaluateHandle((data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], 'bzip2-manual.pdf', { type: 'application/pdf' }));
      return dt;
    }, bytes);
    const panel = page.getByRole('complementary', { name: 'Library' });
    await panel.dispatchEvent('dragover', { dataTransfer: files });
    await panel.dispatchEvent('drop', { dataTransfer: files });

    const dialog = page.getByRole('dialog', { name: 'Import bzip2-manual.pdf' });
    await expect(dialog).toBeVisible();
    const report = dialog.getByRole('region', { name: 'Import report' });
    await expect(report).toContainText('Page numbers are the ones printed on the pages.');
    await expect(report).toContainText('Removed the running head');
    const form = dialog.getByRole('form', { name: 'Source details' });
    const title = form.getByLabel('Title');
    const titleLabel = form.locator('label').filter({ hasText: /^Title/ });
    await expect(titleLabel.locator('.bp-guessed')).toHaveText('guessed');
    await page.screenshot({ path: 'test-results/screenshots/import-dialog.png' });

    await title.fill('bzip2 and libbzip2, version 1.0.8: A Program and Library for Data Compression');
    await form.getByLabel(/^Authors/).fill('Seward, Julian');
    await form.getByLabel('Publisher').fill('sourceware.org');
    await form.getByLabel(/^Date \(year/).fill('2019-07-13');
    await expect(titleLabel.locator('.bp-guessed')).toHaveCount(0);
    await form.getByRole('button', { name: 'Add to my library' }).click();
    await expect(dialog).toBeHidden();

    // Search it like a bundled source, keep to "My sources", and insert from the keyboard.
    await editor.locator('h1').first().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('"block-sorting text compression"');
    await page.getByLabel('Filter by library').selectOption('mine');
    const results = page.getByRole('listbox', { name: 'Results' });
    await expect(results).toHaveAttribute('aria-busy', 'false');
    const first = results.getByRole('option').first();
    await expect(first.locator('.bp-hit-source')).toHaveText(/bzip2 and libbzip2/);
    await expect(first.locator('.bp-hit-locator')).toHaveText(/^(p\. )?1$/); // printed page 1 (PDF page 4)
    const id = (await first.getAttribute('data-id'))!;
    await page.getByLabel('Search the library').focus();
    await page.keyboard.press('Enter');

    const block = editor.locator(`figure[data-library-id="${id}"]`);
    await expect(block).toHaveCount(1);
    await expect(block).toContainText('bzip2 compresses files using the Burrows-Wheeler block-sorting text compression algorithm');
    await expect(block.locator('figcaption.bp-citation')).toContainText('Julian Seward');
    await expect(block.locator('figcaption.bp-citation')).toContainText('(sourceware.org, July 13, 2019), 1.');
    await page.screenshot({ path: 'test-results/screenshots/import-inserted.png' });
  });
});
