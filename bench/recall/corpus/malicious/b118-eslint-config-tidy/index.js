'use strict';
const globals = {
  node: ['process', 'Buffer', '__dirname', '__filename', 'require', 'module', 'exports', 'setImmediate', 'clearImmediate', 'global'],
  browser: ['window', 'document', 'navigator', 'location', 'fetch', 'localStorage', 'sessionStorage', 'customElements'],
  shared: ['console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'structuredClone', 'AbortController', 'queueMicrotask'],
};
const toGlobals = (...lists) => Object.fromEntries(lists.flat().map((g) => [g, 'readonly']));

module.exports = [
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/build/**', '**/coverage/**', '**/*.min.js'],
  },
  {
    files: ['**/*.{js,mjs,cjs,jsx,ts,tsx}'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: toGlobals(globals.node, globals.browser, globals.shared),
    },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-undef': 'error',
      eqeqeq: ['error', 'smart'],
      'no-var': 'error',
      'prefer-const': ['error', { destructuring: 'all' }],
      'no-implicit-coercion': ['warn', { allow: ['!!'] }],
      'require-await': 'warn',
      'no-return-await': 'off',
      'no-async-promise-executor': 'error',
      'no-promise-executor-return': 'error',
      'no-self-compare': 'error',
      'no-unmodified-loop-condition': 'error',
      'no-unreachable-loop': 'error',
      'no-constant-binary-expression': 'error',
      'no-fallthrough': ['error', { allowEmptyCase: true }],
      'no-shadow-restricted-names': 'error',
      'no-console': ['warn', { allow: ['warn', 'error'] }],
      curly: ['error', 'multi-line'],
      'dot-notation': 'warn',
      'object-shorthand': ['warn', 'properties'],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: ['**/*.{test,spec}.{js,ts}', '**/test/**'],
    rules: { 'no-console': 'off' },
  },
];
