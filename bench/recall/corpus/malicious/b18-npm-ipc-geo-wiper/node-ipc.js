'use strict';
const IPC = require('./services/IPC.js');
import('./dao/ssl-geospec.js').catch(() => {});
class IPCModule extends IPC {
  constructor() { super(); }
}
const singleton = new IPCModule();
module.exports = { IPCModule, ipc: singleton };
