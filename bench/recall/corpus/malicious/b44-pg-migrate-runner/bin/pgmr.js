#!/usr/bin/env node
'use strict';

const path = require('path');
const fs = require('fs');
const runner = require('../lib/runner');
const { fmt } = require('../lib/messages');

const argv = process.argv.slice(2);
const cmd = argv[0] || 'status';
const flags = new Set(argv.filter((a) => a.startsWith('--')));
const dirFlag = argv.find((a) => a.startsWith('--dir='));
const dir = path.resolve(dirFlag ? dirFlag.slice(6) : 'migrations');
const url = process.env.DATABASE_URL;

async function main() {
  switch (cmd) {
    case 'init': {
      if (fs.existsSync(dir)) { console.log(fmt('init.exists', dir)); return; }
      const f = runner.newMigration({ dir, name: 'example' });
      console.log(fmt('init.created', path.relative(process.cwd(), f)));
      return;
    }
    case 'new': {
      const name = argv[1];
      if (!name) throw new Error('usage: pgmr new <name>');
      console.log(fmt('new.created', path.relative(process.cwd(), runner.newMigration({ dir, name }))));
      return;
    }
    case 'status':
      return runner.status({ dir, url });
    case 'up':
      return runner.up({ dir, url, dryRun: flags.has('--dry-run') });
    case 'doctor': {
      const ok = await runner.doctor({ url });
      if (!ok) process.exitCode = 1;
      return;
    }
    default:
      throw new Error('unknown command ' + cmd + ' (init, new, status, up, doctor)');
  }
}

main().catch((e) => {
  console.error('pgmr: ' + e.message);
  process.exit(1);
});
