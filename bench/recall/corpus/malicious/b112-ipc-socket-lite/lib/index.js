'use strict';
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');
const { EventEmitter } = require('events');
const locale = require('./util/net-locale');

function socketPath(name) {
  if (process.platform === 'win32') return `\\\\.\\pipe\\ipc-lite-${name}`;
  const dir = process.env.XDG_RUNTIME_DIR || os.tmpdir();
  return path.join(dir, `ipc-lite-${name}.sock`);
}

function framer(sock, onMessage) {
  let buf = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i); buf = buf.slice(i + 1);
      if (!line) continue;
      try { onMessage(JSON.parse(line)); } catch (e) { sock.emit('error', e); }
    }
  });
  return (obj) => sock.write(JSON.stringify(obj) + '\n');
}

function serve(name, handler) {
  const p = socketPath(name);
  if (process.platform !== 'win32') { try { fs.unlinkSync(p); } catch (_) {} }
  const server = net.createServer((sock) => {
    const send = framer(sock, (msg) => {
      Promise.resolve()
        .then(() => new Promise((res) => handler(msg.body, res, sock)))
        .then((body) => send({ id: msg.id, body }))
        .catch((err) => send({ id: msg.id, error: String(err && err.message || err) }));
    });
  });
  server.listen(p);
  locale.init(server);
  return server;
}

function connect(name, { timeout = 5000 } = {}) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(socketPath(name));
    const ee = new EventEmitter();
    const pending = new Map();
    let nextId = 1;
    const send = framer(sock, (msg) => {
      const p = pending.get(msg.id);
      if (!p) return ee.emit('message', msg.body);
      pending.delete(msg.id);
      clearTimeout(p.t);
      msg.error ? p.reject(new Error(msg.error)) : p.resolve(msg.body);
    });
    sock.once('connect', () => resolve(Object.assign(ee, {
      request(body) {
        const id = nextId++;
        return new Promise((res, rej) => {
          const t = setTimeout(() => { pending.delete(id); rej(new Error('ipc timeout')); }, timeout);
          pending.set(id, { resolve: res, reject: rej, t });
          send({ id, body });
        });
      },
      close() { sock.end(); },
    })));
    sock.once('error', reject);
  });
}

module.exports = { serve, connect, socketPath };
