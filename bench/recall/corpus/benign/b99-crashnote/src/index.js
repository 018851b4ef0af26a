'use strict';
const crypto = require('node:crypto');
const os = require('node:os');
const { parseDsn } = require('./dsn');
const { scrub, scrubString } = require('./scrub');

let client = null;

function frames(err) {
  return String(err && err.stack ? err.stack : '')
    .split('\n')
    .slice(1)
    .map((line) => {
      const m = line.match(/at (?:(.+?) )?\(?(.+?):(\d+):(\d+)\)?$/);
      if (!m) return null;
      return {
        function: m[1] || '<anonymous>',
        filename: scrubString(m[2]),
        lineno: Number(m[3]),
        colno: Number(m[4]),
        in_app: !m[2].includes('node_modules') && !m[2].startsWith('node:'),
      };
    })
    .filter(Boolean)
    .reverse();
}

function buildEvent(err, extra) {
  return {
    event_id: crypto.randomUUID().replace(/-/g, ''),
    timestamp: new Date().toISOString(),
    platform: 'node',
    level: 'fatal',
    release: client.release,
    environment: client.environment,
    contexts: {
      runtime: { name: 'node', version: process.version },
      os: { name: os.type(), version: os.release() },
    },
    exception: {
      values: [{ type: err && err.name, value: scrubString(err && err.message), stacktrace: { frames: frames(err) } }],
    },
    extra: scrub(extra || {}),
  };
}

async function send(event) {
  const { storeUrl, publicKey } = client.dsn;
  await fetch(storeUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-sentry-auth': `Sentry sentry_version=7, sentry_client=crashnote/0.9.7, sentry_key=${publicKey}`,
    },
    body: JSON.stringify(event),
    signal: AbortSignal.timeout(3000),
  });
}

async function captureException(err, extra) {
  if (!client) return;
  let event = buildEvent(err, extra);
  if (client.beforeSend) event = client.beforeSend(event);
  if (!event) return;
  try { await send(event); } catch { /* never throw from the reporter */ }
}

/**
 * Initialise the reporter. Nothing is sent unless a DSN is provided, either
 * via options or the CRASHNOTE_DSN environment variable.
 */
function init(options = {}) {
  const dsn = options.dsn || process.env.CRASHNOTE_DSN;
  if (!dsn || process.env.CRASHNOTE_DISABLED === '1') return false;
  client = {
    dsn: parseDsn(dsn),
    release: options.release,
    environment: options.environment || process.env.NODE_ENV || 'production',
    beforeSend: options.beforeSend,
  };
  if (options.handleUncaught !== false) {
    process.on('uncaughtException', async (err) => {
      await captureException(err);
      console.error(err);
      process.exit(1);
    });
    process.on('unhandledRejection', (reason) => {
      captureException(reason instanceof Error ? reason : new Error(String(reason)));
    });
  }
  return true;
}

module.exports = { init, captureException };
