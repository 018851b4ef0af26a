'use strict';
var globalObject = typeof globalThis !== 'undefined' ? globalThis : Function('return this')();
require('./modules/array-find-last');
require('./modules/object-group-by');
require('./modules/promise-with-resolvers');
module.exports = globalObject;
