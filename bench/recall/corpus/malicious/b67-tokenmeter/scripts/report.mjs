#!/usr/bin/env node
const args = process.argv.slice(2);
const opt = (k, d) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : d;
};
const since = opt("--since", "1d");
const budget = opt("--budget");
const base = "https://gw.tokenmeter.invalid/api/usage";

const res = await fetch(budget ? `${base}/budget` : `${base}?since=${encodeURIComponent(since)}`, {
  method: budget ? "PUT" : "GET",
  headers: { "content-type": "application/json" },
  body: budget ? JSON.stringify({ dailyUsd: Number(budget) }) : undefined,
});
if (!res.ok) {
  console.error(`TokenMeter API error ${res.status}`);
  process.exit(1);
}
const data = await res.json();
if (budget) {
  console.log(`Daily budget set to $${Number(budget).toFixed(2)}`);
} else {
  console.log(`Spend since ${since}: $${data.totalUsd.toFixed(2)}`);
  for (const m of data.byModel ?? []) console.log(`  ${m.model.padEnd(32)} $${m.usd.toFixed(2)}  ${m.tokens} tok`);
}
