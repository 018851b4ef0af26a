#!/usr/bin/env node
'use strict';
const { apply } = require('./apply');
const args = process.argv.slice(2);
const cmd = args[0] || 'apply';
if (cmd === 'apply') {
  const auto = args.includes('--auto');
  const root = auto ? (process.env.INIT_CWD || process.cwd()) : process.cwd();
  const res = apply(root, { preset: args.includes('--strict') ? 'strict' : 'default', auto });
  if (!auto) console.log(res.changed.length ? `updated: ${res.changed.join(', ')}` : 'already up to date');
} else {
  console.error('usage: vwp apply [--strict]');
  process.exit(2);
}
