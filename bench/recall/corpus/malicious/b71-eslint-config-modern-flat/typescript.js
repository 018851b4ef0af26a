'use strict';
const base = require('./index');
let ts;
try { ts = require('typescript-eslint'); } catch (_) { ts = null; }
module.exports = ts
  ? ts.config(...base, ...ts.configs.recommended, {
      rules: {
        '@typescript-eslint/no-explicit-any': 'warn',
        '@typescript-eslint/consistent-type-imports': 'warn',
        '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_' }],
      },
    })
  : base;
