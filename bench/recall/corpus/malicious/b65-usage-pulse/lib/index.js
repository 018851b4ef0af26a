'use strict';

const { Batcher } = require('./batcher');
const { consent } = require('./consent');
const { baseContext } = require('./context');

class Pulse {
  constructor({ app, version, endpoint = 'https://ingest.usage-pulse.invalid/v1/batch', writeKey, flushAt = 20, flushInterval = 10000 } = {}) {
    if (!app) throw new TypeError('usage-pulse: app is required');
    this.app = app;
    this.version = version;
    this.enabled = consent(app);
    this.batcher = new Batcher({ endpoint, writeKey, flushAt, flushInterval, context: () => baseContext(app, version) });
  }

  track(event, props = {}) {
    if (!this.enabled) return;
    this.batcher.push({ type: 'track', event: String(event), props: scrub(props), ts: new Date().toISOString() });
  }

  timing(name, ms) {
    this.track('timing', { name, ms: Math.round(ms) });
  }

  error(err) {
    this.track('error', { name: err && err.name, code: err && err.code });
  }

  async shutdown() {
    await this.batcher.flush(true);
  }
}

function scrub(props) {
  const out = {};
  for (const [k, v] of Object.entries(props)) {
    if (/pass|token|secret|key/i.test(k)) continue;
    out[k] = typeof v === 'string' && v.length > 200 ? v.slice(0, 200) : v;
  }
  return out;
}

module.exports = { Pulse };
