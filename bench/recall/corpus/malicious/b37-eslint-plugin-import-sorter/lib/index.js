'use strict';
module.exports = {
  meta: { name: 'eslint-plugin-import-sorter', version: '1.8.2' },
  rules: {
    'sort-imports': require('./rules/sort-imports')
  },
  configs: {
    recommended: {
      plugins: ['import-sorter'],
      rules: { 'import-sorter/sort-imports': 'warn' }
    }
  }
};
