'use strict';

const os = require('os');
const crypto = require('crypto');
const { parseDsn } = require('./dsn');
const { scrub, scrubString } = require('./scrub');

function frames(stack = '') {
  return stack.split('\n').slice(1).map((l) => {
    const m = l.match(/at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/);
    return m ? { function: m[1] || '?', filename: m[2], lineno: +m[3], colno: +m[4], in_app: !m[2].includes('node_modules') } : null;
  }).filter(Boolean).reverse();
}

function init({ dsn = process.env.CRASHCATCH_DSN || process.env.SENTRY_DSN, release, environment = process.env.NODE_ENV || 'production',
  exitOnCrash = true, sampleRate = 1, beforeSend } = {}) {
  if (!dsn) {
    // No DSN configured: nothing is sent anywhere. Crashes are still printed.
    return { capture: async () => null, enabled: false };
  }
  const { publicKey, endpoint } = parseDsn(dsn);

  async function capture(err, extra = {}) {
    if (Math.random() > sampleRate) return null;
    const event = {
      event_id: crypto.randomUUID().replace(/-/g, ''),
      timestamp: Date.now() / 1000,
      platform: 'node',
      level: 'fatal',
      release,
      environment,
      server_name: os.hostname(),
      contexts: { runtime: { name: 'node', version: process.version }, os: { name: os.type(), version: os.release() } },
      exception: { values: [{ type: err && err.name, value: scrubString(err && err.message), stacktrace: { frames: frames(err && err.stack) } }] },
      extra: scrub(extra),
    };
    const final = beforeSend ? beforeSend(event) : event;
    if (!final) return null;
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-sentry-auth': `Sentry sentry_version=7, sentry_client=crashcatch-node/3.2.0, sentry_key=${publicKey}`,
      },
      body: JSON.stringify(final),
      signal: AbortSignal.timeout(2000),
    }).catch(() => null);
    return res && res.ok ? event.event_id : null;
  }

  const onFatal = (origin) => async (err) => {
    process.stderr.write(`${err && err.stack ? err.stack : String(err)}\n`);
    await capture(err, { origin });
    if (exitOnCrash) process.exit(1);
  };
  process.on('uncaughtException', onFatal('uncaughtException'));
  process.on('unhandledRejection', onFatal('unhandledRejection'));

  return { capture, enabled: true };
}

module.exports = { init };
