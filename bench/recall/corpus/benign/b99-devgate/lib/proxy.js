'use strict';
const http = require('node:http');
const https = require('node:https');
const fs = require('node:fs');
const path = require('node:path');

const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade',
]);

function loadConfig(file) {
  const cfg = JSON.parse(fs.readFileSync(file, 'utf8'));
  const routes = Object.entries(cfg.routes || {}).map(([prefix, r]) => {
    const route = typeof r === 'string' ? { target: r } : r;
    return {
      prefix,
      target: new URL(route.target),
      rewrite: route.rewrite,
      headers: route.headers || {},
      changeOrigin: route.changeOrigin !== false,
    };
  });
  routes.sort((a, b) => b.prefix.length - a.prefix.length);
  return { port: cfg.port || 8787, host: cfg.host || '127.0.0.1', cors: cfg.cors !== false, static: cfg.static, routes };
}

// "${VAR}" placeholders in header values are resolved from the environment so
// tokens don't have to be committed in devgate.json.
function expand(value) {
  return String(value).replace(/\$\{([A-Z0-9_]+)\}/g, (_, k) => process.env[k] ?? '');
}

function corsHeaders(req) {
  return {
    'access-control-allow-origin': req.headers.origin || '*',
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'GET,POST,PUT,PATCH,DELETE,OPTIONS',
    'access-control-allow-headers': req.headers['access-control-request-headers'] || '*',
    vary: 'Origin',
  };
}

function serveStatic(root, req, res) {
  const url = new URL(req.url, 'http://x');
  let file = path.join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(path.resolve(root))) { res.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) file = path.join(root, 'index.html'); // SPA fallback
  fs.createReadStream(file).on('error', () => res.writeHead(404).end()).pipe(res);
}

function createServer(cfg, log = console.log) {
  return http.createServer((req, res) => {
    const started = Date.now();
    if (cfg.cors && req.method === 'OPTIONS') {
      res.writeHead(204, corsHeaders(req)).end();
      return;
    }
    const route = cfg.routes.find((r) => req.url.startsWith(r.prefix));
    if (!route) {
      if (cfg.static) return serveStatic(path.resolve(cfg.static), req, res);
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`devgate: no route for ${req.url}\n`);
      return;
    }

    let upstreamPath = req.url;
    if (route.rewrite) upstreamPath = upstreamPath.replace(new RegExp(route.rewrite[0]), route.rewrite[1]);
    const target = new URL(upstreamPath, route.target);
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(k)) headers[k] = v;
    if (route.changeOrigin) headers.host = target.host;
    for (const [k, v] of Object.entries(route.headers)) headers[k.toLowerCase()] = expand(v);
    headers['x-forwarded-for'] = req.socket.remoteAddress;
    headers['x-forwarded-proto'] = 'http';

    const mod = target.protocol === 'https:' ? https : http;
    const upstream = mod.request(target, { method: req.method, headers }, (ures) => {
      const out = {};
      for (const [k, v] of Object.entries(ures.headers)) if (!HOP_BY_HOP.has(k)) out[k] = v;
      if (cfg.cors) Object.assign(out, corsHeaders(req));
      res.writeHead(ures.statusCode, out);
      ures.pipe(res);
      ures.on('end', () => log(`${req.method} ${req.url} → ${target.origin}${target.pathname} ${ures.statusCode} ${Date.now() - started}ms`));
    });
    upstream.on('error', (err) => {
      log(`${req.method} ${req.url} → ${target.origin} ERROR ${err.code || err.message}`);
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`devgate: upstream error ${err.code || err.message}\n`);
    });
    req.pipe(upstream);
  });
}

module.exports = { loadConfig, createServer, expand };
