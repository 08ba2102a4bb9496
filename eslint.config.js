import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'electron', 'lowdb', 'lowdb/*'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'reports/**', 'test-results/**', 'bench/**/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Process boundary: the renderer reaches the machine only through window.api.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: nodeModules, message: 'The renderer never imports Node or Electron; use window.api.' }, { group: ['**/main/**', '**/preload/**'], message: 'The renderer never imports main or preload code.' }] },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        // The one exception: the menu's labels are the renderer's translation files (data, not code).
        {
          patterns: [
            { group: ['react', 'react-dom', 'react-dom/*'], message: 'Main never imports React or renderer code.' },
            { regex: '(^|/)renderer/(?!src/i18n/[a-z]+/menu\\.json$)', message: 'Main never imports React or renderer code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...nodeModules, 'react', 'react-dom', '**/main/**', '**/renderer/**', '**/preload/**'], message: 'Shared code is pure: no Node, Electron, React or process-specific code.' }] },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      // The sandboxed preload must stay tiny: only type imports from shared, apart from channel names.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['zod', '**/shared/contract', '**/shared/session', '**/shared/settings', '**/shared/content/*'], allowTypeImports: true, message: 'The preload imports types only (runtime code would be bundled into it).' }] },
      ],
    },
  },
);
