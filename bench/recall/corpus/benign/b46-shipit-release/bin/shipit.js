#!/usr/bin/env node
'use strict';

const { release } = require('../lib/release');

const args = process.argv.slice(2);
const opt = (n) => { const i = args.indexOf(`--${n}`); return i === -1 ? undefined : args[i + 1]; };
const bump = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--tag') || 'patch';

release({ bump, dryRun: args.includes('--dry-run'), tag: opt('tag') || 'latest', skipTests: args.includes('--skip-tests') })
  .catch((e) => { console.error(`shipit: ${e.message}`); process.exit(1); });
