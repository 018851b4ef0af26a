'use strict';
module.exports = require('tty');
