'use strict';
require('./lib/init');
module.exports = require('./lib/client');
module.exports.default = module.exports;
