// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layering, as CONTEXT.md states it. `import-x/no-restricted-paths` needs every import resolved
 * to a file, hence the TypeScript resolver below and `import-x/no-unresolved`: an import the
 * resolver cannot follow would slip past every zone, so it is an error of its own.
 * tests/layering.test.ts lints a forbidden import of each kind and fails if a rule goes quiet.
 */

/** Node's modules by any name ('fs', 'node:fs', 'fs/promises') and Electron's. */
const NODE_AND_ELECTRON = {
  regex: `^(node:.*|(${[...builtinModules.filter((m) => !m.startsWith('_')), 'electron'].map((m) => m.replace(/[/]/g, '\\/')).join('|')})(\\/.*)?)$`,
};

/** Test files and their support may reach anything; these globs name them. */
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/__fixtures__/**', 'tests/**', 'bench/**'];

const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });

/** Folder rules for production code. Paths are relative to this file. */
const ZONES = [
  // core/ is the bottom layer.
  zone('./core', ['./electron', './renderer', './tests', './bench', './scripts'], 'core/ is the bottom layer: it imports nothing from electron/, renderer/, tests/ or bench/.'),
  // Inside core/, the same direction as the TypeScript project references (core/tsconfig.json).
  zone('./core/pack', ['./core/citations', './core/library', './core/library-build', './core/userLibrary', './core/search', './core/export', './core/prepare', './core/api'], 'core/pack is the pack model: it imports nothing else in core/.'),
  zone('./core/citations', ['./core/library', './core/library-build', './core/userLibrary', './core/search', './core/export', './core/prepare', './core/api'], 'core/citations formats notes from CSL data and the pack model’s typed locator: it imports nothing else in core/.'),
  zone('./core/library', ['./core/pack', './core/library-build', './core/userLibrary', './core/search', './core/export', './core/prepare', './core/api'], 'core/library is the library model: it may use core/citations only.'),
  zone('./core/library-build', ['./core/pack', './core/userLibrary', './core/search', './core/export', './core/prepare', './core/api'], 'The library build uses the library model and citations only.'),
  zone('./core/userLibrary', ['./core/pack', './core/search', './core/export', './core/prepare', './core/api'], "The importers use the library model, the build's cleaning and citations only."),
  zone('./core/search', ['./core/pack', './core/library-build', './core/userLibrary', './core/export', './core/prepare', './core/api'], 'Search reads the library model only.'),
  zone('./core/export', ['./core/citations', './core/prepare', './core/library', './core/library-build', './core/userLibrary', './core/search', './core/api'], 'Exporters see resolved notes only: the export document and the pack model, not citations or preparation.'),
  zone('./core/prepare', ['./core/library-build', './core/userLibrary', './core/search', './core/api'], 'Export preparation uses the pack and library models, citations and the export document.'),
  zone('./core/prepare', './core/export', 'Export preparation makes the export document; it does not call the writers.', ['./exportDoc.ts']),
  zone('./core/api', ['./core/citations', './core/library-build', './core/userLibrary', './core/export', './core/prepare'], 'The API contract is data shapes only: the pack and library models and search\'s query and response.'),
  zone('./core/api', './core/search', 'The API contract takes only search\'s query and response shapes.', ['./types.ts']),
  // The Node side.
  zone('./electron', './renderer', 'The Node side never imports UI code.'),
  zone('./electron/host', ['./electron/cli', './electron/main', './electron/preload', './electron/server'], 'electron/host is the one implementation behind the front doors; it imports none of them.'),
  zone('./electron/preload', ['./electron/host', './electron/cli', './electron/main', './electron/server'], 'The preload script only forwards calls; it imports no Node-side code.'),
  zone('./electron/main', ['./electron/server', './electron/cli', './electron/preload'], 'Front doors do not import each other: share through electron/host.'),
  zone('./electron/server', ['./electron/main', './electron/cli', './electron/preload'], 'Front doors do not import each other: share through electron/host.'),
  // The CLI starts the web server (`briefpack serve`), so it alone may import electron/server.
  zone('./electron/cli', ['./electron/main', './electron/preload'], 'Front doors do not import each other: share through electron/host.'),
  zone(['./electron/main', './electron/preload', './electron/server'], './core/library-build', 'Only `library build` (electron/cli, electron/host/library) imports core/library-build.'),
  // The renderer.
  zone('./renderer', './electron', 'The renderer reaches Node only through BriefpackApi.'),
  zone('./renderer', ['./core/export', './core/prepare', './core/search', './core/library-build', './core/userLibrary'], 'The renderer asks the host to search and export; it imports the pack and library models and the API contract.'),
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', '.tsbuild/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/__fixtures__/layering/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      'import-x/no-unresolved': 'error',
      'import-x/no-restricted-paths': ['error', { zones: ZONES }],
      // The app ships its dependencies only; devDependencies are for tests, builds and tools.
      // Electron is a devDependency by convention (electron-builder supplies the runtime).
      'import-x/no-extraneous-dependencies': ['error', { devDependencies: false, whitelist: ['electron'] }],
    },
  },
  {
    files: [...TEST_FILES, '*.config.{js,ts,mjs}', 'scripts/**'],
    rules: { 'import-x/no-extraneous-dependencies': ['error', { devDependencies: true }] },
  },
  {
    // Tests may import across layers (a test of the host builds a pack with a core fixture),
    // but never the UI from the Node side, nor the Node side from the UI.
    files: TEST_FILES,
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(['./core', './electron'], './renderer', 'Node-side tests do not import UI code.'),
            zone('./renderer', './electron', 'Renderer tests do not import Node-side code.'),
          ],
        },
      ],
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { ...NODE_AND_ELECTRON, message: 'core/ is pure: no I/O, no Electron. Do it in electron/host and pass the result in.' },
            {
              // Only the libraries CONTEXT.md lists; relative imports are the zones' business.
              regex: '^(?!\\.|zod$|docx($|/)|pdfkit$|minisearch($|/)|hypher$|hyphenation\\.en-gb$)',
              message: 'core/ may import zod, docx, pdfkit, minisearch and hypher only (see CONTEXT.md).',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'fetch', 'Buffer', 'setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'performance', 'crypto'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'core/ has no clock: take the time as an argument.' },
        { object: 'Math', property: 'random', message: 'core/ is deterministic: take randomness as an argument.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'core/ has no clock: take the time as an argument.' },
        { selector: 'ImportExpression', message: 'core/ loads no code at run time.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { ...NODE_AND_ELECTRON, message: 'The renderer is browser code: use BriefpackApi.' },
            { regex: 'core/api/desktopEvents$', message: 'Desktop events reach the renderer through renderer/api/desktopEvents.ts alone.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'briefpackEvents', message: 'Desktop events reach the renderer through renderer/api/desktopEvents.ts alone.' },
      ],
    },
  },
  {
    files: ['renderer/api/desktopEvents.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ ...NODE_AND_ELECTRON, message: 'The renderer is browser code: use BriefpackApi.' }] }],
      'no-restricted-properties': 'off',
    },
  },
);
