import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

// The dev server injects an inline script (React refresh) that the page's strict CSP would
// block; the CSP stays in every build and is only dropped while serving for development.
const dropCspInDev = (): Plugin => ({
  name: 'briefpack-drop-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
});

// Builds main, preload and renderer without needing the Electron binary. The renderer build is
// also what web mode (`briefpack serve`) serves.
export default defineConfig({
  main: {
    // The export worker is an entry of its own, built beside index.js, where spawnExportWorker
    // (electron/host/export/exportRunner.ts) looks for it.
    build: {
      outDir: 'out/main',
      lib: { entry: { index: resolve('electron/main/index.ts'), exportWorker: resolve('electron/host/export/exportWorker.ts') }, formats: ['es'] },
    },
  },
  preload: {
    // Sandboxed preload scripts must be CommonJS.
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve('electron/preload/index.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: 'index.cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), dropCspInDev()],
    build: { outDir: resolve('out/renderer'), rollupOptions: { input: resolve('renderer/index.html') } },
  },
});
