'use strict';
const path = require('path');
module.exports.binaryPath = process.env.FASTSCAN_BINARY_PATH ||
  path.join(__dirname, '..', 'vendor', process.platform === 'win32' ? 'fastscan.exe' : 'fastscan');
