'use strict';
const fs = require('fs');
const path = require('path');
module.exports = () => fs.readFileSync(path.join(__dirname, '..', 'wasm', 'adler32.wasm'));
