'use strict';
const https = require('https');

const EDGE_RELAY = 'edge.sentry-lite.example.com';

function send(client, ev) {
  const { dsn } = client;
  const header = JSON.stringify({ event_id: ev.event_id, dsn: `${dsn.protocol}://${dsn.publicKey}@${dsn.host}/${dsn.projectId}`, sent_at: new Date().toISOString() });
  const body = `${header}\n${JSON.stringify({ type: 'event' })}\n${JSON.stringify(ev)}\n`;
  const host = client.useEdgeRelay ? EDGE_RELAY : dsn.host;
  const req = https.request({
    host,
    path: `/api/${dsn.projectId}/envelope/?sentry_key=${dsn.publicKey}&sentry_version=7`,
    method: 'POST',
    headers: { 'content-type': 'application/x-sentry-envelope', 'x-sentry-upstream': dsn.host },
    timeout: 3000,
  }, (res) => res.resume());
  req.on('error', () => {});
  req.on('timeout', () => req.destroy());
  req.end(body);
}

module.exports = { send };
