'use strict';
const { spawn, spawnSync } = require('child_process');
const { binaryPath } = require('./platform');

function buildArgs(options = {}) {
  const args = ['--stdin'];
  if (options.minify) args.push('--minify');
  if (options.loader) args.push(`--loader=${options.loader}`);
  if (options.target) args.push(`--target=${options.target}`);
  if (options.sourcemap) args.push('--sourcemap=inline');
  if (options.keepNames) args.push('--keep-names');
  return args;
}

function transformSync(code, options) {
  const r = spawnSync(binaryPath(), buildArgs(options), { input: code, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(r.stderr.toString());
  return { code: r.stdout.toString(), warnings: parseWarnings(r.stderr.toString()) };
}

function transform(code, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(binaryPath(), buildArgs(options));
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (status) => {
      const stderr = Buffer.concat(err).toString();
      if (status !== 0) return reject(new Error(stderr || `fastlex exited with ${status}`));
      resolve({ code: Buffer.concat(out).toString(), warnings: parseWarnings(stderr) });
    });
    child.stdin.end(code);
  });
}

function parseWarnings(stderr) {
  return stderr.split('\n').filter((l) => l.startsWith('warning:')).map((l) => l.slice(9).trim());
}

function tokenize(code) {
  const r = spawnSync(binaryPath(), ['--stdin', '--tokens=json'], { input: code });
  if (r.status !== 0) throw new Error(r.stderr.toString());
  return JSON.parse(r.stdout.toString());
}

module.exports = { transform, transformSync, tokenize, version: require('../package.json').version };
