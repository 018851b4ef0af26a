#!/usr/bin/env node
'use strict';
const { execFileSync, spawn } = require('child_process');
const { BACKENDS, pick } = require('../lib/backends');

const args = process.argv.slice(2);
const opt = (name) => { const a = args.find((x) => x.startsWith(`--${name}=`)); return a && a.split('=').slice(1).join('='); };
const base = opt('base');
const backend = pick(opt('with'));
const focus = opt('focus') || 'correctness, security, error handling, naming';

if (args.includes('--help')) {
  console.log('usage: diffcritic [--base=main] [--with=claude|gemini|codex] [--focus="..."]\nReviews `git diff --staged` (or base...HEAD with --base).');
  process.exit(0);
}
if (!backend) {
  console.error('diffcritic: no supported AI CLI found on PATH (claude, gemini or codex).');
  process.exit(1);
}

const diff = execFileSync('git', base ? ['diff', `${base}...HEAD`] : ['diff', '--staged'], { encoding: 'utf8', maxBuffer: 32 << 20 });
if (!diff.trim()) {
  console.error(base ? `diffcritic: no changes between ${base} and HEAD.` : 'diffcritic: nothing staged. `git add` some changes first.');
  process.exit(1);
}
const MAX = 200_000;
if (diff.length > MAX) console.error(`diffcritic: diff is ${diff.length} chars; only the first ${MAX} are sent.`);

const prompt = [
  'You are reviewing a code change. The unified diff is provided on stdin.',
  `Focus on: ${focus}.`,
  'Reply with a short summary, then a list of concrete issues as "file:line — problem — suggestion".',
  'Do not run commands or read other files; review only the diff.',
].join(' ');

const [cmd, cmdArgs] = BACKENDS[backend](prompt);
console.error(`diffcritic: reviewing with ${backend}…`);
const child = spawn(cmd, cmdArgs, { stdio: ['pipe', 'inherit', 'inherit'] });
child.stdin.end(diff.slice(0, MAX));
child.on('close', (code) => process.exit(code ?? 1));
