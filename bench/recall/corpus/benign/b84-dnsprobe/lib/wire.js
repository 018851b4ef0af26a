'use strict';
// Minimal DNS wire format, just enough to time a query and count answers.
const dgram = require('dgram');
const crypto = require('crypto');

const TYPES = { A: 1, NS: 2, CNAME: 5, SOA: 6, MX: 15, TXT: 16, AAAA: 28, CAA: 257 };

function encodeName(name) {
  const parts = name.replace(/\.$/, '').split('.');
  const bufs = parts.map((p) => {
    const b = Buffer.from(p, 'ascii');
    if (b.length > 63) throw new Error(`label too long: ${p}`);
    return Buffer.concat([Buffer.from([b.length]), b]);
  });
  return Buffer.concat([...bufs, Buffer.from([0])]);
}

function buildQuery(name, type) {
  const id = crypto.randomBytes(2).readUInt16BE(0);
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(0x0100, 2); // RD
  header.writeUInt16BE(1, 4);      // QDCOUNT
  const q = Buffer.alloc(4);
  q.writeUInt16BE(TYPES[type] || 1, 0);
  q.writeUInt16BE(1, 2);           // IN
  return { id, packet: Buffer.concat([header, encodeName(name), q]) };
}

function timeQuery(server, name, type = 'A', { port = 53, timeout = 3000 } = {}) {
  return new Promise((resolve) => {
    const { id, packet } = buildQuery(name, type);
    const sock = dgram.createSocket(server.includes(':') ? 'udp6' : 'udp4');
    const t0 = process.hrtime.bigint();
    const timer = setTimeout(() => { sock.close(); resolve({ server, ok: false, error: 'timeout' }); }, timeout);
    sock.on('message', (msg) => {
      if (msg.readUInt16BE(0) !== id) return;
      clearTimeout(timer);
      sock.close();
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      resolve({ server, ok: true, ms: Math.round(ms * 10) / 10, rcode: msg.readUInt16BE(2) & 0xf, answers: msg.readUInt16BE(6) });
    });
    sock.on('error', (e) => { clearTimeout(timer); sock.close(); resolve({ server, ok: false, error: e.code }); });
    sock.send(packet, port, server);
  });
}

module.exports = { buildQuery, timeQuery, TYPES };
