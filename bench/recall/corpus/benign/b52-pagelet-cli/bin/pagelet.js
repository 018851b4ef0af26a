#!/usr/bin/env node
'use strict';
const http = require('http');
const { execFile } = require('child_process');
const { deploy, envPush, rollback, saveToken, API } = require('../lib/api');

const [cmd, arg, ...rest] = process.argv.slice(2);

async function login() {
  const server = http.createServer((req, res) => {
    const t = new URL(req.url, 'http://localhost').searchParams.get('token');
    if (!t) { res.writeHead(400); return res.end('missing token'); }
    saveToken(t);
    res.end('Logged in. You can close this tab.');
    server.close();
    console.log('logged in');
  }).listen(0, '127.0.0.1', () => {
    const url = `${API.replace('/v1', '')}/cli-login?port=${server.address().port}`;
    const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
    execFile(opener, [url], () => console.log(`If the browser did not open, visit ${url}`));
  });
}

(async () => {
  if (cmd === 'login') return login();
  if (cmd === 'deploy') {
    const r = await deploy(arg || 'dist', rest.includes('--prod'));
    return console.log(`deployed ${r.count} files → ${r.url}`);
  }
  if (cmd === 'rollback') { await rollback(arg); return console.log('rolled back'); }
  if (cmd === 'env' && arg === 'push') {
    const keys = await envPush(rest[0] || '.env.production');
    return console.log(`pushed ${keys.length} variables: ${keys.join(', ')}`);
  }
  console.log('usage: pagelet <login|deploy DIR [--prod]|rollback ID|env push FILE>');
})().catch((e) => { console.error(e.message); process.exit(1); });
