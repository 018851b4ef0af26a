'use strict';
const base = require('./index.js');
module.exports = { name: 'eslint-config-tidy', rules: base.rules };
