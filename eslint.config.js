// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The renderer's folders, lowest first. A folder may import only folders before it, so they
 * can never import each other in a circle (state <-> editor, editor <-> library were the ones
 * that crept in): api (the transport, library data) < state (the zustand stores) < ui (small
 * views with no state) < editor (Lexical nodes, plugins, document queries) < commands (save,
 * export, autosave, desktop menu) < library (the library panel) < components (screens).
 */
const RENDERER_LAYERS = ['api', 'state', 'ui', 'editor', 'commands', 'library', 'components'];
const RENDERER_LAYER_ZONES = RENDERER_LAYERS.map((folder, i) => ({
  target: `./renderer/${folder}`,
  from: [...RENDERER_LAYERS.slice(i + 1).map((above) => `./renderer/${above}`), './renderer/App.tsx', './renderer/main.tsx'],
  message: `renderer/${folder} may import only ${RENDERER_LAYERS.slice(0, i).join(', ') || 'core'} (see RENDERER_LAYERS in eslint.config.js).`,
}));

const NODE_ONLY = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'electron'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', '.tsbuild/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      // Layering: each folder imports only what its layer may use (see CONTEXT.md).
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './core', from: ['./electron', './renderer', './tests'], message: 'core/ is the bottom layer.' },
            { target: './electron', from: './renderer', message: 'The Node side never imports UI code.' },
            { target: './renderer', from: './electron', message: 'The renderer reaches Node only through BriefpackApi.' },
            { target: './core/export', from: './core/citations', message: 'Exporters see resolved notes only.' },
            ...RENDERER_LAYER_ZONES,
          ],
        },
      ],
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...NODE_ONLY, 'react', 'react-*', 'lexical', '@lexical/*'], message: 'core/ is pure: no I/O, no Electron, no UI.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'fetch'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    // Resolve the renderer's TypeScript imports, so the layer zones above and no-cycle see them.
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: NODE_ONLY, message: 'The renderer is browser code: use BriefpackApi.' }] },
      ],
    },
  },
);
