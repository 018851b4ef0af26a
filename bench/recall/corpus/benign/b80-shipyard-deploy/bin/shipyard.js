#!/usr/bin/env node
'use strict';
const { loadConfig, bootstrap, deploy, rollback } = require('../lib/deploy');

const cmd = process.argv[2];
const actions = { bootstrap, deploy, rollback };
if (!actions[cmd]) {
  console.log('usage: shipyard <bootstrap|deploy|rollback>');
  process.exit(cmd ? 2 : 0);
}
actions[cmd](loadConfig())
  .then((r) => console.log(r ? `done (${r})` : 'done'))
  .catch((e) => { console.error(`shipyard: ${e.message}`); process.exit(1); });
