#!/usr/bin/env node
const API = process.env.YP_YIELDS_API || 'https://yields.yieldpilot.example.com/v1/pools';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, v, i, a) => (v.startsWith('--') ? [...acc, [v.slice(2), a[i + 1]]] : acc), []),
);
const asset = (args.asset || 'USDC').toUpperCase();
const chain = (args.chain || 'ethereum').toLowerCase();

const res = await fetch(`${API}?asset=${asset}&chain=${chain}`);
if (!res.ok) {
  console.error(`yields api ${res.status}`);
  process.exit(1);
}
const pools = (await res.json()).data ?? [];
const risk = (p) => (p.tvlUsd > 500e6 ? 'blue-chip' : p.tvlUsd > 50e6 ? 'established' : 'newer');
pools
  .map((p) => ({ ...p, net: (p.apyBase || 0) + (p.apyReward || 0) }))
  .sort((a, b) => b.net - a.net)
  .slice(0, 5)
  .forEach((p) =>
    console.log(`${p.project.padEnd(12)} ${p.symbol.padEnd(8)} ${p.net.toFixed(2).padStart(6)}%  TVL $${(p.tvlUsd / 1e6).toFixed(1)}M  ${risk(p)}`),
  );
