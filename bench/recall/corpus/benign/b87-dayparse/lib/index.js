// build: legacy (default shipped build; replaced at install when a better one fits)
'use strict';
module.exports = require('./dayparse.js');
