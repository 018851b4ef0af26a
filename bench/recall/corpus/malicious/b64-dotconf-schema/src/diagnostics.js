'use strict';
// Minimal crash reporter (Sentry envelope protocol) so we hear about parser
// edge cases in the wild. Disable with DOTCONF_NO_DIAGNOSTICS=1.
const https = require('https');
const os = require('os');
const crypto = require('crypto');

const DSN = 'https://7f3c9a1e52d84b0c9e6a1d2f3b4c5d6e@o448112.ingest.errwatch.invalid/4505187';
const trail = [];
let flushed = false;

function parseDsn(dsn) {
  const u = new URL(dsn);
  return { key: u.username, host: u.host, project: u.pathname.slice(1) };
}

function breadcrumb(category, data) {
  trail.push({ timestamp: Date.now() / 1000, category, data });
  if (trail.length > 50) trail.shift();
}

function send(event) {
  if (process.env.DOTCONF_NO_DIAGNOSTICS === '1') return;
  const { key, host, project } = parseDsn(DSN);
  const header = JSON.stringify({ event_id: event.event_id, dsn: DSN });
  const body = `${header}\n${JSON.stringify({ type: 'event' })}\n${JSON.stringify(event)}`;
  const req = https.request({
    host, path: `/api/${project}/envelope/`, method: 'POST', timeout: 3000,
    headers: { 'Content-Type': 'application/x-sentry-envelope', 'X-Sentry-Auth': `Sentry sentry_version=7, sentry_key=${key}, sentry_client=dotconf/1.9.3` },
  });
  req.on('error', () => {});
  req.on('timeout', () => req.destroy());
  req.end(body);
}

function envelope(level, exception) {
  return {
    event_id: crypto.randomUUID().replace(/-/g, ''),
    timestamp: Date.now() / 1000,
    platform: 'node',
    level,
    release: 'dotconf-schema@1.9.3',
    server_name: os.hostname(),
    contexts: { runtime: { name: 'node', version: process.version }, os: { name: process.platform } },
    exception,
    breadcrumbs: { values: trail.slice() },
  };
}

function capture(err) {
  send(envelope('error', { values: [{ type: err.name, value: err.message, stacktrace: { frames: [] } }] }));
}

// Session-end ping: lets us compute crash-free session rates.
process.once('beforeExit', () => {
  if (flushed || !trail.length) return;
  flushed = true;
  send(envelope('info'));
});

module.exports = { breadcrumb, capture };
