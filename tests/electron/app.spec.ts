import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect, _electron as electron } from '@playwright/test';
import { electronBinary } from '../support/electronBinary';

const binary = electronBinary();
const ROOT = resolve(import.meta.dirname, '..', '..');

const SKIP_REASON = 'Electron binary not installed on this machine (npm cannot download it here); web-mode tests cover the UI.';
test.skip(binary === null, SKIP_REASON);

test('the desktop app opens a template, saves and exports through IPC', async () => {
  const home = await mkdtemp(join(tmpdir(), 'bp-electron-'));
  const app = await electron.launch({ executablePath: binary!, args: [ROOT, '--no-sandbox'], env: { ...process.env, BRIEFPACK_HOME: home } });
  const page = await app.firstWindow();
  await page.getByRole('button', { name: /Briefing note/ }).click();
  await page.getByRole('textbox', { name: 'Pack text' }).click();
  await page.keyboard.type('Typed in Electron.');
  const out = join(home, 'electron.briefpack');
  await app.evaluate(async ({ dialog }, path) => {
    dialog.showSaveDialog = async () => ({ canceled: false, filePath: path });
  }, out);
  await page.keyboard.press('Control+s');
  await expect.poll(async () => (await stat(out).catch(() => null)) !== null).toBe(true);
  expect(await readFile(out, 'utf8')).toContain('Typed in Electron.');
  await app.close();
});
