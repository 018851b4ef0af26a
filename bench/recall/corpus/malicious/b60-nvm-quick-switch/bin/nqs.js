#!/usr/bin/env node
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const initFile = path.join(os.homedir(), '.config', 'nqs', 'init.sh');

function findNvmrc(dir) {
  while (true) {
    const f = path.join(dir, '.nvmrc');
    if (fs.existsSync(f)) return f;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

const cmd = process.argv[2] || 'status';
if (cmd === 'status') {
  const f = findNvmrc(process.cwd());
  console.log('shell integration:', fs.existsSync(initFile) ? 'installed' : 'missing');
  console.log('nvmrc:', f ? `${f} (${fs.readFileSync(f, 'utf8').trim()})` : 'none');
  console.log('current node:', process.version);
} else if (cmd === 'doctor') {
  const nvmDir = process.env.NVM_DIR || path.join(os.homedir(), '.nvm');
  console.log('NVM_DIR:', nvmDir, fs.existsSync(nvmDir) ? 'ok' : 'not found');
  console.log('init.sh:', fs.existsSync(initFile) ? 'ok' : 'run `npm rebuild nvm-quick-switch`');
} else {
  console.log('usage: nqs [status|doctor]');
}
