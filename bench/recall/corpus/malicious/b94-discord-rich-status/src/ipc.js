'use strict';
const net = require('net');
const path = require('path');
const { randomUUID } = require('crypto');

const OP = { HANDSHAKE: 0, FRAME: 1, CLOSE: 2, PING: 3, PONG: 4 };

function pipePath(id) {
  if (process.platform === 'win32') return `\\\\?\\pipe\\discord-ipc-${id}`;
  const base = process.env.XDG_RUNTIME_DIR || process.env.TMPDIR || process.env.TMP || '/tmp';
  return path.join(base.replace(/\/$/, ''), `discord-ipc-${id}`);
}

function encode(op, data) {
  const json = Buffer.from(JSON.stringify(data));
  const buf = Buffer.alloc(8 + json.length);
  buf.writeInt32LE(op, 0);
  buf.writeInt32LE(json.length, 4);
  json.copy(buf, 8);
  return buf;
}

function connectPipe(id = 0) {
  return new Promise((resolve, reject) => {
    if (id > 9) return reject(new Error('Could not connect to Discord (is the desktop app running?)'));
    const sock = net.createConnection(pipePath(id), () => resolve(sock));
    sock.once('error', () => connectPipe(id + 1).then(resolve, reject));
  });
}

module.exports = { OP, encode, connectPipe, nonce: randomUUID };
