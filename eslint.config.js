// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NO_BROWSER_OR_STORAGE = [
  { name: 'dexie', message: 'lib/scan and lib/check stay pure: no storage (DESIGN.md, Modules).' },
  { name: 'wxt/browser', message: 'lib/scan and lib/check stay pure: no extension APIs (DESIGN.md, Modules).' },
  { name: 'webextension-polyfill', message: 'lib/scan and lib/check stay pure: no extension APIs.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'out/**', 'tests/e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly', URL: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', globalThis: 'readonly',
        chrome: 'readonly', location: 'readonly', navigator: 'readonly', fetch: 'readonly',
        AbortController: 'readonly', Blob: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly',
        URLSearchParams: 'readonly', structuredClone: 'readonly', crypto: 'readonly', Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['lib/scan/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NO_BROWSER_OR_STORAGE,
          patterns: [
            { group: ['@/lib/check', '@/lib/check/*', '../check', '../check/*'], message: 'lib/scan and lib/check never import each other.' },
            { group: ['tldts'], message: 'The injected scanner stays small: the caller passes the page\'s registrable domain.' },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/check/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NO_BROWSER_OR_STORAGE,
          patterns: [{ group: ['@/lib/scan', '@/lib/scan/*', '../scan', '../scan/*'], message: 'lib/scan and lib/check never import each other.' }],
        },
      ],
    },
  },
  {
    // The page reader's rules, monitoring states and the backlink audit are pure: the network is
    // injected (lib/reader gets fetch and the parser), storage and extension APIs stay in lib/db and lib/jobs.
    files: ['lib/reader/**', 'lib/monitor/**', 'lib/backlinks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NO_BROWSER_OR_STORAGE.map((p) => ({ ...p, message: 'lib/reader, lib/monitor and lib/backlinks stay pure (DESIGN.md, Modules).' })),
          patterns: [{ group: ['@/lib/db', '@/lib/db/*', '@/lib/jobs/*', '@/lib/state/*', '@/lib/settings/*'], message: 'Pure rules: no storage, no background, no state.' }],
        },
      ],
    },
  },
);
