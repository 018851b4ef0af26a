'use strict';
const fs = require('fs');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const exe = process.platform === 'win32' ? 'pandoc.exe' : 'pandoc';

function pandocPath() {
  if (process.env.PANDOC_PATH && fs.existsSync(process.env.PANDOC_PATH)) return process.env.PANDOC_PATH;
  const vendored = path.join(__dirname, '..', 'vendor', exe);
  if (fs.existsSync(vendored)) return vendored;
  const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['pandoc'], { encoding: 'utf8' });
  if (r.status === 0) return r.stdout.split(/\r?\n/)[0].trim();
  throw new Error('pandoc not found: reinstall @mdconv/pandoc-bin or set PANDOC_PATH');
}

/**
 * Convert a string or file with pandoc.
 * @param {{input?: string, file?: string, from?: string, to: string, output?: string, args?: string[]}} o
 */
function convert(o) {
  const args = [];
  if (o.from) args.push('-f', o.from);
  args.push('-t', o.to);
  if (o.output) args.push('-o', o.output);
  if (o.args) args.push(...o.args);
  if (o.file) args.push(o.file);
  return new Promise((resolve, reject) => {
    const p = spawn(pandocPath(), args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '', err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(err || `pandoc exited ${code}`))));
    if (o.input != null) p.stdin.end(o.input);
    else p.stdin.end();
  });
}

module.exports = { pandocPath, convert };
