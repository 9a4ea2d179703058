// ESLint for the whole tree (app, domain, cloud, scripts, tests), run by `npm test`.
// Taro's own preset (eslint-config-taro 4.2) is written for ESLint 8 and typescript-eslint 6; the
// rules it sets for React pages (hooks, JSX quotes, no children prop, …) are taken over here as
// flat config. Formatting is Prettier's (eslint-config-prettier turns the overlapping rules off).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-h5/',
      'dist-cloud/',
      'cloudfunctions/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      '.data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsc (noUnusedLocals / noUnusedParameters) already reports these, with the same exceptions.
      '@typescript-eslint/no-unused-vars': ['error', { args: 'none', ignoreRestSiblings: true, caughtErrors: 'none' }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      'no-shadow': 'off',
      '@typescript-eslint/no-shadow': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    plugins: { 'import-x': importX },
    // Import cycles, type-only ones included, are checked by madge in scripts/lint.mjs: import-x's
    // no-cycle skips type imports.
    rules: {
      'import-x/no-duplicates': 'error',
      'import-x/first': 'error',
      'import-x/newline-after-import': 'error',
      'import-x/no-mutable-exports': 'error',
      'import-x/no-absolute-path': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/components/**/*.{ts,tsx}'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: 'detect' } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'react/jsx-key': 'error',
      'react/no-children-prop': 'error',
      'react/no-danger': 'error',
      'react/no-direct-mutation-state': 'error',
      'react/no-typos': 'error',
      'react/jsx-no-duplicate-props': 'error',
      'react/jsx-no-target-blank': 'error',
      'react/self-closing-comp': 'error',
      'jsx-quotes': ['error', 'prefer-single'],
    },
  },
  {
    // Kysely's own guidance for migrations: they run against the schema as it was, not today's types.
    files: ['cloud/db/migrations/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Tests and the load tools also read raw answers, deliberately malformed ones included; the typed
    // client (test/api/harness.ts call / ok, typed by the contract) is where their types are held.
    files: ['test/**', 'scripts/trust/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The native tests drive the compiled weapp through miniprogram-simulate: untyped JavaScript on
    // both sides (WeChat's page objects, the bundles loaded with require() into a fresh registry).
    files: ['test/native/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // CommonJS configuration files that tools load with require().
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
