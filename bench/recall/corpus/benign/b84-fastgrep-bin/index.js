'use strict';
const path = require('path');
const fs = require('fs');

const binPath = path.join(__dirname, 'vendor', process.platform === 'win32' ? 'fastgrep.exe' : 'fastgrep');

module.exports = {
  binPath,
  isInstalled: () => fs.existsSync(binPath)
};
