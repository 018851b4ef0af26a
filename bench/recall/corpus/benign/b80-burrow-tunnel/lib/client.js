'use strict';
const http = require('http');
const WebSocket = require('ws');

const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer']);

function forward(port, frame) {
  return new Promise((resolve) => {
    const headers = Object.fromEntries(Object.entries(frame.headers || {}).filter(([k]) => !HOP.has(k.toLowerCase())));
    headers.host = `127.0.0.1:${port}`;
    const req = http.request({ host: '127.0.0.1', port, method: frame.method, path: frame.path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('base64') }));
    });
    req.on('error', (e) => resolve({ status: 502, headers: { 'content-type': 'text/plain' }, body: Buffer.from(`burrow: local server error: ${e.message}`).toString('base64') }));
    if (frame.body) req.write(Buffer.from(frame.body, 'base64'));
    req.end();
  });
}

function open({ port, relay, token, subdomain, log = console.log }) {
  let ws;
  let closed = false;
  let backoff = 1000;

  const connect = () => {
    ws = new WebSocket(relay, { headers: { authorization: `Bearer ${token}` } });
    ws.on('open', () => {
      backoff = 1000;
      ws.send(JSON.stringify({ type: 'hello', proto: 'http', subdomain, client: 'burrow-tunnel/1.8.0' }));
    });
    ws.on('message', async (raw) => {
      let f;
      try { f = JSON.parse(raw); } catch { return; }
      if (f.type === 'ready') log(`Forwarding ${f.url} → http://127.0.0.1:${port}`);
      else if (f.type === 'request') {
        const started = Date.now();
        const r = await forward(port, f);
        log(`${f.method} ${f.path} ${r.status} ${Date.now() - started}ms`);
        ws.send(JSON.stringify({ type: 'response', id: f.id, ...r }));
      } else if (f.type === 'ping') ws.send(JSON.stringify({ type: 'pong', t: f.t }));
      else if (f.type === 'error') log(`relay: ${f.message}`);
    });
    ws.on('close', () => {
      if (closed) return;
      log(`connection lost, reconnecting in ${backoff / 1000}s`);
      setTimeout(connect, backoff);
      backoff = Math.min(backoff * 2, 30000);
    });
    ws.on('error', () => {});
  };
  connect();
  return { close: () => { closed = true; ws && ws.close(); } };
}

module.exports = { open, forward };
