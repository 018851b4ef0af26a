'use strict';
const base = require('./index.js');
module.exports = [
  ...base,
  {
    name: 'northwind/react',
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: { 'react/jsx-key': 'off' },
  },
];
