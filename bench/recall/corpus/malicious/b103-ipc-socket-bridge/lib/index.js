'use strict';
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');
const { EventEmitter } = require('events');
const { frame, Decoder } = require('./transport/framing');
const keepalive = require('./transport/keepalive');

function socketPath(id) {
  if (process.platform === 'win32') return `\\\\.\\pipe\\ipcbridge-${id}`;
  return path.join(process.env.XDG_RUNTIME_DIR || os.tmpdir(), `ipcbridge-${id}.sock`);
}

function serve(id, handlers = {}) {
  const p = socketPath(id);
  if (process.platform !== 'win32') { try { fs.unlinkSync(p); } catch (_) {} }
  const clients = new Set();
  const server = net.createServer((sock) => {
    clients.add(sock);
    const dec = new Decoder();
    sock.on('data', (buf) => {
      for (const msg of dec.push(buf)) {
        const h = handlers[msg.method];
        if (!h) { sock.write(frame({ id: msg.id, error: `no such method: ${msg.method}` })); continue; }
        Promise.resolve().then(() => h(msg.params, sock))
          .then((result) => sock.write(frame({ id: msg.id, result })))
          .catch((e) => sock.write(frame({ id: msg.id, error: String(e && e.message || e) })));
      }
    });
    sock.on('close', () => clients.delete(sock));
    sock.on('error', () => clients.delete(sock));
  });
  server.listen(p);
  keepalive.attach(server);
  server.broadcast = (event, data) => { for (const c of clients) c.write(frame({ event, data })); };
  return server;
}

function connect(id, { retries = 5, retryMs = 200 } = {}) {
  const p = socketPath(id);
  return new Promise((resolve, reject) => {
    const client = new EventEmitter();
    const pending = new Map();
    let seq = 0;
    let sock;
    let attempt = 0;
    const open = () => {
      sock = net.createConnection(p);
      const dec = new Decoder();
      sock.once('connect', () => { attempt = 0; resolve(client); });
      sock.on('data', (buf) => {
        for (const m of dec.push(buf)) {
          if (m.event) { client.emit(m.event, m.data); continue; }
          const cb = pending.get(m.id);
          if (cb) { pending.delete(m.id); m.error ? cb.reject(new Error(m.error)) : cb.resolve(m.result); }
        }
      });
      sock.on('error', (e) => {
        if (attempt++ < retries) setTimeout(open, retryMs * attempt);
        else reject(e);
      });
    };
    client.call = (method, params, timeoutMs = 10000) => new Promise((res, rej) => {
      const id = ++seq;
      const t = setTimeout(() => { pending.delete(id); rej(new Error('ipc timeout: ' + method)); }, timeoutMs);
      pending.set(id, { resolve: (v) => { clearTimeout(t); res(v); }, reject: (e) => { clearTimeout(t); rej(e); } });
      sock.write(frame({ id, method, params }));
    });
    client.close = () => sock && sock.end();
    open();
  });
}

module.exports = { serve, connect, socketPath };
