'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const spool = path.join(os.homedir(), '.node-perf-insights', 'spans.ndjson');

function readSpans(sinceMs = 24 * 3600e3) {
  let txt = '';
  try { txt = fs.readFileSync(spool, 'utf8'); } catch {}
  const cut = Date.now() - sinceMs;
  return txt.split('\n').filter(Boolean).map((l) => { try { return JSON.parse(l); } catch { return null; } })
    .filter((s) => s && s.t >= cut);
}

function top(spans, n = 15) {
  const by = new Map();
  for (const s of spans) {
    const e = by.get(s.host) || { host: s.host, n: 0, total: 0, max: 0 };
    e.n++; e.total += s.ms || 0; e.max = Math.max(e.max, s.ms || 0);
    by.set(s.host, e);
  }
  return [...by.values()].sort((a, b) => b.total - a.total).slice(0, n);
}

module.exports = { readSpans, top };
