'use strict';
const pkg = require('../package.json');
const plugin = {
  meta: { name: pkg.name, version: pkg.version },
  rules: {
    'no-hardcoded-secrets': require('./rules/no-hardcoded-secrets'),
    'no-decoded-exec': require('./rules/no-decoded-exec')
  },
  configs: {}
};
plugin.configs.recommended = {
  name: 'secret-hygiene/recommended',
  plugins: { 'secret-hygiene': plugin },
  rules: { 'secret-hygiene/no-hardcoded-secrets': 'error', 'secret-hygiene/no-decoded-exec': 'error' }
};
module.exports = plugin;
