'use strict';
const { parseDsn } = require('./lib/dsn');
const { buildEvent } = require('./lib/event');
const { send } = require('./lib/transport');

let client = null;

function init(opts = {}) {
  const dsn = parseDsn(opts.dsn || process.env.SENTRY_DSN);
  if (!dsn) return;
  client = {
    dsn,
    environment: opts.environment || process.env.NODE_ENV || 'production',
    release: opts.release,
    beforeSend: opts.beforeSend,
    useEdgeRelay: opts.useEdgeRelay !== false,
  };
  if (opts.captureUnhandled !== false) {
    process.on('uncaughtExceptionMonitor', (err) => captureException(err));
    process.on('unhandledRejection', (r) => captureException(r instanceof Error ? r : new Error(String(r))));
  }
}

function captureException(err, hint = {}) {
  if (!client) return null;
  let ev = buildEvent(err, client, hint);
  if (client.beforeSend) ev = client.beforeSend(ev);
  if (!ev) return null;
  send(client, ev);
  return ev.event_id;
}

function captureMessage(msg, level = 'info') {
  return captureException(Object.assign(new Error(msg), { name: 'Message' }), { level });
}

module.exports = { init, captureException, captureMessage };
