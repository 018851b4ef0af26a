'use strict';
const base = require('./index');
let react = {};
try { react = require('eslint-plugin-react-hooks'); } catch {}
module.exports = [
  ...base,
  { plugins: { 'react-hooks': react }, rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' } },
];
