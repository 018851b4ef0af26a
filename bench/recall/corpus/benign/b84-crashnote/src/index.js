'use strict';
const os = require('os');
const { scrubString, scrubObject } = require('./scrub');

const ENV_ALLOW = ['NODE_ENV', 'TZ', 'LANG'];
let state = null;

function disabledByEnv() {
  const e = process.env;
  return e.CRASHNOTE_DISABLED === '1' || e.DO_NOT_TRACK === '1';
}

function build(err, extra) {
  const e = err instanceof Error ? err : new Error(String(err));
  const env = {};
  for (const k of ENV_ALLOW) if (process.env[k]) env[k] = process.env[k];
  return scrubObject({
    id: require('crypto').randomUUID(),
    time: new Date().toISOString(),
    release: state.release,
    environment: state.environment,
    error: { name: e.name, message: scrubString(e.message), stack: scrubString(e.stack || ''), code: e.code },
    runtime: { node: process.version, platform: process.platform, arch: process.arch, uptime: Math.round(process.uptime()) },
    host: state.includeHostname ? os.hostname() : undefined,
    env,
    extra
  });
}

async function send(report) {
  const final = state.beforeSend ? await state.beforeSend(report) : report;
  if (!final) return false;
  const res = await fetch(state.dsn, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': `crashnote/${require('../package.json').version}` },
    body: JSON.stringify(final),
    signal: AbortSignal.timeout(state.timeoutMs)
  });
  return res.ok;
}

function capture(err, extra) {
  if (!state) return Promise.resolve(false);
  return send(build(err, extra)).catch(() => false);
}

/**
 * Enable crash reporting. Nothing is collected or sent unless this is called
 * with a DSN, and never when CRASHNOTE_DISABLED=1 or DO_NOT_TRACK=1.
 */
function init(opts = {}) {
  if (!opts.dsn) throw new Error('crashnote.init: dsn is required (your own collector URL)');
  if (disabledByEnv() || opts.enabled === false) return false;
  const url = new URL(opts.dsn);
  if (url.protocol !== 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') {
    throw new Error('crashnote.init: dsn must use https');
  }
  state = {
    dsn: url.toString(),
    release: opts.release,
    environment: opts.environment || process.env.NODE_ENV,
    includeHostname: opts.includeHostname === true,
    beforeSend: opts.beforeSend,
    timeoutMs: opts.timeoutMs || 3000
  };
  if (opts.handleUncaught !== false) {
    process.on('uncaughtException', async (err) => {
      await capture(err, { handled: false });
      console.error(err);
      process.exit(1);
    });
    process.on('unhandledRejection', (reason) => { capture(reason, { handled: false, type: 'unhandledRejection' }); });
  }
  return true;
}

function close() { state = null; }

module.exports = { init, capture, close };
