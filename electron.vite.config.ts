import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Builds main, preload and renderer without needing the Electron binary. The renderer build is
// also what web mode (`briefpack serve`) serves.
export default defineConfig({
  main: {
    build: { outDir: 'out/main', lib: { entry: resolve('electron/main/index.ts'), formats: ['es'] } },
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
    plugins: [react()],
    build: { outDir: resolve('out/renderer'), rollupOptions: { input: resolve('renderer/index.html') } },
  },
});
