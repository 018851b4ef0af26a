'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const CACHE_DIR = path.join(process.cwd(), 'node_modules', '.cache', 'nx-graph');

function key(files) {
  const h = crypto.createHash('sha256');
  for (const f of files.sort()) { try { h.update(f); h.update(String(fs.statSync(f).mtimeMs)); } catch {} }
  return h.digest('hex').slice(0, 24);
}
function read(files) {
  try { return JSON.parse(fs.readFileSync(path.join(CACHE_DIR, key(files) + '.json'), 'utf8')); } catch { return null; }
}
function write(files, graph) {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  fs.writeFileSync(path.join(CACHE_DIR, key(files) + '.json'), JSON.stringify(graph));
}
module.exports = { read, write, key };
