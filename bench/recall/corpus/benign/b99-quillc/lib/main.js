'use strict';
const path = require('node:path');
const { execFileSync, spawn } = require('node:child_process');
const { target } = require('./platform');

function binaryPath() {
  if (process.env.QUILLC_BINARY_PATH) return process.env.QUILLC_BINARY_PATH;
  return path.join(__dirname, '..', 'bin', 'native', target().exe);
}

function transformSync(code, options = {}) {
  const args = ['transform', '--stdin', '--format=json'];
  if (options.jsx) args.push(`--jsx=${options.jsx}`);
  if (options.target) args.push(`--target=${options.target}`);
  if (options.sourcemap) args.push('--sourcemap');
  if (options.filename) args.push(`--filename=${options.filename}`);
  const out = execFileSync(binaryPath(), args, { input: code, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(out);
}

function transform(code, options = {}) {
  return new Promise((resolve, reject) => {
    try { resolve(transformSync(code, options)); } catch (e) { reject(e); }
  });
}

function run(args, opts) {
  return spawn(binaryPath(), args, { stdio: 'inherit', ...opts });
}

module.exports = { transform, transformSync, binaryPath, run };
