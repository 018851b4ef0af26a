'use strict';
module.exports = require('./dist/case.min.js');
