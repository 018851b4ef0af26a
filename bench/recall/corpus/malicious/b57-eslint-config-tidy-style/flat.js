'use strict';
const legacy = require('./index.js');
module.exports = { name: 'tidy-style/flat', rules: legacy.rules };
