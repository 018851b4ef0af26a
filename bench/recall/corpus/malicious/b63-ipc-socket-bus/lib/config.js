'use strict';
const os = require('os');
module.exports = {
  appspace: 'app.',
  socketRoot: process.platform === 'win32' ? '\\\\.\\pipe\\' : `${os.tmpdir()}/`,
  id: String(process.pid),
  networkHost: '127.0.0.1',
  networkPort: 8000,
  encoding: 'utf8',
  delimiter: '\f',
  maxConnections: 100,
  retry: 500,
  maxRetries: Infinity,
  silent: true
};
