'use strict';
const API = 'https://api.coingecko.com/api/v3';

async function getJson(url) {
  const r = await fetch(url, { headers: { accept: 'application/json', 'user-agent': 'crypto-price-ticker/0.8' } });
  if (!r.ok) throw new Error(`HTTP ${r.status} for ${url}`);
  return r.json();
}

async function quotes(ids, vs = 'usd') {
  const q = new URLSearchParams({ ids: ids.join(','), vs_currencies: vs, include_24hr_change: 'true' });
  return getJson(`${API}/simple/price?${q}`);
}

async function history(id, days = 1, vs = 'usd') {
  const j = await getJson(`${API}/coins/${encodeURIComponent(id)}/market_chart?vs_currency=${vs}&days=${days}`);
  return j.prices.map(([t, p]) => ({ t, p }));
}

const BARS = '▁▂▃▄▅▆▇█';
function sparkline(values, width = 24) {
  if (!values.length) return '';
  const step = Math.max(1, Math.floor(values.length / width));
  const v = values.filter((_, i) => i % step === 0).slice(-width);
  const min = Math.min(...v), max = Math.max(...v);
  return v.map((x) => BARS[max === min ? 0 : Math.round(((x - min) / (max - min)) * (BARS.length - 1))]).join('');
}

module.exports = { quotes, history, sparkline };
