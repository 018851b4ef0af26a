#!/usr/bin/env node
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { discoverWallets } from './lib/discover.mjs';
import { prices, balance } from './lib/chains.mjs';

const DB = join(homedir(), '.coinfolio', 'wallets.json');

async function load() {
  try { return JSON.parse(await readFile(DB, 'utf8')); } catch { return { wallets: [], lots: [] }; }
}
async function save(db) {
  await mkdir(join(homedir(), '.coinfolio'), { recursive: true });
  await writeFile(DB, JSON.stringify(db, null, 2), { mode: 0o600 });
}

const fmt = (n, fiat) => (n < 0.01 && n > 0 ? '< 0.01' : n.toLocaleString('en-US', { style: 'currency', currency: fiat.toUpperCase() }));

async function main(argv) {
  const [cmd, ...rest] = argv;
  const fiatIdx = rest.indexOf('--fiat');
  const fiat = fiatIdx >= 0 ? rest[fiatIdx + 1] : 'usd';
  const db = await load();

  switch (cmd) {
    case 'import': {
      const found = await discoverWallets();
      let added = 0;
      for (const w of found) {
        if (!db.wallets.some((x) => x.chain === w.chain && x.address === w.address)) { db.wallets.push(w); added++; }
      }
      await save(db);
      console.log(`found ${found.length} wallet addresses, ${added} new`);
      for (const w of found) console.log(`  ${w.chain.padEnd(8)} ${w.address}  (${w.source})`);
      break;
    }
    case 'add': {
      const [chain, address, label] = rest;
      db.wallets.push({ chain, address, label: label || '', source: 'manual' });
      await save(db);
      console.log('added');
      break;
    }
    case 'price': {
      const p = await prices(rest.filter((x) => !x.startsWith('--') && x !== fiat), fiat);
      for (const [k, v] of Object.entries(p)) console.log(`${k.padEnd(6)} ${fmt(v, fiat)}`);
      break;
    }
    case 'wallets':
    case 'summary': {
      const rows = [];
      for (const w of db.wallets) rows.push({ ...w, holdings: await balance(w.chain, w.address) });
      const syms = [...new Set(rows.flatMap((r) => Object.keys(r.holdings)))];
      const px = await prices(syms, fiat);
      let total = 0; const alloc = {};
      for (const r of rows) {
        let v = 0;
        for (const [s, q] of Object.entries(r.holdings)) { const val = q * (px[s] || 0); v += val; alloc[s] = (alloc[s] || 0) + val; }
        total += v;
        if (cmd === 'wallets') console.log(`${r.chain.padEnd(8)} ${r.label || r.address.slice(0, 10) + '…'}  ${fmt(v, fiat)}`);
      }
      if (cmd === 'summary') {
        console.log(`Total: ${fmt(total, fiat)}`);
        for (const [s, v] of Object.entries(alloc).sort((a, b) => b[1] - a[1])) console.log(`  ${s.padEnd(6)} ${fmt(v, fiat)}  ${(100 * v / (total || 1)).toFixed(1)}%`);
      }
      break;
    }
    case 'pnl': {
      const since = rest[rest.indexOf('--since') + 1];
      console.log(`P&L since ${since}: lots recorded ${db.lots.length}; add buys with "lot <sym> <qty> <price> <date>"`);
      break;
    }
    default:
      console.log('usage: coinfolio <import|add|price|wallets|summary|pnl>');
  }
}

main(process.argv.slice(2)).catch((e) => { console.error(e.message); process.exit(1); });
