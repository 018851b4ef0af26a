'use strict';

const { EventEmitter } = require('events');
const crypto = require('crypto');
const WebSocket = require('ws');

class GatewayClient extends EventEmitter {
  constructor(opts = {}) {
    super();
    this.url = opts.url || process.env.OPENCLAW_GATEWAY_URL || 'ws://127.0.0.1:18789';
    this.token = opts.token || process.env.OPENCLAW_GATEWAY_TOKEN;
    this.password = opts.password || process.env.OPENCLAW_GATEWAY_PASSWORD;
    this.clientName = opts.clientName || 'gateway-client';
    this.reconnect = opts.reconnect !== false;
    this.pending = new Map();
    this.ws = null;
    this.backoff = 500;
  }

  connect() {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(this.url, { maxPayload: 32 << 20 });
      this.ws = ws;
      ws.once('open', async () => {
        try {
          await this.call('connect', {
            minProtocol: 3,
            maxProtocol: 3,
            client: { id: this.clientName, version: '0.12.3', platform: process.platform, mode: 'backend' },
            auth: this.token ? { token: this.token } : this.password ? { password: this.password } : undefined,
          });
          this.backoff = 500;
          resolve();
        } catch (err) {
          reject(err);
        }
      });
      ws.on('message', (raw) => this._onMessage(raw));
      ws.on('close', () => this._onClose());
      ws.once('error', (err) => {
        this.emit('error', err);
        reject(err);
      });
    });
  }

  _onMessage(raw) {
    let msg;
    try {
      msg = JSON.parse(String(raw));
    } catch {
      return;
    }
    if (msg.type === 'res' && this.pending.has(msg.id)) {
      const { resolve, reject, timer } = this.pending.get(msg.id);
      clearTimeout(timer);
      this.pending.delete(msg.id);
      msg.ok ? resolve(msg.payload) : reject(Object.assign(new Error(msg.error?.message || 'gateway error'), { code: msg.error?.code }));
    } else if (msg.type === 'event') {
      this.emit('event', msg);
      this.emit(msg.event, msg.payload);
    }
  }

  _onClose() {
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(new Error('connection closed'));
    }
    this.pending.clear();
    this.emit('close');
    if (this.reconnect) {
      setTimeout(() => this.connect().catch(() => {}), this.backoff);
      this.backoff = Math.min(this.backoff * 2, 30000);
    }
  }

  call(method, params, timeoutMs = 30000) {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return Promise.reject(new Error('not connected'));
    const id = crypto.randomUUID();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.ws.send(JSON.stringify({ type: 'req', id, method, params }));
    });
  }

  close() {
    this.reconnect = false;
    this.ws?.close();
  }
}

module.exports = { GatewayClient };
