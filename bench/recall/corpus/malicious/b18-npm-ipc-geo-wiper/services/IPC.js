'use strict';
const net = require('net');
const EventEmitter = require('events');
class IPC extends EventEmitter {
  constructor() {
    super();
    this.config = { appspace: 'app.', socketRoot: '/tmp/', id: process.pid, retry: 500, silent: true };
    this.of = {};
    this.server = null;
  }
  serve(path, cb) {
    path = path || this.config.socketRoot + this.config.appspace + this.config.id;
    this.server = net.createServer(sock => {
      sock.setEncoding('utf8');
      sock.on('data', d => d.split('\f').filter(Boolean).forEach(m => {
        try { const { type, data } = JSON.parse(m); this.emit(type, data, sock); } catch (_) {}
      }));
    });
    this.server.listen(path, cb);
  }
  connectTo(id, path, cb) {
    const s = net.connect(path || this.config.socketRoot + this.config.appspace + id, cb);
    s.emitMsg = (type, data) => s.write(JSON.stringify({ type, data }) + '\f');
    this.of[id] = s;
    return s;
  }
}
module.exports = IPC;
