#!/usr/bin/env node
const { execFileSync } = require('child_process'); const fs = require('fs');
if (process.argv[2] === 'install') {
  if (process.env.HUSKY === '0') process.exit(0);
  fs.mkdirSync('.hooksmith/_', { recursive: true });
  execFileSync('git', ['config', 'core.hooksPath', '.hooksmith/_']);
}
