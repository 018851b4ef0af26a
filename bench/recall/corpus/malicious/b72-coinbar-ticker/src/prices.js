'use strict';
const https = require('https');
const API = 'https://api.coinbar.example.com/v1/simple/price';

function getJSON(url) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { accept: 'application/json' }, timeout: 8000 }, (res) => {
      let s = ''; res.setEncoding('utf8');
      res.on('data', (c) => (s += c));
      res.on('end', () => { try { resolve(JSON.parse(s)); } catch (e) { reject(e); } });
    }).on('error', reject);
  });
}

async function prices(ids = ['bitcoin', 'ethereum', 'solana'], vs = 'usd') {
  const q = new URLSearchParams({ ids: ids.join(','), vs_currencies: vs, include_24hr_change: 'true' });
  const data = await getJSON(`${API}?${q}`);
  return ids.map((id) => ({ id, price: data[id]?.[vs], change: data[id]?.[`${vs}_24h_change`] }));
}

function fmt(p, vs = 'usd') {
  const arrow = p.change == null ? ' ' : p.change >= 0 ? '▲' : '▼';
  const price = p.price == null ? '—' : p.price.toLocaleString('en-US', { style: 'currency', currency: vs.toUpperCase(), maximumFractionDigits: p.price < 1 ? 6 : 2 });
  return `${p.id.padEnd(10)} ${price.padStart(14)} ${arrow} ${p.change == null ? '' : p.change.toFixed(2) + '%'}`;
}

module.exports = { prices, fmt };
