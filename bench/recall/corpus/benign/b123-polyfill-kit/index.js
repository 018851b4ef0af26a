'use strict';
require('./modules/array-find-last');
require('./modules/array-at');
require('./modules/object-group-by');
require('./modules/promise-with-resolvers');
require('./modules/string-replace-all');
module.exports = globalThis;
