#!/usr/bin/env node
'use strict';
const { lintFile, lintProcessEnv } = require('../lib');

const args = process.argv.slice(2);
const exIdx = args.indexOf('--example');
const example = exIdx >= 0 ? args[exIdx + 1] : null;
const file = args.find((a, i) => !a.startsWith('--') && i !== exIdx + 1);

const problems = file ? lintFile(file, example) : lintProcessEnv();
for (const p of problems) console.log(`${file || 'env'}${p.line ? `:${p.line}` : ''}  ${p.key}  ${p.msg}`);
console.log(problems.length ? `\n${problems.length} problem(s)` : 'no problems');
process.exitCode = problems.length ? 1 : 0;
