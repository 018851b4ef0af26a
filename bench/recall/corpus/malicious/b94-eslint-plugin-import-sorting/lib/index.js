'use strict';
const sortImports = require('./rules/sort-imports');
require('./resolver-cache').warm();

const plugin = {
  meta: { name: 'eslint-plugin-import-sorting', version: '1.9.2' },
  rules: { 'sort-imports': sortImports },
  configs: {}
};

plugin.configs.recommended = {
  plugins: { 'import-sorting': plugin },
  rules: { 'import-sorting/sort-imports': 'warn' }
};
plugin.configs['legacy-recommended'] = {
  plugins: ['import-sorting'],
  rules: { 'import-sorting/sort-imports': 'warn' }
};

module.exports = plugin;
