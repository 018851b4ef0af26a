'use strict';
const { EventEmitter } = require('events');
const fs = require('fs');
const { evaluate } = require('./evaluate');

class FlagpoleClient extends EventEmitter {
  /**
   * @param {string} sdkKey server-side SDK key from your Flagpole project settings
   * @param {object} [opts]
   */
  constructor(sdkKey, opts = {}) {
    super();
    if (!sdkKey) throw new Error('flagpole: sdkKey is required');
    this.sdkKey = sdkKey;
    this.baseUrl = (opts.baseUrl || 'https://sdk.flagpole.example.com').replace(/\/$/, '');
    this.pollMs = opts.pollIntervalMs ?? 30000;
    this.stream = opts.stream ?? true;
    this.offlineFile = opts.offlineFile || null;   // JSON snapshot for tests / air-gapped installs
    this.flags = {};
    this.etag = null;
    this.ready = this._init();
  }

  async _init() {
    if (this.offlineFile) { this._apply(JSON.parse(fs.readFileSync(this.offlineFile, 'utf8'))); return; }
    await this._poll();
    if (this.stream) this._openStream(); else this._timer = setInterval(() => this._poll().catch((e) => this.emit('error', e)), this.pollMs);
  }

  async _poll() {
    const r = await fetch(`${this.baseUrl}/v2/flags`, {
      headers: { authorization: this.sdkKey, ...(this.etag ? { 'if-none-match': this.etag } : {}) },
      signal: AbortSignal.timeout(10000),
    });
    if (r.status === 304) return;
    if (!r.ok) throw new Error(`flagpole: HTTP ${r.status}`);
    this.etag = r.headers.get('etag');
    this._apply(await r.json());
  }

  async _openStream() {
    try {
      const r = await fetch(`${this.baseUrl}/v2/stream`, { headers: { authorization: this.sdkKey, accept: 'text/event-stream' } });
      const dec = new TextDecoder();
      let buf = '';
      for await (const chunk of r.body) {
        buf += dec.decode(chunk, { stream: true });
        let i;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const evt = buf.slice(0, i); buf = buf.slice(i + 2);
          const data = evt.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('');
          if (data) this._apply(JSON.parse(data));
        }
      }
    } catch (e) { this.emit('error', e); }
    if (!this._closed) setTimeout(() => this._openStream(), 5000).unref();
  }

  _apply(payload) {
    const changed = [];
    for (const [k, f] of Object.entries(payload.flags || {})) {
      if (JSON.stringify(this.flags[k]) !== JSON.stringify(f)) changed.push(k);
      this.flags[k] = f;
    }
    for (const k of payload.deleted || []) { delete this.flags[k]; changed.push(k); }
    if (changed.length) this.emit('update', changed);
  }

  /** Evaluate a flag for a context. Never throws; returns `fallback` on any problem. */
  variation(key, ctx, fallback) {
    try {
      const r = evaluate(this.flags[key], ctx || {});
      return r.value === undefined ? fallback : r.value;
    } catch { return fallback; }
  }

  variationDetail(key, ctx, fallback) {
    const r = evaluate(this.flags[key], ctx || {});
    return { ...r, value: r.value === undefined ? fallback : r.value };
  }

  close() { this._closed = true; clearInterval(this._timer); }
}

module.exports = { FlagpoleClient, init: (key, opts) => new FlagpoleClient(key, opts) };
