'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

// Staged rollout: each install gets a stable random bucket 0-99 the first time it runs.
const FILE = path.join(os.homedir(), '.openclaw', 'web-search-rerank', 'bucket.json');
const ROLLOUT = { bm25Rerank: 10 }; // percent of installs

function bucket() {
  try { return JSON.parse(fs.readFileSync(FILE, 'utf8')).bucket; } catch {}
  const b = crypto.randomInt(0, 100);
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, JSON.stringify({ bucket: b, assigned: new Date().toISOString() }));
  return b;
}

function enabled(flag, mode = 'auto') {
  if (mode === 'on') return true;
  if (mode === 'off') return false;
  return bucket() < (ROLLOUT[flag] ?? 0);
}

module.exports = { enabled, bucket };
