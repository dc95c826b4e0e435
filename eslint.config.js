import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import i18next from 'eslint-plugin-i18next';


// The translator rule: JSX text and the attributes people read or hear; codes, class names, URLs and punctuation are not words.
const NO_LITERAL_STRING = {
  'i18next/no-literal-string': ['error', {
    mode: 'jsx-only',
    'jsx-attributes': { include: ['title', 'label', 'placeholder', 'alt', 'aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'summary', 'heading', 'text', 'emptyText'] },
    words: { exclude: ['[0-9!-/:-@[-`{-~\\s–—…·×→←↑↓✓✗%°“”「」⚑]+', '[A-Z][A-Z0-9_-]*', 'NEO', '\\(?H\\+\\)?', 'P1 / P2 / P3', '[\\s·]*P[1-3]\\s*', 'p[0-9]', '\\(?v', 'B − A'] },
    // The plugin's own list, the form helpers that take a field id (offers/components/field.tsx), and tr:
    // the unprefixed translator a component with a key prefix uses for other catalogues' keys.
    callees: { exclude: ['i18n(ext)?', 't', 'require', 'addEventListener', 'removeEventListener', 'postMessage', 'getElementById', 'dispatch', 'commit', 'includes', 'indexOf', 'endsWith', 'startsWith', 'describe', 'd', 'tr'] },
  }],
};

const ioModules = ['node:*', 'fs', 'path', 'fastify', 'fastify/*', '@fastify/*', 'kysely', 'kysely-*', 'postgres', '@electric-sql/*', 'react', 'react-dom', 'maplibre-gl', 'react-map-gl', 'react-map-gl/*'];

export default tseslint.config(
  { ignores: ['node_modules/', 'client/dist/', 'data/', 'bench/results/', 'client/src/lib/api-types.gen.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Core rules rather than eslint-plugin-import-x: its native resolver's optional bindings break
      // `npm ci` with npm 11 (the lock file never holds them all).
      'no-duplicate-imports': ['error', { includeExports: true, allowSeparateTypeImports: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Migrations are frozen in time and typed against no schema (Kysely's documented `Kysely<any>`).
    files: ['migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The pure core (schemas, validator, matcher model) runs in the server, a worker and the browser:
    // no I/O, no framework, no server or client code.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ioModules, message: 'shared/ is the pure core: no I/O or framework imports.' },
          { group: ['**/server/**', '**/client/**'], message: 'shared/ must not depend on server/ or client/.' },
        ],
      }],
    },
  },
  {
    files: ['client/**/*.ts', 'client/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fastify', '@fastify/*', 'kysely', 'postgres', '@electric-sql/*'], message: 'client code runs in the browser.' },
          { group: ['**/server/**'], message: 'client/ must not import server/.' },
          { group: ['**/features/*/**'], message: 'no cross-feature imports: lift shared code to src/lib or src/components.' },
        ],
      }],
    },
  },
  {
    // The app shell (router, providers) is where the features are put together.
    files: ['client/src/app/**/*.ts', 'client/src/app/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fastify', '@fastify/*', 'kysely', 'postgres', '@electric-sql/*'], message: 'client code runs in the browser.' },
          { group: ['**/server/**'], message: 'client/ must not import server/.' },
        ],
      }],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/client/**', 'react', 'react-dom', 'maplibre-gl'], message: 'server/ must not import client code.' },
        ],
      }],
    },
  },
  {
    // Every user-visible text in a component goes through the translator (client/src/i18n): JSX text and
    // the attributes people read or hear. Codes, class names, URLs and punctuation are not words.
    files: ['client/src/**/*.tsx'],
    plugins: { i18next },
    rules: NO_LITERAL_STRING,
  },
);
