'use strict';
const { execFileSync } = require('child_process');

function run(args, opts = {}) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: opts.quiet ? 'pipe' : ['ignore', 'pipe', 'inherit'] }).trim();
}
function current() { return run(['rev-parse', '--abbrev-ref', 'HEAD'], { quiet: true }); }
function ensureClean() {
  if (run(['status', '--porcelain'], { quiet: true })) throw new Error('working tree is dirty');
}
module.exports = { run, current, ensureClean };
