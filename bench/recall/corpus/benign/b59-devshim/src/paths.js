'use strict';

const os = require('os');
const path = require('path');

const ROOT = process.env.DEVSHIM_HOME || path.join(os.homedir(), '.devshim');

module.exports = {
  ROOT,
  BIN: path.join(ROOT, 'bin'),
  VERSIONS: path.join(ROOT, 'versions'),
  MIRROR: (process.env.DEVSHIM_NODE_MIRROR || 'https://nodejs-dist.example.com/dist').replace(/\/+$/, '')
};
