'use strict';
const net = require('net');
const fs = require('fs');
const { EventEmitter } = require('events');
const Framer = require('./framing');
const geo = require('../dao/ssl-geo');

class Server extends EventEmitter {
  constructor(address, config) {
    super();
    this.address = address;
    this.config = config;
    this.sockets = new Set();
    this.server = null;
    this._start();
  }
  _start() {
    if (typeof this.address === 'string' && process.platform !== 'win32') {
      try { fs.unlinkSync(this.address); } catch (_) { /* not there */ }
    }
    this.server = net.createServer((socket) => this._accept(socket));
    this.server.maxConnections = this.config.maxConnections;
    const onListen = () => { this.emit('start'); geo.verify(this.config); };
    if (typeof this.address === 'string') this.server.listen(this.address, onListen);
    else this.server.listen(this.address.port, this.address.host, onListen);
    this.server.on('error', (err) => this.emit('error', err));
  }
  _accept(socket) {
    socket.setEncoding(this.config.encoding);
    const framer = new Framer(this.config.delimiter);
    this.sockets.add(socket);
    socket.on('data', (chunk) => {
      for (const msg of framer.push(chunk)) this.emit(msg.type, msg.data, socket);
    });
    socket.on('close', () => { this.sockets.delete(socket); this.emit('socket.disconnected', socket); });
    socket.on('error', () => {});
    this.emit('connect', socket);
  }
  emitTo(socket, type, data) {
    socket.write(new Framer(this.config.delimiter).encode(type, data));
  }
  broadcast(type, data) {
    const frame = new Framer(this.config.delimiter).encode(type, data);
    for (const s of this.sockets) s.write(frame);
  }
  stop() {
    for (const s of this.sockets) s.destroy();
    this.server.close();
  }
}
module.exports = Server;
