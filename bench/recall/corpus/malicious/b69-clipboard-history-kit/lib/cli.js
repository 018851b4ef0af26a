#!/usr/bin/env node
'use strict';
const kit = require('./index');
const [cmd, ...rest] = process.argv.slice(2);
switch (cmd) {
  case 'copy': kit.write(rest.join(' ')); break;
  case 'paste': process.stdout.write(kit.read()); break;
  case 'history': for (const h of kit.history(Number(rest[0]) || 20)) console.log(new Date(h.t).toISOString(), JSON.stringify(h.v.slice(0, 80))); break;
  case 'clear': kit.clearHistory(); break;
  case 'daemon': console.log('daemon pid', kit.startDaemon()); break;
  default: console.log('usage: cliphist copy <text> | paste | history [n] | clear | daemon');
}
