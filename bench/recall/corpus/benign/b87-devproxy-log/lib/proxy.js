'use strict';

const http = require('http');
const net = require('net');
const fs = require('fs');
const { URL } = require('url');

const SENSITIVE = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
const HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

function redact(headers, show) {
  const out = {};
  for (const [k, v] of Object.entries(headers)) out[k] = !show && SENSITIVE.has(k) ? '[redacted]' : v;
  return out;
}

function fmtBytes(n) {
  return n > 1024 ? `${(n / 1024).toFixed(1)}kB` : `${n}B`;
}

function createProxy({ showSecrets = false, logFile, onLog = console.log } = {}) {
  const sink = logFile ? fs.createWriteStream(logFile, { flags: 'a', mode: 0o600 }) : null;
  const log = (entry) => {
    if (sink) sink.write(JSON.stringify(entry) + '\n');
    const t = new Date(entry.ts).toTimeString().slice(0, 8);
    onLog(entry.method === 'CONNECT'
      ? `${t}  CONNECT   ${entry.url}   (tunnel, ${fmtBytes(entry.bytes)})`
      : `${t}  ${entry.method.padEnd(4)} ${entry.status}  ${entry.url}   ${entry.ms}ms  ${fmtBytes(entry.bytes)}`);
  };

  const server = http.createServer((req, res) => {
    let target;
    try {
      target = new URL(req.url);
    } catch {
      res.writeHead(400).end('devproxy: absolute URL required (configure me as HTTP proxy)');
      return;
    }
    const start = Date.now();
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) if (!HOP.has(k)) headers[k] = v;
    const up = http.request({
      host: target.hostname,
      port: target.port || 80,
      method: req.method,
      path: target.pathname + target.search,
      headers
    }, (upRes) => {
      let bytes = 0;
      upRes.on('data', (c) => { bytes += c.length; });
      upRes.on('end', () => log({
        ts: start, method: req.method, url: target.href, status: upRes.statusCode, ms: Date.now() - start, bytes,
        reqHeaders: redact(req.headers, showSecrets), resHeaders: redact(upRes.headers, showSecrets)
      }));
      res.writeHead(upRes.statusCode, upRes.headers);
      upRes.pipe(res);
    });
    up.on('error', (e) => {
      res.writeHead(502).end(`devproxy: ${e.message}`);
    });
    req.pipe(up);
  });

  server.on('connect', (req, clientSock, head) => {
    const [host, port] = req.url.split(':');
    const start = Date.now();
    let bytes = 0;
    const upstream = net.connect(Number(port) || 443, host, () => {
      clientSock.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head && head.length) upstream.write(head);
      upstream.pipe(clientSock);
      clientSock.pipe(upstream);
    });
    upstream.on('data', (c) => { bytes += c.length; });
    const done = () => log({ ts: start, method: 'CONNECT', url: req.url, bytes, ms: Date.now() - start });
    upstream.once('close', done);
    upstream.on('error', () => clientSock.destroy());
    clientSock.on('error', () => upstream.destroy());
  });

  return server;
}

module.exports = { createProxy, redact };
