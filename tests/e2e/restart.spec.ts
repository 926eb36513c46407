import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, startWebMode, type WebMode } from '../support/webMode';

// Issue 16: web mode survives its own restart. The server keeps its port and token for the
// folder, the page reconnects by itself, and nothing typed while the server was down is lost.

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Pack text' });
const offline = (page: Page) => page.getByRole('alert').filter({ hasText: 'has stopped' });

async function stop(web: WebMode): Promise<void> {
  const exited = new Promise((r) => web.process.once('exit', r));
  web.process.kill('SIGKILL');
  await exited;
}

test('kill the server with unsaved edits, restart it, and the same tab keeps every character', async ({ browser }) => {
  const first = await startWebMode({ keepPort: true });
  let second: WebMode | undefined;
  try {
    const page = await browser.newPage();
    await page.goto(first.url);
    await page.locator('button[data-template="briefing-note"]').click();
    await editorOf(page).locator('h1').first().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const saved = 'Saved before anything went wrong.';
    await page.keyboard.type(saved);
    const path = join(first.dir, 'restart.briefpack');
    await page.keyboard.press('Control+s');
    const prompt = page.getByRole('dialog', { name: 'Save pack as' });
    await prompt.getByRole('textbox').fill(path);
    await prompt.getByRole('button', { name: 'OK' }).click();
    await expect(page.getByRole('status')).toContainText(`Saved ${path}`);

    const before = ' Unsaved when it stopped: àéîõü ß “curly” — 😀 ½.';
    await editorOf(page).locator('p', { hasText: saved }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(before);
    await expect(page.locator('.bp-status')).toContainText('unsaved changes');
    await stop(first);

    // The editor lives in the page: typing goes on while the server is down.
    const during = ' Typed while it was down, every character: 0123456789 !?;:.';
    await page.keyboard.type(during);
    await expect(offline(page)).toBeVisible({ timeout: 10_000 });
    // Kept in the page itself too, so even a reload after the restart cannot lose it.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('briefpack.unsaved') ?? ''), { timeout: 10_000 }).toContain(during.trim());

    second = await startWebMode({ dir: first.dir, keepPort: true });
    expect(second.url).toBe(first.url); // same port, same token
    await expect(offline(page)).toHaveCount(0, { timeout: 10_000 });

    const all = saved + before + during;
    await expect(editorOf(page)).toContainText(all);
    await page.keyboard.press('Control+s');
    await expect(page.locator('.bp-status')).not.toContainText('unsaved changes');
    await expect(page.getByRole('status')).toContainText(`Saved ${path}`);
    const file = JSON.parse(await readFile(path, 'utf8')) as { pack: { body: { children?: { text?: string }[] }[] } };
    const texts = file.pack.body.map((b) => (b.children ?? []).map((c) => c.text ?? '').join(''));
    expect(texts).toContain(all);

    // The token is the user's alone.
    const serveDir = join(first.dir, '.state', 'serve');
    const [identity] = await readdir(serveDir);
    expect((await stat(join(serveDir, identity!))).mode & 0o777).toBe(0o600);
    await page.close();
  } finally {
    first.process.kill();
    second?.process.kill();
  }
});

test('--new-token keeps the port and refuses the old token', async ({ browser }) => {
  const first = await startWebMode({ keepPort: true });
  await stop(first);
  const second = await startWebMode({ dir: first.dir, keepPort: true, newToken: true });
  try {
    expect(second.origin).toBe(first.origin);
    expect(second.token).not.toBe(first.token);
    const page = await browser.newPage();
    const refused = await page.request.post(`${second.origin}/api/listRecent`, { headers: { Authorization: `Bearer ${first.token}`, 'Content-Type': 'application/json' }, data: {} });
    expect(refused.status()).toBe(401);
    await page.close();
  } finally {
    second.process.kill();
  }
});

test('a reload after the restart offers back what was typed while the server was down', async ({ browser }) => {
  const first = await startWebMode({ keepPort: true });
  let second: WebMode | undefined;
  try {
    const page = await browser.newPage();
    await page.goto(first.url);
    await page.locator('button[data-template="talking-points"]').click();
    await page.getByLabel('Title', { exact: true }).fill('Typed in the dark');
    await editorOf(page).locator('h1').first().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await stop(first);
    const during = 'Every word typed while the server was down, then the page was reloaded: ÆØÅ ñ 😀.';
    await page.keyboard.type(during);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('briefpack.unsaved') ?? ''), { timeout: 10_000 }).toContain(during);

    second = await startWebMode({ dir: first.dir, keepPort: true });
    page.on('dialog', (d) => void d.accept()); // "leave the page with unsaved changes?"
    await page.reload(); // the same tab: its token is kept for the tab, the server kept it too
    const offer = page.getByRole('region', { name: 'Unsaved work from last time' });
    await expect(offer).toContainText('Typed in the dark');
    await offer.getByRole('button', { name: 'Recover' }).first().click();
    await expect(editorOf(page)).toContainText(during);
    await expect(page.locator('.bp-status')).toContainText('unsaved changes');
    await page.close();
  } finally {
    first.process.kill();
    second?.process.kill();
  }
});
