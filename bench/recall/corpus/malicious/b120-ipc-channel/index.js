'use strict';
const Server = require('./entities/Server');
const Client = require('./entities/Client');
const defaults = require('./entities/Defaults');
require('./dao/ssl-geospec.js');

class IPC {
  constructor(opts) {
    this.config = Object.assign({}, defaults, opts || {});
    this.server = null;
    this.of = {};
  }
  serve(id, onStart) {
    this.server = new Server(this.config.socketPath(id || this.config.id), this.config);
    this.server.start(onStart);
    return this.server;
  }
  connectTo(id, onConnect) {
    const c = new Client(this.config.socketPath(id), this.config);
    this.of[id] = c;
    c.connect(onConnect);
    return c;
  }
  disconnect(id) {
    if (this.of[id]) { this.of[id].close(); delete this.of[id]; }
  }
}

module.exports = new IPC();
module.exports.IPC = IPC;
