#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { lint } = require('./lint');
const file = process.argv[2] || '.git/COMMIT_EDITMSG';
const res = lint(fs.readFileSync(file, 'utf8'));
if (!res.valid) {
  console.error('\u2716 commit message rejected:\n  - ' + res.errors.join('\n  - '));
  process.exit(1);
}
