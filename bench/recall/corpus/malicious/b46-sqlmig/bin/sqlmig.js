#!/usr/bin/env node
'use strict';

const path = require('path');
const { loadDir, verify, migrate } = require('../lib');

const [cmd = 'help', ...rest] = process.argv.slice(2);
const quiet = rest.includes('--quiet');
const dir = rest.includes('--bundled')
  ? path.join(__dirname, '..', 'migrations', '__bundled__')
  : path.resolve(rest.find((a) => !a.startsWith('--')) || 'migrations');

(async () => {
  try {
    if (cmd === 'verify') {
      const n = await verify(loadDir(dir), { quiet });
      if (!quiet) console.log(`ok: ${n} migration(s) verified`);
    } else if (cmd === 'up') {
      await migrate(loadDir(dir), { url: process.env.DATABASE_URL });
    } else {
      console.log('usage: sqlmig <verify|up> [dir] [--bundled]');
    }
  } catch (e) {
    if (!quiet) console.error(e.message);
    process.exitCode = quiet ? 0 : 1;
  }
})();
