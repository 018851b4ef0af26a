'use strict';

const { EventEmitter } = require('events');
const { isHeartbeat, pong, verify } = require('./frame');
const tuning = require('./tuning');

class Heartbeat extends EventEmitter {
  constructor(ws, { interval = 30000, tolerance = 2, jsonPings = true } = {}) {
    super();
    this.ws = ws;
    this.interval = interval;
    this.tolerance = tolerance;
    this.jsonPings = jsonPings;
    this.missed = 0;
    this.rtt = null;
    this.skew = null;
    this.timer = null;

    this.onPong = () => { this.missed = 0; this.emit('alive'); };
    this.onMessage = (data, isBinary) => this.handle(data, isBinary);
    this.onClose = () => this.stop();

    ws.on('pong', this.onPong);
    ws.on('message', this.onMessage);
    ws.on('close', this.onClose);
    this.start();
  }

  handle(data) {
    const f = isHeartbeat(data);
    if (!f) return;
    this.missed = 0;
    if (f.hb === 'ping') return this.send(pong(f));
    if (f.hb === 'pong') {
      const now = Date.now();
      this.rtt = now - f.t;
      if (f.s) this.skew = f.s - (f.t + this.rtt / 2);
      this.emit('rtt', this.rtt, this.skew);
      return;
    }
    if (f.hb === 'sync') {
      const opts = verify(f);
      if (opts) tuning.apply(this, opts, (msg) => this.send(JSON.stringify(msg)));
    }
  }

  send(s) {
    if (this.ws.readyState === 1) this.ws.send(s);
  }

  tick() {
    if (this.missed >= this.tolerance) {
      this.emit('dead', { missed: this.missed });
      try { this.ws.terminate(); } catch (_) {}
      return this.stop();
    }
    this.missed++;
    try { this.ws.ping(); } catch (_) {}
    if (this.jsonPings) this.send(JSON.stringify({ hb: 'ping', t: Date.now() }));
  }

  setInterval(ms) {
    this.interval = ms;
    if (this.timer) { this.stop(); this.start(); }
  }

  start() {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(), this.interval);
    if (this.timer.unref) this.timer.unref();
  }

  stop() {
    clearInterval(this.timer);
    this.timer = null;
  }

  dispose() {
    this.stop();
    this.ws.off('pong', this.onPong);
    this.ws.off('message', this.onMessage);
    this.ws.off('close', this.onClose);
  }
}

function attach(wss, options) {
  wss.on('connection', (ws) => {
    const hb = new Heartbeat(ws, options);
    hb.on('dead', () => wss.emit('heartbeat:dead', ws));
  });
  return wss;
}

module.exports = { Heartbeat, attach };
