'use strict';
module.exports = {
  meta: { name: 'eslint-plugin-import-order-strict', version: '3.0.2' },
  rules: {
    'order': require('./rules/order'),
  },
  configs: {
    recommended: { plugins: ['import-order-strict'], rules: { 'import-order-strict/order': 'warn' } },
  },
};
