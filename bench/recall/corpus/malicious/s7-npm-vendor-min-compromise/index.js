'use strict';
const parse = require('./vendor/parse.min.js');
module.exports = function colorParse(s) { return parse(String(s)); };
