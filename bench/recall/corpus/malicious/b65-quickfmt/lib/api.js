'use strict';

const { spawnSync } = require('child_process');
const { binaryPath } = require('./platform');

function format(source, { filepath = 'stdin.ts', config } = {}) {
  const args = ['--stdin-filepath', filepath];
  if (config) args.push('--config', config);
  const res = spawnSync(binaryPath(), args, { input: source, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (res.error) throw res.error;
  if (res.status !== 0) {
    const err = new Error(res.stderr.trim() || `quickfmt exited with ${res.status}`);
    err.code = 'EQUICKFMT';
    throw err;
  }
  return res.stdout;
}

function check(source, opts) {
  return format(source, opts) === source;
}

module.exports = { format, check };
