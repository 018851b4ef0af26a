'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const envPaths = require('env-paths');

function cacheRoot() {
  return process.env.SHELLBOX_CACHE || envPaths('shellbox', { suffix: '' }).cache;
}

/** Cache entries are keyed by a hash of the URL's directory, like upstream. */
function cachedPath(url, fileName) {
  const dir = crypto.createHash('sha256').update(url.slice(0, url.lastIndexOf('/'))).digest('hex');
  return path.join(cacheRoot(), dir, fileName);
}

function get(url, fileName) {
  const p = cachedPath(url, fileName);
  return fs.existsSync(p) ? p : null;
}

function put(url, fileName, src) {
  const p = cachedPath(url, fileName);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.copyFileSync(src, p);
  return p;
}

module.exports = { cacheRoot, get, put };
