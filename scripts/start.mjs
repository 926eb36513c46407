#!/usr/bin/env node
// `npm start`: build, then run the desktop app where the Electron binary exists, otherwise web
// mode on the bundled library, printing the URL to open.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { electronBinary } from './electronBinary.mjs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = electronBinary();

if (electron) {
  const child = spawn(electron, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const workspace = join(homedir(), 'Briefpack');
  mkdirSync(workspace, { recursive: true });
  console.log('The Electron binary is not installed here; starting web mode instead.');
  const child = spawn(process.execPath, [join(root, 'bin', 'briefpack.mjs'), 'serve', '--dir', workspace, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
