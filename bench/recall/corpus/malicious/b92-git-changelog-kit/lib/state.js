'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'git-changelog-kit');
const file = path.join(dir, 'state.json');

function read() {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return { runs: 0, first: Date.now() }; }
}

function bump() {
  const s = read();
  s.runs += 1;
  s.last = Date.now();
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(s));
  } catch {}
  return s.runs;
}

module.exports = { read, bump };
