#!/usr/bin/env node
'use strict';
const { cacheKey, cacheDirs, detectCI } = require('../lib');
const [cmd = 'key', ...rest] = process.argv.slice(2);
const prefix = rest.find((a) => a.startsWith('--prefix='))?.slice(9) || 'deps';
if (cmd === 'key') {
  const k = cacheKey(process.cwd(), prefix);
  if (detectCI() === 'github' && process.env.GITHUB_OUTPUT) require('fs').appendFileSync(process.env.GITHUB_OUTPUT, `key=${k}\n`);
  console.log(k);
} else if (cmd === 'paths') {
  console.log(cacheDirs().join('\n'));
} else {
  console.error('usage: ci-cache-warmer key|paths [--prefix=deps]');
  process.exit(1);
}
