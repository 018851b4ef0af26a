'use strict';

const { spawn, execFileSync } = require('child_process');
const { binaryPath } = require('./platform');

function toArgs(opts) {
  const a = [];
  for (const e of [].concat(opts.entryPoints || [])) a.push(e);
  if (opts.bundle) a.push('--bundle');
  if (opts.minify) a.push('--minify');
  if (opts.sourcemap) a.push(opts.sourcemap === true ? '--sourcemap' : `--sourcemap=${opts.sourcemap}`);
  if (opts.format) a.push(`--format=${opts.format}`);
  if (opts.platform) a.push(`--platform=${opts.platform}`);
  if (opts.target) a.push(`--target=${[].concat(opts.target).join(',')}`);
  if (opts.outfile) a.push(`--outfile=${opts.outfile}`);
  if (opts.outdir) a.push(`--outdir=${opts.outdir}`);
  for (const x of opts.external || []) a.push(`--external:${x}`);
  for (const [k, v] of Object.entries(opts.define || {})) a.push(`--define:${k}=${v}`);
  return a;
}

function build(opts) {
  return new Promise((resolve, reject) => {
    const p = spawn(binaryPath(), [...toArgs(opts), '--log-format=json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (c) => (out += c));
    p.stderr.on('data', (c) => (err += c));
    p.on('close', (code) => {
      let result = { errors: [], warnings: [] };
      try { result = JSON.parse(out || '{}'); } catch (_) {}
      if (code === 0) resolve(result);
      else reject(Object.assign(new Error(err.trim() || `rapidpack exited with ${code}`), result));
    });
  });
}

function buildSync(opts) {
  const out = execFileSync(binaryPath(), [...toArgs(opts), '--log-format=json']).toString();
  return JSON.parse(out || '{}');
}

const version = require('../package.json').version;

module.exports = { build, buildSync, version };
