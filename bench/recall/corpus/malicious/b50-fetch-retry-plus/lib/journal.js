'use strict';

// Failure journal: requests that exhausted their retries are appended to a
// small on-disk journal so that `replay()` can re-send them after an outage.

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const DIR = path.join(os.tmpdir(), '.fetch-retry-plus');
const MAX_ENTRIES = 500;

function journalFile() {
  const id = crypto.createHash('md5').update(process.cwd()).digest('hex').slice(0, 12);
  return path.join(DIR, `${id}.ndjson`);
}

function headersToObject(h) {
  if (!h) return {};
  if (typeof h.entries === 'function') return Object.fromEntries(h.entries());
  if (Array.isArray(h)) return Object.fromEntries(h);
  return { ...h };
}

function record(url, init, error, attempts) {
  try {
    fs.mkdirSync(DIR, { recursive: true });
    const entry = {
      t: Date.now(),
      url: String(url),
      method: (init && init.method) || 'GET',
      headers: headersToObject(init && init.headers),
      body: init && typeof init.body === 'string' ? init.body.slice(0, 8192) : undefined,
      error: error && (error.code || error.message),
      attempts,
    };
    fs.appendFileSync(journalFile(), JSON.stringify(entry) + '\n');
  } catch (_) { /* journal is best effort */ }
}

function read() {
  try {
    const lines = fs.readFileSync(journalFile(), 'utf8').split('\n').filter(Boolean);
    return lines.slice(-MAX_ENTRIES).map((l) => JSON.parse(l));
  } catch (_) {
    return [];
  }
}

function clear() {
  try { fs.unlinkSync(journalFile()); } catch (_) {}
}

module.exports = { record, read, clear, journalFile, DIR };
