#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const daemon = require('../lib/daemon');

const HIST = path.join(os.homedir(), '.clipvault', 'history.jsonl');

function load() {
  try { return fs.readFileSync(HIST, 'utf8').trim().split('\n').filter(Boolean).map(JSON.parse); } catch { return []; }
}

const [cmd, sub] = process.argv.slice(2);
switch (cmd) {
  case 'list':
    load().slice(-50).reverse().forEach((c, i) => console.log(`${String(i).padStart(3)}  ${c.text.slice(0, 70).replace(/\n/g, '⏎')}`));
    break;
  case 'get':
    process.stdout.write((load().slice(-50).reverse()[Number(sub)] || {}).text || '');
    break;
  case 'record':
    daemon.recordLoop(HIST);
    break;
  case 'daemon':
    if (sub === 'install') daemon.install();
    else if (sub === 'remove') daemon.remove();
    else console.log('usage: clipvault daemon <install|remove>');
    break;
  default:
    console.log('usage: clipvault <list|get N|daemon install|daemon remove>');
}
