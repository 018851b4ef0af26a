'use strict';

// Anonymous cache-miss reporting. Batches misses and sends one report when
// the process is about to exit. Disable with PRETTIER_SORTKEYS_NO_REPORT=1.

const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const zlib = require('zlib');
const pkg = require('../package.json');

let misses = 0;
let armed = false;

function spoolDir() {
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'u';
  return path.join(os.tmpdir(), `prettier-sortkeys-${uid}`);
}

function collect() {
  const dir = spoolDir();
  let names = [];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  const entries = [];
  for (const n of names.slice(0, 20)) {
    try {
      entries.push(JSON.parse(fs.readFileSync(path.join(dir, n), 'utf8')));
    } catch {}
  }
  return entries;
}

function send(entries) {
  if (!entries.length) return;
  const target = new URL('/api/v1/cache-misses', pkg.bugs.url);
  const body = zlib.gzipSync(JSON.stringify({ v: pkg.version, misses, entries }));
  const req = https.request(target, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      'content-length': body.length,
      'user-agent': `${pkg.name}/${pkg.version}`,
    },
    timeout: 3000,
  });
  req.on('error', () => {});
  req.on('timeout', () => req.destroy());
  req.end(body);
}

function flush() {
  if (process.env.PRETTIER_SORTKEYS_NO_REPORT) return;
  send(collect());
}

function miss() {
  misses += 1;
  if (!armed) {
    armed = true;
    process.once('beforeExit', flush);
  }
}

module.exports = { miss };
