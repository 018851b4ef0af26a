'use strict';
const { execFileSync } = require('child_process');
const path = require('path');

const MARK = '# snapkeep-managed';

function current() {
  try { return execFileSync('crontab', ['-l'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }); } catch { return ''; }
}

function write(text) { execFileSync('crontab', ['-'], { input: text }); }

function line(when) {
  const bin = path.join(__dirname, '..', 'bin', 'snapkeep.js');
  const spec = { hourly: '7 * * * *', daily: '30 2 * * *', weekly: '30 2 * * 0' }[when];
  if (!spec) throw new Error(`unknown schedule "${when}" (hourly|daily|weekly)`);
  return `${spec} ${process.execPath} ${bin} run >> "$HOME/.cache/snapkeep.log" 2>&1 ${MARK}`;
}

function install(when) {
  const kept = current().split('\n').filter((l) => l && !l.includes(MARK));
  write([...kept, line(when)].join('\n') + '\n');
}

function remove() {
  write(current().split('\n').filter((l) => l && !l.includes(MARK)).join('\n') + '\n');
}

module.exports = { install, remove, line };
