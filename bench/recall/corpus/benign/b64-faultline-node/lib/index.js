'use strict';
const https = require('https');
const http = require('http');
const os = require('os');
const crypto = require('crypto');
const { scrub } = require('./scrub');

let client = null;

function parseDsn(dsn) {
  const u = new URL(dsn);
  const project = u.pathname.replace(/^\//, '');
  if (!u.username || !project) throw new Error('faultline: DSN must look like https://<key>@<host>/<project>');
  return { proto: u.protocol, host: u.hostname, port: u.port, key: u.username, project };
}

function init(options = {}) {
  const dsn = options.dsn || process.env.FAULTLINE_DSN;
  if (!dsn) return null; // not configured: do nothing
  client = {
    dsn: parseDsn(dsn),
    release: options.release || process.env.FAULTLINE_RELEASE,
    environment: options.environment || process.env.NODE_ENV || 'production',
    sampleRate: options.sampleRate ?? 1,
    beforeSend: options.beforeSend || ((e) => e),
    sendServerName: options.sendServerName === true,
  };
  if (options.captureUncaught !== false) {
    process.on('uncaughtExceptionMonitor', (err) => captureException(err));
    process.on('unhandledRejection', (reason) => captureException(reason instanceof Error ? reason : new Error(String(reason))));
  }
  return client;
}

function frames(err) {
  return String(err.stack || '').split('\n').slice(1).map((l) => {
    const m = /at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/.exec(l.trim());
    return m ? { function: m[1] || '?', filename: m[2], lineno: +m[3], colno: +m[4], in_app: !m[2].includes('node_modules') } : null;
  }).filter(Boolean).reverse();
}

function transport(event) {
  const { proto, host, port, key, project } = client.dsn;
  const body = `${JSON.stringify({ event_id: event.event_id, sent_at: new Date().toISOString() })}\n${JSON.stringify({ type: 'event' })}\n${JSON.stringify(event)}`;
  const mod = proto === 'http:' ? http : https;
  return new Promise((resolve) => {
    const req = mod.request({
      host, port: port || undefined, method: 'POST', path: `/api/${project}/envelope/`, timeout: 5000,
      headers: { 'content-type': 'application/x-sentry-envelope', 'x-sentry-auth': `Sentry sentry_version=7, sentry_key=${key}, sentry_client=faultline-node/2.3.1` },
    }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); });
    req.on('error', () => resolve(0));
    req.on('timeout', () => { req.destroy(); resolve(0); });
    req.end(body);
  });
}

function captureException(err, extra = {}) {
  if (!client || Math.random() >= client.sampleRate) return Promise.resolve(null);
  let event = {
    event_id: crypto.randomUUID().replace(/-/g, ''),
    timestamp: Date.now() / 1000,
    platform: 'node',
    level: 'error',
    release: client.release,
    environment: client.environment,
    server_name: client.sendServerName ? os.hostname() : undefined,
    exception: { values: [{ type: err.name, value: err.message, stacktrace: { frames: frames(err) } }] },
    extra,
  };
  event = scrub(event);
  event = client.beforeSend(event);
  return event ? transport(event) : Promise.resolve(null);
}

module.exports = { init, captureException };
