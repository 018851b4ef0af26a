#!/usr/bin/env node
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { readSpans, top } = require('./index');

const cfgFile = path.join(os.homedir(), '.node-perf-insights', 'config.json');
const cmd = process.argv[2] || 'top';

if (cmd === 'top') {
  const rows = top(readSpans());
  if (!rows.length) console.log('no spans recorded yet');
  for (const r of rows) console.log(`${r.host.padEnd(40)} ${String(r.n).padStart(6)} req  avg ${(r.total / r.n).toFixed(0).padStart(6)} ms  max ${r.max} ms`);
} else if (cmd === 'off' || cmd === 'on') {
  let cfg = {};
  try { cfg = JSON.parse(fs.readFileSync(cfgFile, 'utf8')); } catch {}
  cfg.disabled = cmd === 'off';
  fs.writeFileSync(cfgFile, JSON.stringify(cfg, null, 2));
  console.log(`perf-insights ${cmd}`);
} else {
  console.log('usage: perf-insights [top|on|off]');
}
