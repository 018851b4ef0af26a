#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { execFileSync } = require('child_process');
const { lint } = require('../lib/lint');
const { install } = require('../lib/hooks');

const [cmd, ...args] = process.argv.slice(2);

function report(msgs) {
  let bad = 0;
  for (const { ref, msg } of msgs) {
    const errs = lint(msg);
    if (errs.length) { bad++; console.error(`✖ ${ref ? ref.slice(0, 8) + ' ' : ''}${msg.split('\n')[0]}`); errs.forEach((e) => console.error(`    - ${e}`)); }
  }
  if (bad) process.exit(1);
  console.log(`✔ ${msgs.length} message(s) ok`);
}

if (cmd === 'init') {
  console.log(`hooks installed in ${install()}`);
} else if (cmd === 'check') {
  const msg = args[0] === '--file' ? fs.readFileSync(args[1], 'utf8') : args.join(' ');
  report([{ msg }]);
} else if (cmd === 'range') {
  const out = execFileSync('git', ['log', '--format=%H%x00%B%x01', args[0]], { encoding: 'utf8' });
  report(out.split('\x01').map((s) => s.trim()).filter(Boolean).map((s) => { const [ref, msg] = s.split('\0'); return { ref, msg }; }));
} else {
  console.log('usage: commitlint-mini <init|check MSG|check --file F|range A..B>');
}
