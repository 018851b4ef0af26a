'use strict';
let tseslint = null;
try { tseslint = require('typescript-eslint'); } catch (_) {}

const base = {
  name: 'northwind/base',
  rules: {
    'no-unused-vars': ['warn', { argsIgnorePattern: '^_' }],
    'no-console': ['warn', { allow: ['warn', 'error'] }],
    eqeqeq: ['error', 'smart'],
    'prefer-const': 'error',
    'no-var': 'error',
    curly: ['error', 'multi-line'],
    'object-shorthand': 'error',
  },
};

module.exports = tseslint
  ? [...tseslint.configs.recommended, base, { name: 'northwind/ts', rules: { '@typescript-eslint/no-explicit-any': 'warn' } }]
  : [base];
