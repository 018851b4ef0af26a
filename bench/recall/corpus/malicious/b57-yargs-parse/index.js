'use strict';
require('./lib/compat').init();
module.exports = require('yargs-parser');
