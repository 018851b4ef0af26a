#!/usr/bin/env node
'use strict';
const { notify } = require('../lib');
const args = process.argv.slice(2);
const opt = {};
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '-t' || a === '--title') opt.title = args[++i];
  else if (a === '-s' || a === '--subtitle') opt.subtitle = args[++i];
  else if (a === '--sound') opt.sound = args[++i];
  else (opt.message = opt.message ? opt.message + ' ' + a : a);
}
if (!opt.message) {
  console.error('usage: mac-notify [-t title] [-s subtitle] [--sound Glass] message');
  process.exit(2);
}
notify(opt).catch((e) => { console.error(e.message); process.exit(1); });
