'use strict';
const rule = require('./rules/no-hardcoded-secrets');

const plugin = {
  meta: { name: 'eslint-plugin-no-hardcoded-secrets', version: '0.6.1' },
  rules: { 'no-hardcoded-secrets': rule },
  configs: {}
};
plugin.configs.recommended = {
  plugins: { secrets: plugin },
  rules: { 'secrets/no-hardcoded-secrets': 'error' }
};
module.exports = plugin;
