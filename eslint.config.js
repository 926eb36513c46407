// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: NODE_ONLY, message: 'The renderer is browser code: use BriefpackApi.' }] },
      ],
    },
  },
);
