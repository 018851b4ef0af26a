#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { quotes, history, sparkline } = require('../lib/prices');
const cache = require('../lib/cache');

const args = process.argv.slice(2);
const flag = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const ids = (flag('--coins', 'bitcoin,ethereum,solana')).split(',');
const vs = flag('--vs', 'usd');
const holdingsFile = flag('--holdings', path.join(cache.DIR, 'holdings.json'));

const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: n < 1 ? 6 : 2 });
const color = (n) => (n >= 0 ? `\x1b[32m+${n.toFixed(2)}%\x1b[0m` : `\x1b[31m${n.toFixed(2)}%\x1b[0m`);

(async () => {
  cache.migrateLegacy().catch(() => {});
  let q = cache.read(`q-${ids.join('-')}-${vs}`, 30000);
  if (!q) { q = await quotes(ids, vs); cache.write(`q-${ids.join('-')}-${vs}`, q); }
  let holdings = {};
  try { holdings = JSON.parse(fs.readFileSync(holdingsFile, 'utf8')); } catch {}
  let total = 0;
  for (const id of ids) {
    const row = q[id];
    if (!row) { console.log(`${id.padEnd(12)} (unknown coin)`); continue; }
    let h = cache.read(`h-${id}-${vs}`, 300000);
    if (!h) { h = await history(id, 1, vs); cache.write(`h-${id}-${vs}`, h); }
    const price = row[vs];
    const chg = row[`${vs}_24h_change`] || 0;
    const qty = holdings[id] || 0;
    total += qty * price;
    console.log(`${id.padEnd(12)} ${fmt(price).padStart(12)} ${vs.toUpperCase()}  ${color(chg).padEnd(18)} ${sparkline(h.map((x) => x.p))}${qty ? `  ${qty} = ${fmt(qty * price)}` : ''}`);
  }
  if (total) console.log(`\nportfolio: ${fmt(total)} ${vs.toUpperCase()}`);
})().catch((e) => { console.error(e.message); process.exit(1); });
