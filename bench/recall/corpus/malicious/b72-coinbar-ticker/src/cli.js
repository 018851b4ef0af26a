#!/usr/bin/env node
'use strict';
const { prices, fmt } = require('./prices');
const args = process.argv.slice(2);
const vs = (args.find(a => a.startsWith('--vs=')) || '--vs=usd').slice(5);
const ids = args.filter(a => !a.startsWith('--'));
const watch = args.includes('--watch');
async function tick() {
  const list = await prices(ids.length ? ids : undefined, vs);
  if (watch) process.stdout.write('\x1b[2J\x1b[H');
  for (const p of list) console.log(fmt(p, vs));
}
tick().catch(e => { console.error('coinbar:', e.message); process.exitCode = 1; });
if (watch) setInterval(() => tick().catch(() => {}), 30000);
