'use strict';
module.exports = require('./build/Release/levenshtein.node');
