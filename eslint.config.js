// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { BOUNDARIES, PURE_GLOBALS } from './eslint.boundaries.js';

/** Turns an allow-list of import prefixes into one "anything else is forbidden" pattern. */
/** @param {string[]} allowed */
function allowOnly(allowed) {
  const escape = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  // A prefix ending in "/" allows everything below it, "re:" is a raw pattern, any other entry is one module.
  const alternatives = allowed.map((a) => (a.startsWith('re:') ? a.slice(3) : a.endsWith('/') ? escape(a) : `${escape(a)}$`));
  return `^(?!(?:\\./|${alternatives.join('|')}))`;
}

/** @param {import('./eslint.boundaries.js').Boundary} boundary */
function boundaryConfig({ folder, files, mayImport, typesFrom, message, pure, noDom }) {
  const restricted = noDom ? [...PURE_GLOBALS, 'document', 'window'] : PURE_GLOBALS;
  const why = (/** @type {string} */ name) => ({ name, message: `${folder} stays pure: no browser, storage or network (DESIGN.md, Modules).` });
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: allowOnly(mayImport),
              message: `${folder} may import only ${message} (DESIGN.md, Modules; eslint.boundaries.js).`,
              // Types carry no code: where a folder may read another's types, say so with typesFrom.
              ...(typesFrom ? { allowTypeImports: true } : {}),
            },
          ],
        },
      ],
      ...(pure
        ? {
            'no-restricted-globals': ['error', ...restricted.map(why)],
            'no-restricted-properties': [
              'error',
              ...['globalThis', 'self', 'window'].flatMap((object) => restricted.map((property) => ({ object, property, message: why(property).message }))),
            ],
          }
        : {}),
    },
  };
}

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'out/**', 'tests/e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly', URL: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', globalThis: 'readonly',
        location: 'readonly', navigator: 'readonly', fetch: 'readonly',
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
    // Scripts and tests drive the browser from outside; their page callbacks run in the extension.
    files: ['scripts/**', 'tests/**'],
    languageOptions: { globals: { chrome: 'readonly' } },
  },
  {
    // In the product `chrome` and `browser` are not globals: extension APIs come from wxt/browser.
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: "Use `browser` from 'wxt/browser' (and only where DESIGN.md allows it)." },
        { name: 'browser', message: "Import `browser` from 'wxt/browser' (and only where DESIGN.md allows it)." },
      ],
    },
  },
  ...BOUNDARIES.map(boundaryConfig),
);
