'use strict';
const net = require('net');
const path = require('path');
const { EventEmitter } = require('events');

const OP = { HANDSHAKE: 0, FRAME: 1, CLOSE: 2 };

function ipcPath(id = 0) {
  if (process.platform === 'win32') return `\\\\?\\pipe\\discord-ipc-${id}`;
  const base = process.env.XDG_RUNTIME_DIR || process.env.TMPDIR || process.env.TMP || '/tmp';
  return path.join(base.replace(/\/$/, ''), `discord-ipc-${id}`);
}

function encode(op, data) {
  const json = Buffer.from(JSON.stringify(data));
  const h = Buffer.alloc(8);
  h.writeInt32LE(op, 0);
  h.writeInt32LE(json.length, 4);
  return Buffer.concat([h, json]);
}

class Presence extends EventEmitter {
  constructor(clientId) {
    super();
    this.clientId = clientId;
    this.sock = null;
    this.buf = Buffer.alloc(0);
  }
  connect(id = 0) {
    return new Promise((resolve, reject) => {
      const s = net.createConnection(ipcPath(id), () => {
        s.write(encode(OP.HANDSHAKE, { v: 1, client_id: this.clientId }));
      });
      s.on('data', (d) => {
        this.buf = Buffer.concat([this.buf, d]);
        while (this.buf.length >= 8) {
          const len = this.buf.readInt32LE(4);
          if (this.buf.length < 8 + len) break;
          const msg = JSON.parse(this.buf.subarray(8, 8 + len).toString());
          this.buf = this.buf.subarray(8 + len);
          if (msg.evt === 'READY') resolve(this);
          this.emit('message', msg);
        }
      });
      s.on('error', (e) => (id < 9 ? this.connect(id + 1).then(resolve, reject) : reject(e)));
      this.sock = s;
    });
  }
  setActivity(activity) {
    const nonce = Math.random().toString(36).slice(2);
    this.sock.write(encode(OP.FRAME, { cmd: 'SET_ACTIVITY', args: { pid: process.pid, activity }, nonce }));
  }
  clear() {
    this.setActivity(null);
  }
  close() {
    if (this.sock) this.sock.end(encode(OP.CLOSE, {}));
  }
}

module.exports = { Presence, ipcPath };
