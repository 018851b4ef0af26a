'use strict';
require('./dist/index.js').register();
