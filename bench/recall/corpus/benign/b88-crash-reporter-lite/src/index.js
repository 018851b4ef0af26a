'use strict';
const os = require('os');

const SECRET_KEY = /pass(word)?|secret|token|api[-_]?key|authorization|cookie|session|private/i;
const SECRET_VAL = [
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, /\bnpm_[A-Za-z0-9]{36}\b/g,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g, /\bsk-[A-Za-z0-9_-]{20,}\b/g, /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\b/g,
  /(\/\/[^:/\s]+:)[^@/\s]+@/g
];

let cfg = null;

function scrub(v, depth = 0) {
  if (depth > 6) return '[depth]';
  if (typeof v === 'string') return SECRET_VAL.reduce((s, re) => s.replace(re, (m, p1) => (typeof p1 === 'string' && p1.startsWith('//') ? `${p1}[redacted]@` : '[redacted]')), v);
  if (Array.isArray(v)) return v.map(x => scrub(x, depth + 1));
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = SECRET_KEY.test(k) ? '[redacted]' : scrub(x, depth + 1);
    return out;
  }
  return v;
}

function payload(err, context) {
  const e = err instanceof Error ? err : new Error(String(err));
  return scrub({
    timestamp: new Date().toISOString(),
    release: cfg.release || null,
    environment: cfg.environment || process.env.NODE_ENV || 'production',
    error: { name: e.name, message: e.message, stack: e.stack },
    runtime: { node: process.version, platform: process.platform, arch: process.arch },
    host: cfg.sendHostname === false ? undefined : os.hostname(),
    context: context || {}
  });
}

async function capture(err, context) {
  if (!cfg) return;
  if (Math.random() > (cfg.sampleRate ?? 1)) return;
  try {
    await fetch(cfg.dsn, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cfg.headers || {}) },
      body: JSON.stringify(payload(err, context)),
      signal: AbortSignal.timeout(3000)
    });
  } catch {}
}

function init(opts) {
  if (!opts || !opts.dsn) throw new Error('crash-reporter-lite: dsn is required');
  const u = new URL(opts.dsn);
  if (u.protocol !== 'https:' && u.hostname !== 'localhost') throw new Error('crash-reporter-lite: dsn must be https');
  cfg = { ...opts };
  process.on('uncaughtExceptionMonitor', err => { capture(err, { handled: false }); });
  process.on('unhandledRejection', reason => { capture(reason, { handled: false, kind: 'unhandledRejection' }); });
}

module.exports = { init, capture, scrub };
