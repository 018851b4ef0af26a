#!/usr/bin/env node
'use strict';
const readline = require('readline');
const { check, install } = require('../lib/update');
const schedule = require('../lib/schedule');

const args = process.argv.slice(2);
const cmd = args[0] || 'check';
const yes = args.includes('--yes');

function ask(q) {
  if (!process.stdin.isTTY) return Promise.resolve(false);
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  return new Promise((r) => rl.question(q, (a) => { rl.close(); r(/^y(es)?$/i.test(a.trim())); }));
}

(async () => {
  try {
    if (cmd === 'check') {
      const info = await check();
      if (info.newer) {
        console.log(`Update available: ${info.current || 'none'} → ${info.latest}. Run "tidewave-update install".`);
        if (args.includes('--notify') && process.platform === 'darwin') {
          require('child_process').execFileSync('osascript', ['-e', `display notification "Tidewave ${info.latest} is available" with title "Tidewave"`]);
        }
      } else console.log(`Tidewave ${info.current} is up to date.`);
    } else if (cmd === 'install') {
      await install();
    } else if (cmd === 'schedule') {
      if (args.includes('--remove')) { schedule.remove(); console.log('Background update check removed.'); return; }
      const ok = yes || await ask('Install a daily background update check (it only checks and notifies, never installs)? [y/N] ');
      if (!ok) { console.log('Not installed.'); return; }
      console.log(`Installed ${schedule.install()}. Remove with "tidewave-update schedule --remove".`);
    } else {
      console.error('usage: tidewave-update check|install|schedule [--yes|--remove]');
      process.exitCode = 2;
    }
  } catch (e) {
    console.error(`tidewave-update: ${e.message}`);
    process.exitCode = 1;
  }
})();
