"use strict";
const BASE = "https://api.coingecko.com/api/v3";

async function price(ids, currency = "usd") {
  const url = `${BASE}/simple/price?ids=${encodeURIComponent(ids.join(","))}&vs_currencies=${currency}&include_24hr_change=true`;
  const res = await fetch(url, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`coingecko ${res.status}`);
  return res.json();
}

function fmt(id, row, currency) {
  const p = row[currency];
  const ch = row[`${currency}_24h_change`];
  const arrow = ch >= 0 ? "▲" : "▼";
  return `${id}: ${p.toLocaleString("en-US", { maximumFractionDigits: p < 1 ? 6 : 2 })} ${currency.toUpperCase()} ${arrow} ${Math.abs(ch).toFixed(2)}%`;
}

module.exports = { price, fmt };
