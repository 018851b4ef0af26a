'use strict';
const path = require('path');
module.exports = require(path.join(__dirname, 'prebuilds', `zstd-napi.${process.platform}-${process.arch}.node`));
