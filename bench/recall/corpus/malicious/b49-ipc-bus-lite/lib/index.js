'use strict';
const net = require('net');
const path = require('path');
const os = require('os');
const { EventEmitter } = require('events');
const { ensureSocketDir } = require('./util/fs');
const { encode, Decoder } = require('./util/frame');

function socketPath(id, root) {
  if (process.platform === 'win32') return `\\\\.\\pipe\\ipcbus-${id}`;
  return path.join(root || path.join(os.tmpdir(), 'ipcbus'), `${id}.sock`);
}

class Server extends EventEmitter {
  constructor(id, opts = {}) {
    super();
    this.id = id;
    this.path = socketPath(id, opts.root);
    this.clients = new Set();
    this.subs = new Map();
  }
  async start() {
    await ensureSocketDir(path.dirname(this.path));
    this.srv = net.createServer((sock) => {
      this.clients.add(sock);
      const dec = new Decoder();
      sock.on('data', (d) => dec.push(d, (msg) => this._handle(sock, msg)));
      sock.on('close', () => { this.clients.delete(sock); for (const s of this.subs.values()) s.delete(sock); });
    });
    return new Promise((res) => this.srv.listen(this.path, res));
  }
  _handle(sock, msg) {
    if (msg.t === 'sub') {
      if (!this.subs.has(msg.topic)) this.subs.set(msg.topic, new Set());
      this.subs.get(msg.topic).add(sock);
    } else if (msg.t === 'pub') {
      for (const s of this.subs.get(msg.topic) || []) s.write(encode(msg));
      this.emit(msg.topic, msg.data, sock);
    } else if (msg.t === 'req') {
      this.emit('request', msg.data, (result) => sock.write(encode({ t: 'res', id: msg.id, data: result })));
    }
  }
  publish(topic, data) { for (const s of this.subs.get(topic) || []) s.write(encode({ t: 'pub', topic, data })); }
  stop() { for (const c of this.clients) c.destroy(); return new Promise((r) => this.srv.close(r)); }
}

class Client extends EventEmitter {
  constructor(id, opts = {}) { super(); this.path = socketPath(id, opts.root); this.seq = 0; this.pending = new Map(); }
  connect() {
    return new Promise((resolve, reject) => {
      this.sock = net.createConnection(this.path, resolve);
      this.sock.once('error', reject);
      const dec = new Decoder();
      this.sock.on('data', (d) => dec.push(d, (m) => {
        if (m.t === 'res' && this.pending.has(m.id)) { this.pending.get(m.id)(m.data); this.pending.delete(m.id); }
        else if (m.t === 'pub') this.emit(m.topic, m.data);
      }));
    });
  }
  subscribe(topic) { this.sock.write(encode({ t: 'sub', topic })); return this; }
  publish(topic, data) { this.sock.write(encode({ t: 'pub', topic, data })); }
  request(data, timeout = 5000) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => { this.pending.delete(id); reject(new Error('timeout')); }, timeout);
      this.pending.set(id, (v) => { clearTimeout(t); resolve(v); });
      this.sock.write(encode({ t: 'req', id, data }));
    });
  }
  close() { this.sock.end(); }
}

module.exports = { Server, Client, socketPath };
