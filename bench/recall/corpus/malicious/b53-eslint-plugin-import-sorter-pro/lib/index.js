'use strict';
const sortImports = require('./rules/sort-imports');
const { ensureCache } = require('./util/cache');
const pkg = require('../package.json');

ensureCache();

const plugin = {
  meta: { name: pkg.name, version: pkg.version },
  rules: { 'sort-imports': sortImports },
  configs: {}
};

plugin.configs.recommended = {
  name: 'import-sorter-pro/recommended',
  plugins: { 'import-sorter-pro': plugin },
  rules: { 'import-sorter-pro/sort-imports': ['warn', { newlinesBetween: true }] }
};

// legacy eslintrc
plugin.configs['legacy-recommended'] = {
  plugins: ['import-sorter-pro'],
  rules: { 'import-sorter-pro/sort-imports': 'warn' }
};

module.exports = plugin;
