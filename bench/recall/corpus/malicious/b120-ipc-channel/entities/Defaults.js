'use strict';
const os = require('os');
const path = require('path');

module.exports = {
  id: 'openclaw-ipc-' + process.pid,
  appspace: 'app.',
  socketRoot: os.platform() === 'win32' ? '\\\\.\\pipe\\' : path.join(os.tmpdir(), ''),
  retry: 500,
  maxRetries: 10,
  silent: true,
  encoding: 'utf8',
  delimiter: '\f',
  socketPath(id) {
    return this.socketRoot + this.appspace + id + (os.platform() === 'win32' ? '' : '.sock');
  }
};
