import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/webMode';
import { docxToPdf, pdfText, run } from '../support/tools';

test('a pack goes from template to editor to saved file to DOCX and PDF', async ({ page, web }) => {
  await page.goto(web.url);
  await page.locator('button[data-template="briefing-note"]').click();

  const editor = page.getByRole('textbox', { name: 'Pack text' });
  await expect(editor).toContainText('Issue');
  await page.getByLabel('Title', { exact: true }).fill('Skeleton walk');
  await editor.locator('h1').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The walking skeleton typed this sentence.');

  await page.keyboard.press('Control+s');
  const prompt = page.getByRole('dialog', { name: 'Save pack as' });
  const packPath = join(web.dir, 'skeleton.briefpack');
  await prompt.getByRole('textbox').fill(packPath);
  await prompt.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('status')).toContainText(`Saved ${packPath}`);

  const saved = JSON.parse(await readFile(packPath, 'utf8'));
  expect(saved.format).toBe('briefpack');
  expect(saved.pack.cover.title).toBe('Skeleton walk');
  expect(JSON.stringify(saved.pack.body)).toContain('The walking skeleton typed this sentence.');

  // Reload: the start screen lists the pack as recent, and it reopens with the text.
  await page.goto(web.origin + '/');
  await page.getByRole('button', { name: 'Skeleton walk' }).click();
  await expect(page.getByRole('textbox', { name: 'Pack text' })).toContainText('The walking skeleton typed this sentence.');

  const exportTo = async (format: 'DOCX' | 'PDF') => {
    await page.getByRole('button', { name: `Export ${format}` }).click();
    const dialog = page.getByRole('dialog', { name: `Export ${format} to` });
    const out = join(web.dir, `skeleton.${format.toLowerCase()}`);
    await dialog.getByRole('textbox').fill(out);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(page.getByRole('status')).toContainText(`Exported ${out}`, { timeout: 30_000 });
    expect((await stat(out)).size).toBeGreaterThan(1000);
    return out;
  };

  const docx = await exportTo('DOCX');
  const converted = await docxToPdf(docx);
  expect(await pdfText(converted)).toContain('The walking skeleton typed this sentence.');

  const pdf = await exportTo('PDF');
  await run('qpdf', ['--check', pdf]);
  expect((await pdfText(pdf)).replace(/\s+/g, ' ')).toContain('The walking skeleton typed this sentence.');
});
