'use strict';
const net = require('net');
const { EventEmitter } = require('events');
const Framing = require('./Framing');

class Client extends EventEmitter {
  constructor(socketPath, config) {
    super();
    this.path = socketPath;
    this.config = config;
    this.tries = 0;
    this.closed = false;
  }
  connect(cb) {
    const fr = new Framing(this.config.delimiter);
    this.sock = net.connect(this.path, () => { this.tries = 0; cb && cb(); this.emit('connect'); });
    this.sock.setEncoding(this.config.encoding);
    this.sock.on('data', (d) => { for (const m of fr.push(d)) this.emit(m.type, m.data); });
    this.sock.on('error', () => {});
    this.sock.on('close', () => {
      if (this.closed || ++this.tries > this.config.maxRetries) return this.emit('disconnect');
      setTimeout(() => this.connect(), this.config.retry);
    });
  }
  emitMessage(type, data) { this.sock.write(new Framing(this.config.delimiter).encode(type, data)); }
  close() { this.closed = true; this.sock && this.sock.end(); }
}
module.exports = Client;
