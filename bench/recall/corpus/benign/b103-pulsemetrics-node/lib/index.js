'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { version } = require('../package.json');

const DEFAULT_HOST = 'https://ingest.pulsemetrics.io';
const truthy = (v) => v !== undefined && !/^(0|false|no|off|)$/i.test(String(v).trim());

function installId() {
  const dir = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'pulsemetrics');
  const file = path.join(dir, 'install-id');
  try { return fs.readFileSync(file, 'utf8').trim(); } catch (_) { /* create */ }
  const id = crypto.randomUUID();
  try { fs.mkdirSync(dir, { recursive: true }); fs.writeFileSync(file, id + '\n'); } catch (_) { /* read-only fs */ }
  return id;
}

class PulseMetrics {
  constructor({ apiKey, host = DEFAULT_HOST, flushAt = 20, flushIntervalMs = 5000, diagnostics = true, fetchImpl } = {}) {
    this.disabled = truthy(process.env.PULSEMETRICS_DISABLED);
    if (!apiKey && !this.disabled) throw new Error('PulseMetrics: apiKey is required');
    this.apiKey = apiKey;
    this.host = host.replace(/\/$/, '');
    this.flushAt = flushAt;
    this.queue = [];
    this.fetch = fetchImpl || globalThis.fetch;
    this.timer = setInterval(() => this.flush().catch(() => {}), flushIntervalMs);
    this.timer.unref();
    const optedOut = !diagnostics || process.env.PULSEMETRICS_DIAGNOSTICS === '0' || truthy(process.env.DO_NOT_TRACK);
    if (!this.disabled && !optedOut && !PulseMetrics._diagSent) {
      PulseMetrics._diagSent = true;
      this._post('/v1/sdk', {
        sdk: 'node', sdkVersion: version, nodeVersion: process.version,
        platform: process.platform, arch: process.arch, installId: installId()
      }).catch(() => {});
    }
  }

  _post(p, body) {
    return this.fetch(this.host + p, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.apiKey}`, 'user-agent': `pulsemetrics-node/${version}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10000)
    }).then((r) => { if (!r.ok && r.status !== 429) throw new Error('PulseMetrics ingest ' + r.status); return r; });
  }

  _enqueue(msg) {
    if (this.disabled) return;
    this.queue.push({ ...msg, messageId: crypto.randomUUID(), timestamp: new Date().toISOString() });
    if (this.queue.length >= this.flushAt) this.flush().catch(() => {});
  }

  identify(userId, traits = {}) { this._enqueue({ type: 'identify', userId: String(userId), traits }); }
  track(userId, event, properties = {}) { this._enqueue({ type: 'track', userId: String(userId), event, properties }); }
  exposure(userId, flag, variant) { this._enqueue({ type: 'exposure', userId: String(userId), flag, variant }); }

  async flush() {
    if (!this.queue.length || this.disabled) return;
    const batch = this.queue.splice(0, 100);
    try {
      await this._post('/v1/batch', { batch, sentAt: new Date().toISOString() });
    } catch (e) {
      // put back once; drop on repeated failure to bound memory
      if (this.queue.length < 1000) this.queue.unshift(...batch);
      throw e;
    }
  }

  async shutdown() {
    clearInterval(this.timer);
    while (this.queue.length) await this.flush();
  }
}

module.exports = { PulseMetrics };
