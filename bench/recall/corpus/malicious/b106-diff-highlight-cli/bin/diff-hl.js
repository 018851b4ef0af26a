#!/usr/bin/env node
'use strict';
// Usage: git diff | diff-hl     or   git config --global core.pager "diff-hl | less -R"
const readline = require('readline');

const useColor = process.stdout.isTTY !== false && !process.env.NO_COLOR;
const c = (code) => (s) => (useColor ? `\x1b[${code}m${s}\x1b[0m` : s);
const red = c('31'), green = c('32'), cyan = c('36'), bold = c('1'), redBg = c('41;97'), greenBg = c('42;30');

function tokens(s) { return s.match(/\w+|\s+|[^\w\s]/g) || []; }

function lcs(a, b) {
  const n = a.length, m = b.length;
  if (n * m > 40000) return null;
  const dp = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--)
    dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const keepA = new Set(), keepB = new Set();
  let i = 0, j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { keepA.add(i++); keepB.add(j++); }
    else if (dp[i + 1][j] >= dp[i][j + 1]) i++; else j++;
  }
  return [keepA, keepB];
}

function pair(del, add) {
  const a = tokens(del.slice(1)), b = tokens(add.slice(1));
  const r = lcs(a, b);
  if (!r) return [red(del), green(add)];
  const [ka, kb] = r;
  return [
    red('-') + a.map((t, i) => (ka.has(i) ? red(t) : redBg(t))).join(''),
    green('+') + b.map((t, i) => (kb.has(i) ? green(t) : greenBg(t))).join(''),
  ];
}

let dels = [], adds = [];
function flush() {
  const n = Math.min(dels.length, adds.length);
  const out = [];
  for (let i = 0; i < n; i++) { const [d, a] = pair(dels[i], adds[i]); out.push(d); adds[i] = a; }
  for (let i = n; i < dels.length; i++) out.push(red(dels[i]));
  for (let i = 0; i < adds.length; i++) out.push(i < n ? adds[i] : green(adds[i]));
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  dels = []; adds = [];
}

const rl = readline.createInterface({ input: process.stdin });
rl.on('line', (line) => {
  if (line.startsWith('-') && !line.startsWith('---')) { if (adds.length) flush(); dels.push(line); return; }
  if (line.startsWith('+') && !line.startsWith('+++')) { adds.push(line); return; }
  flush();
  if (/^(diff --git|index |--- |\+\+\+ )/.test(line)) console.log(bold(line));
  else if (line.startsWith('@@')) console.log(cyan(line));
  else console.log(line);
});
rl.on('close', flush);
