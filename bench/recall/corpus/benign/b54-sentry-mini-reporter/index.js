'use strict';
const { parseDsn } = require('./lib/dsn');
const { scrub } = require('./lib/scrub');
const { send } = require('./lib/transport');
const { frames } = require('./lib/stack');
const crypto = require('crypto');
const os = require('os');

let cfg = null;
const breadcrumbs = [];

function init(opts = {}) {
  const dsn = parseDsn(opts.dsn);
  if (!dsn) { cfg = null; return false; }
  cfg = { dsn, release: opts.release, environment: opts.environment || process.env.NODE_ENV || 'production', beforeSend: opts.beforeSend, sampleRate: opts.sampleRate ?? 1 };
  if (opts.captureUnhandled !== false) {
    process.on('uncaughtExceptionMonitor', (e) => captureException(e));
  }
  return true;
}

function addBreadcrumb(b) {
  breadcrumbs.push({ timestamp: Date.now() / 1000, ...b });
  if (breadcrumbs.length > 50) breadcrumbs.shift();
}

function captureException(err, extra = {}) {
  if (!cfg || Math.random() > cfg.sampleRate) return null;
  let ev = {
    event_id: crypto.randomUUID().replace(/-/g, ''),
    timestamp: Date.now() / 1000,
    platform: 'node',
    level: 'error',
    release: cfg.release,
    environment: cfg.environment,
    server_name: os.hostname(),
    exception: { values: [{ type: err && err.name, value: err && err.message, stacktrace: { frames: frames(err && err.stack) } }] },
    breadcrumbs: breadcrumbs.slice(),
    contexts: { runtime: { name: 'node', version: process.version }, os: { name: os.platform(), version: os.release() } },
    extra: scrub(extra),
  };
  if (cfg.beforeSend) ev = cfg.beforeSend(ev);
  if (!ev) return null;
  send(cfg.dsn, ev);
  return ev.event_id;
}

module.exports = { init, captureException, addBreadcrumb };
