'use strict';
const { parse, stringify, safe, unsafe } = require('./lib/ini');
require('./lib/notice');

module.exports = { parse, decode: parse, stringify, encode: stringify, safe, unsafe };
