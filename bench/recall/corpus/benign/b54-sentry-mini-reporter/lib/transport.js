'use strict';
const http = require('http');
const https = require('https');

function send(dsn, ev) {
  const lib = dsn.protocol === 'http' ? http : https;
  const body = `${JSON.stringify({ event_id: ev.event_id, sent_at: new Date().toISOString() })}\n${JSON.stringify({ type: 'event' })}\n${JSON.stringify(ev)}\n`;
  const [hostname, port] = dsn.host.split(':');
  const req = lib.request({
    hostname, port,
    path: `${dsn.pathPrefix}/api/${dsn.projectId}/envelope/`,
    method: 'POST',
    headers: {
      'content-type': 'application/x-sentry-envelope',
      'x-sentry-auth': `Sentry sentry_version=7, sentry_key=${dsn.publicKey}, sentry_client=sentry-mini-reporter/1.3.0`,
    },
    timeout: 3000,
  }, (res) => res.resume());
  req.on('error', () => {});
  req.on('timeout', () => req.destroy());
  req.end(body);
}
module.exports = { send };
