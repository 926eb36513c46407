import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, startWebMode } from '../support/webMode';
import type { Page } from '@playwright/test';
import { webStateDir } from '../../electron/host/appPaths';

// Issue 6: files are never lost: saving, the unsaved prompt, corrupt files, crash recovery.

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Pack text' });

async function newPack(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('button[data-template="briefing-note"]').click();
  await expect(editorOf(page).locator('h1').first()).toBeVisible();
}

async function typeAfterFirstHeading(page: Page, text: string): Promise<void> {
  await editorOf(page).locator('h1').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

async function answer(page: Page, dialog: string, value: string): Promise<void> {
  const prompt = page.getByRole('dialog', { name: dialog });
  await prompt.getByRole('textbox').fill(value);
  await prompt.getByRole('button', { name: 'OK' }).click();
}

async function openByPrompt(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Open a pack…' }).click();
  await answer(page, 'Open pack', path);
}

test('save, save as, and recent files on the start screen', async ({ page, web }) => {
  await newPack(page, web.url);
  await page.getByLabel('Title', { exact: true }).fill('Recent one');
  await typeAfterFirstHeading(page, 'First version of the text.');
  const first = join(web.dir, 'recent-one.briefpack');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await answer(page, 'Save pack as', first);
  await expect(page.getByRole('status')).toContainText(`Saved ${first}`);
  await expect(page.locator('.bp-status')).not.toContainText('unsaved changes');

  // Save again goes to the same file without asking.
  await editorOf(page).locator('p', { hasText: 'First version of the text.' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' More.');
  await expect(page.locator('.bp-status')).toContainText('unsaved changes');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.bp-status')).not.toContainText('unsaved changes');
  expect(JSON.stringify(JSON.parse(await readFile(first, 'utf8')).pack.body)).toContain('First version of the text. More.');

  const copy = join(web.dir, 'recent-copy.briefpack');
  await page.getByRole('button', { name: 'Save as…' }).click();
  await answer(page, 'Save pack as', copy);
  await expect(page.getByRole('status')).toContainText(`Saved ${copy}`);
  await expect(page.locator('.bp-status')).toContainText(copy);
  expect(await readFile(copy, 'utf8')).toContain('First version of the text. More.');

  await page.getByRole('button', { name: 'Home' }).click();
  const recent = page.locator('.bp-recent');
  await expect(recent).toContainText(copy);
  await expect(recent).toContainText(first);
  // Most recent first.
  await expect(recent.locator('.bp-path').first()).toHaveText(copy);
  await recent.getByRole('button', { name: 'Recent one' }).first().click();
  await expect(editorOf(page)).toContainText('First version of the text. More.');
});

test('going Home with unsaved edits asks first', async ({ page, web }) => {
  await newPack(page, web.url);
  await typeAfterFirstHeading(page, 'Do not lose me.');
  const messages: string[] = [];
  page.once('dialog', (d) => {
    messages.push(d.message());
    void d.dismiss();
  });
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(editorOf(page)).toContainText('Do not lose me.');
  expect(messages[0]).toContain('unsaved changes');

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { name: 'New pack' })).toBeVisible();
});

test('corrupt files open with a clear message and are never overwritten', async ({ page, web }) => {
  const sample = await readFile(join(import.meta.dirname, '..', '..', 'assets', 'examples', 'sample.briefpack'), 'utf8');
  const cases = [
    { name: 'truncated', bytes: sample.slice(0, Math.floor(sample.length / 2)), message: /not valid JSON|truncated|damaged|could not be read/i },
    { name: 'not-json', bytes: 'PK\u0003\u0004 this is a zip, not a pack', message: /not valid JSON|not a Briefpack|could not be read/i },
    { name: 'not-a-pack', bytes: JSON.stringify({ hello: 'world', items: [1, 2, 3] }), message: /not a Briefpack|briefpack/i },
    { name: 'newer', bytes: sample.replace('"version": 2', '"version": 99'), message: /newer Briefpack.*version 99/i },
  ];
  await page.goto(web.url);
  for (const c of cases) {
    const path = join(web.dir, `${c.name}.briefpack`);
    await writeFile(path, c.bytes);
    await openByPrompt(page, path);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(c.message);
    await expect(page.getByRole('heading', { name: 'New pack' })).toBeVisible();
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    expect(await readFile(path, 'utf8')).toBe(c.bytes);
  }
});

test('a pack with one bad block opens with a repair notice, unsaved, and the file untouched', async ({ page, web }) => {
  const sample = JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'assets', 'examples', 'sample.briefpack'), 'utf8')) as { pack: { body: unknown[] } };
  sample.pack.body.splice(1, 0, { type: 'excerpt', ref: { text: 42 } });
  const bytes = JSON.stringify(sample, null, 2);
  const path = join(web.dir, 'one-bad-block.briefpack');
  await writeFile(path, bytes);
  await page.goto(web.url);
  await openByPrompt(page, path);
  await expect(page.getByRole('status').first()).toContainText(/Opened with repairs: Block 2 \(library excerpt\) could not be read and held no text; it was left out\./);
  await expect(editorOf(page)).toContainText('NATO');
  await expect(page.locator('.bp-status')).toContainText('unsaved changes');
  expect(await readFile(path, 'utf8')).toBe(bytes);
});

