'use strict';

const globals = require('globals');

module.exports = [
  {
    files: ['**/*.{js,cjs,mjs,ts}'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node }
    },
    rules: {
      'no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-var': 'error',
      'prefer-const': 'error',
      eqeqeq: ['error', 'smart'],
      'no-implicit-coercion': 'warn',
      'no-return-await': 'warn',
      'no-await-in-loop': 'warn',
      'no-console': ['warn', { allow: ['warn', 'error'] }],
      'require-atomic-updates': 'error',
      'no-process-exit': 'off',
      curly: ['error', 'multi-line']
    }
  },
  {
    files: ['**/*.test.{js,ts}', 'test/**'],
    languageOptions: { globals: { ...globals.jest, ...globals.mocha } },
    rules: { 'no-console': 'off' }
  }
];
