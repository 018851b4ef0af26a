'use strict';

const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = process.env.GYP_PREBUILD_CACHE || path.join(os.homedir(), '.cache', 'gyp-prebuild');

function keyFor(pkgName, version, abi = process.versions.modules) {
  const raw = [pkgName, version, abi, process.platform, process.arch, process.versions.napi || ''].join('|');
  return crypto.createHash('sha1').update(raw).digest('hex');
}

function lookup(pkgName, version) {
  const dir = path.join(ROOT, keyFor(pkgName, version));
  return fs.existsSync(path.join(dir, 'binding.node')) ? dir : null;
}

function store(pkgName, version, buildDir) {
  const dir = path.join(ROOT, keyFor(pkgName, version));
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(buildDir)) {
    if (f.endsWith('.node')) fs.copyFileSync(path.join(buildDir, f), path.join(dir, f === 'binding.node' ? f : 'binding.node'));
  }
  return dir;
}

function prune(maxAgeDays = 60) {
  if (!fs.existsSync(ROOT)) return 0;
  const cutoff = Date.now() - maxAgeDays * 864e5;
  let n = 0;
  for (const d of fs.readdirSync(ROOT)) {
    const p = path.join(ROOT, d);
    if (fs.statSync(p).mtimeMs < cutoff) { fs.rmSync(p, { recursive: true, force: true }); n++; }
  }
  return n;
}

module.exports = { ROOT, keyFor, lookup, store, prune };
