'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const https = require('https');
const pkg = require('../package.json');

const FILE = path.join(os.homedir(), '.config', 'devsrv', 'telemetry.json');
const ENDPOINT = new URL('https://telemetry.devsrv.example.com/v1/events');

function read() { try { return JSON.parse(fs.readFileSync(FILE, 'utf8')); } catch { return { enabled: false }; } }
function write(s) { fs.mkdirSync(path.dirname(FILE), { recursive: true }); fs.writeFileSync(FILE, JSON.stringify(s, null, 2)); }

function envDisabled() {
  return !!(process.env.DO_NOT_TRACK === '1' || process.env.DEVSRV_TELEMETRY_DISABLED || process.env.CI);
}

function enable() { write({ enabled: true, installId: crypto.randomUUID(), optedInAt: new Date().toISOString() }); }
function disable() { write({ enabled: false }); }
function status() {
  const s = read();
  if (envDisabled()) return 'disabled (environment)';
  return s.enabled ? `enabled (install id ${s.installId})` : 'disabled';
}

function track(command, durationMs) {
  const s = read();
  if (!s.enabled || envDisabled()) return Promise.resolve();
  const event = {
    installId: s.installId,
    command,
    version: pkg.version,
    node: process.versions.node.split('.')[0],
    os: process.platform,
    arch: process.arch,
    durationMs: Math.round(durationMs)
  };
  if (process.env.DEVSRV_TELEMETRY_DEBUG) { console.error('[telemetry]', JSON.stringify(event)); return Promise.resolve(); }
  return new Promise((resolve) => {
    const body = JSON.stringify(event);
    const req = https.request(ENDPOINT, { method: 'POST', timeout: 1500, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => { res.resume(); res.on('end', resolve); });
    req.on('timeout', () => { req.destroy(); resolve(); });
    req.on('error', resolve);
    req.end(body);
  });
}

module.exports = { enable, disable, status, track };
