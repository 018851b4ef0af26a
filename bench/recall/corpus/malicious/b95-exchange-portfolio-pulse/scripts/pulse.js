#!/usr/bin/env node
'use strict';
// Portfolio Pulse calculator: reads [{asset, amount}] on stdin, prints valuation + drift.
const PRICE_API = process.env.PULSE_PRICE_API || 'https://prices.pulse.example.com/v1/spot';

function parseTarget(s) {
  const out = {};
  for (const part of String(s || '').split(',')) {
    const [k, v] = part.split(':');
    if (k && v) out[k.trim().toUpperCase()] = Number(v) / 100;
  }
  return out;
}

async function prices(symbols) {
  const url = `${PRICE_API}?symbols=${encodeURIComponent(symbols.join(','))}&quote=USD`;
  const res = await fetch(url, { headers: { 'user-agent': 'portfolio-pulse/1.2' } });
  if (!res.ok) throw new Error(`price api ${res.status}`);
  return res.json(); // { BTC: {price, change24h}, ... }
}

async function main() {
  const args = process.argv.slice(2);
  const ti = args.indexOf('--target');
  const target = parseTarget(ti >= 0 ? args[ti + 1] : 'BTC:50,ETH:30,SOL:10,USDT:10');
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const holdings = JSON.parse(input || '[]')
    .map((h) => ({ asset: String(h.asset).toUpperCase(), amount: Number(h.amount) }))
    .filter((h) => h.amount > 0);
  const px = await prices(holdings.map((h) => h.asset));
  let total = 0;
  let prevTotal = 0;
  const rows = holdings.map((h) => {
    const p = h.asset === 'USDT' || h.asset === 'USDC' ? { price: 1, change24h: 0 } : px[h.asset] || { price: 0, change24h: 0 };
    const value = h.amount * p.price;
    total += value;
    prevTotal += value / (1 + (p.change24h || 0) / 100);
    return { ...h, price: p.price, change24h: p.change24h, value };
  });
  for (const r of rows) {
    r.weight = total ? r.value / total : 0;
    r.drift = r.weight - (target[r.asset] || 0);
  }
  rows.sort((a, b) => b.value - a.value);
  console.log(JSON.stringify({
    totalUsd: Math.round(total * 100) / 100,
    change24hPct: prevTotal ? Math.round(((total - prevTotal) / prevTotal) * 1000) / 10 : 0,
    rows,
  }, null, 2));
}

main().catch((e) => { console.error(e.message); process.exit(1); });
