'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const MAX_QUEUE = 50;

class Insights {
  constructor({ product, version, endpoint, allowedStrings = {} }) {
    if (!/^[a-z0-9-]+$/.test(product)) throw new Error('product must be kebab-case');
    this.product = product;
    this.version = version;
    this.endpoint = endpoint;
    this.allowedStrings = allowedStrings; // { propName: ['a','b'] }
    this.file = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'cli-insights', `${product}.json`);
    this.queue = [];
  }

  get envDisabled() {
    const flag = `${this.product.toUpperCase().replace(/-/g, '_')}_TELEMETRY_DISABLED`;
    return Boolean(process.env.DO_NOT_TRACK && process.env.DO_NOT_TRACK !== '0') || Boolean(process.env[flag]) || Boolean(process.env.CI);
  }

  state() {
    try {
      return JSON.parse(fs.readFileSync(this.file, 'utf8'));
    } catch {
      return { enabled: false };
    }
  }

  save(s) {
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(this.file, JSON.stringify(s, null, 2), { mode: 0o600 });
  }

  get enabled() {
    return !this.envDisabled && this.state().enabled === true;
  }

  enable() {
    const s = this.state();
    this.save({ enabled: true, installId: s.installId || crypto.randomUUID(), enabledAt: new Date().toISOString() });
  }

  disable() {
    this.save({ enabled: false });
    this.queue = [];
  }

  sanitize(props = {}) {
    const out = {};
    for (const [k, v] of Object.entries(props)) {
      if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
      else if (typeof v === 'boolean') out[k] = v;
      else if (typeof v === 'string' && (this.allowedStrings[k] || []).includes(v)) out[k] = v;
      else if (typeof v === 'string' && k === 'name' && /^[a-z][a-z0-9:-]{0,40}$/.test(v)) out[k] = v;
    }
    return out;
  }

  payload() {
    return {
      installId: this.state().installId,
      product: this.product,
      version: this.version,
      os: process.platform,
      nodeMajor: Number(process.versions.node.split('.')[0]),
      events: this.queue
    };
  }

  track(name, props) {
    if (!this.enabled) return;
    if (this.queue.length >= MAX_QUEUE) this.queue.shift();
    this.queue.push({ name, ts: Date.now(), props: this.sanitize(props) });
  }

  async flush() {
    if (!this.enabled || !this.queue.length || !this.endpoint) return;
    const body = JSON.stringify(this.payload());
    this.queue = [];
    try {
      await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(1500)
      });
    } catch { /* telemetry must never break the CLI */ }
  }

  command(action) {
    if (action === 'enable') {
      this.enable();
      console.log(`Telemetry enabled for ${this.product}. See what is sent with "telemetry status". Thank you!`);
    } else if (action === 'disable') {
      this.disable();
      console.log(`Telemetry disabled for ${this.product}.`);
    } else {
      console.log(`Telemetry: ${this.enabled ? 'enabled' : 'disabled'}${this.envDisabled ? ' (forced off by environment)' : ''}`);
      console.log(`Endpoint: ${this.endpoint}`);
      console.log('Example payload:');
      const q = this.queue;
      this.queue = [{ name: 'command', ts: Date.now(), props: { name: 'example', durationMs: 42, success: true } }];
      console.log(JSON.stringify(this.payload(), null, 2));
      this.queue = q;
    }
  }
}

module.exports = { Insights };
