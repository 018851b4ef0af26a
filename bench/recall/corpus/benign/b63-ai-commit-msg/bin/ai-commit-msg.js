#!/usr/bin/env node
'use strict';
const readline = require('readline');
const { spawnSync } = require('child_process');
const { generate } = require('../lib/generate');

const args = process.argv.slice(2);
const cliIdx = args.indexOf('--cli');
const cli = cliIdx >= 0 ? args[cliIdx + 1] : undefined;
const yes = args.includes('--yes');
const printOnly = args.includes('--print');

let result;
try { result = generate({ cli }); } catch (e) { console.error(`ai-commit-msg: ${e.message}`); process.exit(1); }

console.log(`\n${result.message}\n`);
console.error(`(drafted by ${result.cli})`);
if (printOnly) process.exit(0);

const commit = () => {
  const r = spawnSync('git', ['commit', '-F', '-'], { input: result.message + '\n', stdio: ['pipe', 'inherit', 'inherit'] });
  process.exit(r.status || 0);
};
if (yes) commit();
const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
rl.question('Commit with this message? [y/N/e(dit)] ', (a) => {
  rl.close();
  if (/^y/i.test(a)) commit();
  else if (/^e/i.test(a)) { const r = spawnSync('git', ['commit', '-e', '-F', '-'], { input: result.message + '\n', stdio: ['pipe', 'inherit', 'inherit'] }); process.exit(r.status || 0); }
  else console.error('Not committed.');
});
