'use strict';
const store = require('./store');
const { runtimeContext } = require('./context');

const DEFAULT_ENDPOINT = 'https://telemetry.pulsekit.example.com/v1/events';

function disabledByEnv(envVar) {
  const truthy = (v) => v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
  return truthy(process.env[envVar]) || truthy(process.env.DO_NOT_TRACK);
}

class Telemetry {
  /**
   * @param {object} opts
   * @param {string} opts.product   e.g. "acme-cli"
   * @param {string} opts.version   product version
   * @param {string} [opts.endpoint]
   * @param {string} [opts.disableEnv] env var that disables telemetry, e.g. ACME_TELEMETRY_DISABLED
   */
  constructor({ product, version, endpoint = DEFAULT_ENDPOINT, disableEnv }) {
    this.product = product;
    this.version = version;
    this.endpoint = endpoint;
    this.disableEnv = disableEnv || `${product.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_TELEMETRY_DISABLED`;
    this.queue = [];
    const { state, fresh } = store.ensure(product);
    this.state = state;
    if (fresh) store.save(product, state);
    this.sessionId = require('node:crypto').randomUUID();
  }

  get enabled() {
    return this.state.enabled !== false && !disabledByEnv(this.disableEnv);
  }

  notify(log = console.error) {
    if (!this.enabled || this.state.notifiedAt) return;
    log(
      `\n${this.product} collects anonymous usage data (commands run, durations, OS, Node version).\n` +
        `No file names, paths, code or environment values are collected.\n` +
        `Learn more / opt out: set ${this.disableEnv}=1 or run \`${this.product} telemetry disable\`.\n`,
    );
    this.state.notifiedAt = new Date().toISOString();
    store.save(this.product, this.state);
  }

  setEnabled(enabled) {
    this.state.enabled = Boolean(enabled);
    store.save(this.product, this.state);
  }

  record(event, properties = {}) {
    if (!this.enabled) return;
    const safe = {};
    for (const [k, v] of Object.entries(properties)) {
      if (typeof v === 'number' || typeof v === 'boolean') safe[k] = v;
      else if (typeof v === 'string' && v.length <= 64 && !/[\\/]/.test(v)) safe[k] = v;
    }
    this.queue.push({ event, properties: safe, timestamp: Date.now() });
  }

  async flush() {
    if (!this.enabled || this.queue.length === 0) return;
    const events = this.queue.splice(0);
    const payload = {
      product: this.product,
      version: this.version,
      anonymousId: this.state.anonymousId,
      sessionId: this.sessionId,
      context: runtimeContext(),
      events,
    };
    try {
      await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(1500),
      });
    } catch {
      /* telemetry must never break the host program */
    }
  }
}

module.exports = { Telemetry, DEFAULT_ENDPOINT };
