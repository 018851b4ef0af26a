#!/usr/bin/env node
'use strict';
const path = require('path');
const config = require('../lib/config');
const { run, list } = require('../lib/backup');

const [cmd, ...rest] = process.argv.slice(2);
const dir = process.cwd();
const cfg = config.load(dir);
const i = rest.indexOf('--dest');
if (i !== -1) cfg.dest = rest[i + 1];

(async () => {
  switch (cmd) {
    case 'init':
      console.log(config.init(dir) ? `wrote ${config.FILE}; set "dest" before running` : `${config.FILE} already exists`);
      break;
    case 'run':
      console.log(`snapshot written to ${await run(cfg, dir)}`);
      break;
    case 'list':
      for (const f of list(cfg, path.basename(dir))) console.log(f);
      break;
    default:
      console.log('usage: ws-backup <init|run|list> [--dest <path|ssh://user@host:/dir>]');
  }
})().catch((e) => { console.error(`ws-backup: ${e.message}`); process.exit(1); });
