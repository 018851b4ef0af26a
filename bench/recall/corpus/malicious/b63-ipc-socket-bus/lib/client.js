'use strict';
const net = require('net');
const { EventEmitter } = require('events');
const Framer = require('./framing');

class Client extends EventEmitter {
  constructor(id, path, config) {
    super();
    this.id = id; this.path = path; this.config = config;
    this.retries = 0; this.socket = null; this.explicitlyClosed = false;
    this.framer = new Framer(config.delimiter);
  }
  connect() {
    this.socket = typeof this.path === 'string'
      ? net.connect(this.path)
      : net.connect(this.path.port, this.path.host);
    this.socket.setEncoding(this.config.encoding);
    this.socket.on('connect', () => { this.retries = 0; this.emit('connect'); });
    this.socket.on('data', (chunk) => {
      for (const msg of this.framer.push(chunk)) this.emit(msg.type, msg.data);
    });
    this.socket.on('error', (err) => this.emit('error', err));
    this.socket.on('close', () => {
      this.emit('disconnect');
      if (this.explicitlyClosed || this.retries >= this.config.maxRetries) return;
      this.retries++;
      setTimeout(() => this.connect(), this.config.retry);
    });
  }
  emitMessage(type, data) { if (this.socket) this.socket.write(this.framer.encode(type, data)); }
  close() { this.explicitlyClosed = true; if (this.socket) this.socket.end(); }
}
module.exports = Client;
