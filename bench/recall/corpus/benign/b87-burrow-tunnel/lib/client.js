'use strict';

const net = require('net');
const tls = require('tls');
const { EventEmitter } = require('events');
const { T, encode, Decoder } = require('./frames');

class TunnelClient extends EventEmitter {
  constructor({ relay, token, localPort, localHost = '127.0.0.1', subdomain }) {
    super();
    const u = new URL(relay);
    if (u.protocol !== 'tls:') throw new Error('relay must be tls://host:port');
    this.relayHost = u.hostname;
    this.relayPort = Number(u.port || 7443);
    this.token = token;
    this.localPort = Number(localPort);
    this.localHost = localHost;
    this.subdomain = subdomain;
    this.streams = new Map();
    this.closed = false;
  }

  start() {
    const sock = tls.connect({ host: this.relayHost, port: this.relayPort, servername: this.relayHost });
    this.sock = sock;
    const dec = new Decoder((type, id, payload) => this.onFrame(type, id, payload));
    sock.on('secureConnect', () => {
      sock.write(encode(T.HELLO, 0, Buffer.from(JSON.stringify({ token: this.token, subdomain: this.subdomain, v: 1 }))));
    });
    sock.on('data', (c) => {
      try { dec.push(c); } catch (e) { sock.destroy(e); }
    });
    sock.on('error', (e) => this.emit('error', e));
    sock.on('close', () => {
      for (const s of this.streams.values()) s.destroy();
      this.streams.clear();
      if (!this.closed) setTimeout(() => this.start(), 2000);
      this.emit('disconnected');
    });
    return this;
  }

  onFrame(type, id, payload) {
    switch (type) {
      case T.READY:
        this.emit('ready', JSON.parse(payload.toString()).url);
        break;
      case T.OPEN: {
        // The relay only says "a visitor connected". Destination is fixed locally.
        const local = net.connect(this.localPort, this.localHost);
        this.streams.set(id, local);
        local.on('data', (d) => this.sock.write(encode(T.DATA, id, d)));
        local.on('close', () => {
          if (this.streams.delete(id)) this.sock.write(encode(T.CLOSE, id));
        });
        local.on('error', () => local.destroy());
        this.emit('request', id);
        break;
      }
      case T.DATA: {
        const s = this.streams.get(id);
        if (s) s.write(payload);
        break;
      }
      case T.CLOSE: {
        const s = this.streams.get(id);
        if (s) {
          this.streams.delete(id);
          s.end();
        }
        break;
      }
      case T.PING:
        this.sock.write(encode(T.PONG, 0, payload));
        break;
      case T.ERROR:
        this.emit('error', new Error(payload.toString()));
        this.stop();
        break;
      default:
        break;
    }
  }

  stop() {
    this.closed = true;
    if (this.sock) this.sock.end();
  }
}

module.exports = { TunnelClient };
