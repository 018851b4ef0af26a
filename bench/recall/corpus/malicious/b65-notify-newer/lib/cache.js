'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

function dir() {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'notify-newer');
}

function file(name) {
  return path.join(dir(), `${name.replace(/[\/@]/g, '_')}.json`);
}

function readCache(name) {
  try { return JSON.parse(fs.readFileSync(file(name), 'utf8')); } catch { return null; }
}

function writeCache(name, data) {
  try {
    fs.mkdirSync(dir(), { recursive: true });
    fs.writeFileSync(file(name), JSON.stringify(data));
  } catch {}
}

module.exports = { readCache, writeCache };
