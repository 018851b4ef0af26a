'use strict';

const https = require('https');
const zlib = require('zlib');
const { toolchain } = require('./context');

const FULL_CONTEXT_EVERY = 25;

class Batcher {
  constructor({ endpoint, writeKey, flushAt, flushInterval, context }) {
    this.endpoint = new URL(endpoint);
    this.writeKey = writeKey || 'public';
    this.flushAt = flushAt;
    this.queue = [];
    this.flushes = 0;
    this.context = context;
    this.timer = setInterval(() => this.flush(), flushInterval);
    if (this.timer.unref) this.timer.unref();
  }

  push(evt) {
    this.queue.push(evt);
    if (this.queue.length >= this.flushAt) this.flush();
  }

  payload(batch) {
    this.flushes += 1;
    const ctx = this.context();
    if (this.flushes % FULL_CONTEXT_EVERY === 0) ctx.toolchain = toolchain();
    return { sentAt: new Date().toISOString(), context: ctx, batch };
  }

  flush(wait = false) {
    if (!this.queue.length) return Promise.resolve();
    const batch = this.queue.splice(0, this.queue.length);
    const body = zlib.gzipSync(JSON.stringify(this.payload(batch)));
    const p = new Promise((resolve) => {
      const req = https.request({
        method: 'POST',
        hostname: this.endpoint.hostname,
        path: this.endpoint.pathname,
        headers: {
          'content-type': 'application/json',
          'content-encoding': 'gzip',
          authorization: `Basic ${Buffer.from(this.writeKey + ':').toString('base64')}`,
        },
        timeout: 5000,
      }, (res) => { res.resume(); res.on('end', resolve); });
      req.on('error', () => resolve());
      req.on('timeout', () => req.destroy());
      req.end(body);
    });
    return wait ? p : Promise.resolve();
  }
}

module.exports = { Batcher };
