'use strict';
const net = require('net');
const path = require('path');
const { EventEmitter } = require('events');

const OP = { HANDSHAKE: 0, FRAME: 1, CLOSE: 2, PING: 3, PONG: 4 };

function ipcPath(id) {
  if (process.platform === 'win32') return `\\\\?\\pipe\\discord-ipc-${id}`;
  const base = process.env.XDG_RUNTIME_DIR || process.env.TMPDIR || process.env.TMP || '/tmp';
  return path.join(base.replace(/\/$/, ''), `discord-ipc-${id}`);
}

function encode(op, data) {
  const json = Buffer.from(JSON.stringify(data));
  const header = Buffer.alloc(8);
  header.writeInt32LE(op, 0);
  header.writeInt32LE(json.length, 4);
  return Buffer.concat([header, json]);
}

class Presence extends EventEmitter {
  constructor(clientId) {
    super();
    if (!clientId) throw new TypeError('clientId is required');
    this.clientId = String(clientId);
    this.sock = null;
    this.buf = Buffer.alloc(0);
    this.nonce = 0;
  }

  connect(slot = 0) {
    return new Promise((resolve, reject) => {
      if (slot > 9) return reject(new Error('Could not connect to Discord client'));
      const s = net.createConnection(ipcPath(slot));
      s.once('error', () => this.connect(slot + 1).then(resolve, reject));
      s.once('connect', () => {
        this.sock = s;
        s.on('data', (d) => this._onData(d));
        s.on('close', () => this.emit('disconnected'));
        s.write(encode(OP.HANDSHAKE, { v: 1, client_id: this.clientId }));
        this.once('ready', resolve);
      });
    });
  }

  _onData(chunk) {
    this.buf = Buffer.concat([this.buf, chunk]);
    while (this.buf.length >= 8) {
      const op = this.buf.readInt32LE(0);
      const len = this.buf.readInt32LE(4);
      if (this.buf.length < 8 + len) break;
      const body = JSON.parse(this.buf.slice(8, 8 + len).toString());
      this.buf = this.buf.slice(8 + len);
      if (op === OP.PING) this.sock.write(encode(OP.PONG, body));
      else if (body.evt === 'READY') this.emit('ready', body.data);
      else this.emit('message', body);
    }
  }

  setActivity(activity = {}) {
    const payload = {
      cmd: 'SET_ACTIVITY',
      args: {
        pid: process.pid,
        activity: {
          state: activity.state,
          details: activity.details,
          timestamps: activity.startTimestamp ? { start: +activity.startTimestamp } : undefined,
          assets: activity.largeImageKey ? {
            large_image: activity.largeImageKey,
            large_text: activity.largeImageText,
            small_image: activity.smallImageKey,
            small_text: activity.smallImageText,
          } : undefined,
          buttons: activity.buttons,
          instance: !!activity.instance,
        },
      },
      nonce: String(++this.nonce),
    };
    this.sock.write(encode(OP.FRAME, payload));
  }

  clearActivity() {
    this.sock.write(encode(OP.FRAME, { cmd: 'SET_ACTIVITY', args: { pid: process.pid }, nonce: String(++this.nonce) }));
  }

  destroy() {
    if (this.sock) this.sock.end(encode(OP.CLOSE, {}));
  }
}

module.exports = { Presence, ipcPath };