test('after a crash the start screen offers the work back; saving keeps a .bak', async ({ browser }) => {
  const first = await startWebMode();
  const page = await browser.newPage();
  await newPack(page, first.url);
  await page.getByLabel('Title', { exact: true }).fill('Crash test');
  await typeAfterFirstHeading(page, 'Saved before the crash.');
  const path = join(first.dir, 'crash.briefpack');
  await page.keyboard.press('Control+s');
  await answer(page, 'Save pack as', path);
  await expect(page.getByRole('status')).toContainText(`Saved ${path}`);
  const savedBytes = await readFile(path, 'utf8');

  await editorOf(page).locator('p', { hasText: 'Saved before the crash.' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Typed after the save, then the power went.');
  // Wait for the autosaver (every 2 s) to copy the typing to the state folder.
  const autosaveDir = join(webStateDir(first.dir, join(first.dir, '.state')), 'autosave');
  await expect
    .poll(
      async () => {
        // A whole slot: the pack copy with the typing, and the metadata the start screen lists.
        const names = await readdir(autosaveDir).catch(() => [] as string[]);
        const slots = names.filter((n) => n.endsWith('.briefpack') && names.includes(n.replace(/\.briefpack$/, '.json')));
        const texts = await Promise.all(slots.map((n) => readFile(join(autosaveDir, n), 'utf8').catch(() => '')));
        return texts.some((t) => t.includes('then the power went.'));
      },
      { timeout: 10_000 },
    )
    .toBe(true);

  first.process.kill('SIGKILL');
  await page.close();

  const second = await startWebMode({ dir: first.dir });
  try {
    const again = await browser.newPage();
    await again.goto(second.url);
    const offer = again.getByRole('region', { name: 'Unsaved work from last time' });
    await expect(offer).toContainText('Crash test');
    await expect(offer).toContainText(path);
    await offer.getByRole('button', { name: 'Recover' }).click();
    await expect(editorOf(again)).toContainText('Saved before the crash. Typed after the save, then the power went.');
    await expect(again.locator('.bp-status')).toContainText('unsaved changes');

    await again.keyboard.press('Control+s');
    await expect(again.getByRole('status')).toContainText(`Saved ${path}`);
    expect(await readFile(path, 'utf8')).toContain('then the power went.');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(savedBytes);
    // Written atomically: no temporary files left beside the pack.
    expect((await readdir(first.dir)).filter((n) => n.startsWith('crash')).sort()).toEqual(['crash.briefpack', 'crash.briefpack.bak']);
    // The recovery copy is gone once saved: a restart offers nothing.
    await again.getByRole('button', { name: 'Home' }).click();
    await expect(again.getByRole('heading', { name: 'New pack' })).toBeVisible();
    await expect(again.getByRole('region', { name: 'Unsaved work from last time' })).toHaveCount(0);
    await again.close();
  } finally {
    second.process.kill();
  }
});

test('dirty means changed: opening, selecting, scrolling and undoing to the saved text leave a pack clean', async ({ page, web }) => {
  const path = join(web.dir, 'untouched.briefpack');
  await writeFile(path, await readFile(join(import.meta.dirname, '..', '..', 'assets', 'examples', 'sample.briefpack'), 'utf8'));
  await page.goto(web.url);
  await openByPrompt(page, path);
  await expect(editorOf(page)).toContainText('NATO');
  // Select, move about and scroll: none of it changes the pack.
  await editorOf(page).locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+End');
  await page.mouse.wheel(0, 800);
  // Past two autosave ticks: an unchanged pack is never copied for recovery.
  await page.waitForTimeout(4500);
  await expect(page.locator('.bp-status')).not.toContainText('unsaved changes');
  // (The server is shared with other tests: look only for a copy of this pack.)
  const autosaveDir = join(web.dir, '.state', 'autosave');
  const metas = (await readdir(autosaveDir).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
  const copies = await Promise.all(metas.map((n) => readFile(join(autosaveDir, n), 'utf8')));
  expect(copies.filter((m) => m.includes(path))).toEqual([]);

  // A change dirties it; undoing it makes it clean again.
  await editorOf(page).locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type('xyz');
  await expect(page.locator('.bp-status')).toContainText('unsaved changes');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
  await expect(page.locator('.bp-status')).not.toContainText('unsaved changes');

  // Home asks nothing, and the start screen offers nothing to recover.
  page.once('dialog', (d) => {
    throw new Error(`unexpected dialog: ${d.message()}`);
  });
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { name: 'New pack' })).toBeVisible();
  const listed = await page.request.post(`${web.origin}/api/listRecoverable`, { headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' }, data: {} });
  expect(((await listed.json()) as { result: { path: string | null }[] }).result.filter((r) => r.path === path)).toEqual([]);
  expect((await page.locator('.bp-recover').allTextContents()).join(' ')).not.toContain(path);
  expect(await readFile(path, 'utf8')).toBe(await readFile(join(import.meta.dirname, '..', '..', 'assets', 'examples', 'sample.briefpack'), 'utf8'));
});

test('an unreadable marking opens as SECRET, never lower, and the user is asked to confirm it', async ({ page, web }) => {
  const sample = JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'assets', 'examples', 'sample.briefpack'), 'utf8')) as { pack: { cover: Record<string, unknown> } };
  sample.pack.cover.marking = 'OFFICAL-SENSITVE';
  const bytes = JSON.stringify(sample, null, 2);
  const path = join(web.dir, 'bad-marking.briefpack');
  await writeFile(path, bytes);
  await page.goto(web.url);
  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await openByPrompt(page, path);
  await expect(page.getByRole('status').first()).toContainText('Cover marking was unreadable and is now “SECRET”: the most restrictive marking, until you confirm or change it.');
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain('could not be read, so it is now SECRET, the most restrictive');
  // Cancel leaves SECRET in place and puts the user on the marking to change it.
  await expect(page.getByLabel('Marking')).toHaveValue('SECRET');
  await expect(page.getByLabel('Marking')).toBeFocused();
  await expect(page.locator('.bp-status')).toContainText('unsaved changes');
  expect(await readFile(path, 'utf8')).toBe(bytes);
});
