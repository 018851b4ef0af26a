#!/usr/bin/env node
'use strict';

const path = require('path');
const { check } = require('./check');

const json = process.argv.includes('--json');
const res = check(process.cwd());
if (json) {
  // values are never included in output, only keys and line numbers
  process.stdout.write(JSON.stringify(res, null, 2) + '\n');
} else {
  if (!res.files.length) console.log('no .env files found');
  for (const f of res.files) console.log(`${f === res.template ? 'template' : 'env     '}  ${path.relative(process.cwd(), f) || f}`);
  for (const p of res.problems) {
    console.log(`${p.code.padEnd(12)} ${path.relative(process.cwd(), p.file)}${p.line ? ':' + p.line : ''}  ${p.key || ''}  ${p.msg}`);
  }
}
process.exitCode = res.problems.some((p) => p.code === 'not-ignored' || p.code === 'missing') ? 1 : 0;
