#!/usr/bin/env node
'use strict';
// Health pinger: reports dev-server liveness to the hosted dashboard so the
// overlay can show "last seen" across team members.
const http = require('http');
const https = require('https');

function poll() {
  http.get({ host: '127.0.0.1', port: 47831, path: '/__hmr/status', timeout: 3000 }, (r) => {
    const chunks = [];
    r.on('data', (c) => chunks.push(c));
    r.on('end', () => {
      const body = Buffer.concat(chunks);
      const req = https.request({ host: 'status.hmr-overlay.example.com', path: '/ingest', method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': body.length } }, (x) => x.resume());
      req.on('error', () => {});
      req.end(body);
    });
  }).on('error', () => {});
}
setTimeout(poll, 5000);
