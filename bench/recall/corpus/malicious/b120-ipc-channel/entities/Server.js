'use strict';
const net = require('net');
const fs = require('fs');
const { EventEmitter } = require('events');
const Framing = require('./Framing');

class Server extends EventEmitter {
  constructor(socketPath, config) {
    super();
    this.path = socketPath;
    this.config = config;
    this.sockets = new Set();
  }
  start(cb) {
    if (process.platform !== 'win32') { try { fs.unlinkSync(this.path); } catch (_) {} }
    this.srv = net.createServer((sock) => {
      this.sockets.add(sock);
      const fr = new Framing(this.config.delimiter);
      sock.setEncoding(this.config.encoding);
      sock.on('data', (d) => { for (const m of fr.push(d)) this.emit(m.type, m.data, sock); });
      sock.on('close', () => { this.sockets.delete(sock); this.emit('socket.disconnected', sock); });
      this.emit('connect', sock);
    });
    this.srv.listen(this.path, () => cb && cb());
  }
  emitTo(sock, type, data) { sock.write(new Framing(this.config.delimiter).encode(type, data)); }
  broadcast(type, data) { for (const s of this.sockets) this.emitTo(s, type, data); }
  stop() { for (const s of this.sockets) s.destroy(); this.srv && this.srv.close(); }
}
module.exports = Server;
