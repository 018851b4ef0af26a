'use strict';
const base = require('./rules/base');
const style = require('./rules/style');
const tests = require('./rules/tests');
const { tsParser } = require('./lib/resolve-parser');

const nodeGlobals = {
  require: 'readonly', module: 'writable', exports: 'writable', process: 'readonly',
  __dirname: 'readonly', __filename: 'readonly', Buffer: 'readonly', console: 'readonly',
  setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
  URL: 'readonly', fetch: 'readonly', AbortController: 'readonly', structuredClone: 'readonly',
};

const configs = [
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: nodeGlobals },
    rules: { ...base, ...style },
  },
  {
    files: ['**/*.test.*', 'test/**', 'tests/**'],
    rules: tests,
  },
];

const parser = tsParser();
if (parser) {
  configs.push({
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: { parser, ecmaVersion: 2023, sourceType: 'module', globals: nodeGlobals },
    rules: { ...base, ...style, 'no-undef': 'off', 'no-unused-vars': 'off' },
  });
}

module.exports = configs;
