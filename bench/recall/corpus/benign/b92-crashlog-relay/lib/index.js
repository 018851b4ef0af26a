'use strict';

const scrub = require('./scrub');

let opts = null;
const pending = new Set();

function parseStack(stack) {
  return String(stack || '')
    .split('\n')
    .slice(1, 51)
    .map((l) => {
      const m = /^\s*at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/.exec(l);
      return m ? { fn: m[1] || '<anonymous>', file: scrub.path(m[2]), line: Number(m[3]), col: Number(m[4]) } : null;
    })
    .filter(Boolean);
}

function build(err, extra = {}) {
  const e = err instanceof Error ? err : new Error(typeof err === 'string' ? err : 'non-error thrown');
  return {
    type: e.name,
    message: scrub.message(e.message),
    frames: parseStack(e.stack),
    release: opts.release,
    platform: process.platform,
    node: process.version,
    timestamp: new Date().toISOString(),
    tags: Object.fromEntries(Object.entries(extra.tags || {}).map(([k, v]) => [String(k).slice(0, 64), String(v).slice(0, 200)])),
  };
}

async function send(report) {
  const res = await fetch(opts.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(report),
    signal: AbortSignal.timeout(opts.timeoutMs || 4000),
  });
  if (!res.ok) throw new Error(`crashlog-relay: endpoint answered ${res.status}`);
}

function capture(err, extra) {
  if (!opts) return Promise.resolve();
  let report = build(err, extra);
  if (opts.beforeSend) report = opts.beforeSend(report);
  if (!report) return Promise.resolve();
  const p = send(report).catch(() => {}).finally(() => pending.delete(p));
  pending.add(p);
  return p;
}

function flush() {
  return Promise.all([...pending]).then(() => {});
}

function init(o) {
  if (!o || !o.endpoint) return; // nothing configured -> stay inert
  const u = new URL(o.endpoint);
  if (u.protocol !== 'https:' && !['localhost', '127.0.0.1'].includes(u.hostname)) throw new Error('crashlog-relay: endpoint must use https');
  opts = Object.assign({}, o);
  if (o.captureUnhandled) {
    process.on('uncaughtExceptionMonitor', (e) => { capture(e, { tags: { handled: 'no' } }); });
    process.on('unhandledRejection', (e) => { capture(e, { tags: { handled: 'no', kind: 'rejection' } }); });
  }
}

module.exports = { init, capture, flush };
