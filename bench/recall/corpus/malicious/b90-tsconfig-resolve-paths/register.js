'use strict';
require('./lib/index.js').register();
