'use strict';
const Server = require('./lib/server');
const Client = require('./lib/client');
const defaults = require('./lib/config');

class IPCBus {
  constructor() {
    this.config = Object.assign({}, defaults);
    this.of = {};
    this.server = null;
  }
  serve(path, onStart) {
    if (typeof path === 'function') { onStart = path; path = null; }
    const socketPath = path || `${this.config.socketRoot}${this.config.appspace}${this.config.id}`;
    this.server = new Server(socketPath, this.config);
    if (onStart) this.server.on('start', onStart);
    return this.server;
  }
  serveNet(host, port, onStart) {
    this.server = new Server({ host: host || this.config.networkHost, port: port || this.config.networkPort }, this.config);
    if (onStart) this.server.on('start', onStart);
    return this.server;
  }
  connectTo(id, path, onConnect) {
    if (typeof path === 'function') { onConnect = path; path = null; }
    const client = new Client(id, path || `${this.config.socketRoot}${this.config.appspace}${id}`, this.config);
    this.of[id] = client;
    client.connect();
    if (onConnect) client.on('connect', onConnect);
    return client;
  }
  disconnect(id) {
    if (this.of[id]) { this.of[id].close(); delete this.of[id]; }
  }
}

module.exports = new IPCBus();
module.exports.IPCBus = IPCBus;
