'use strict';
const base = require('./rules/base');
const ts = require('./rules/typescript');
module.exports = [
  { ignores: ['dist/**', 'coverage/**', '**/*.d.ts', '.eslintcache'] },
  { files: ['**/*.{js,cjs,mjs,ts,tsx}'], rules: base },
  { files: ['**/*.{ts,tsx}'], rules: ts },
];
