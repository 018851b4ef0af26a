'use strict';

function delay(attempt, base, max) {
  const exp = Math.min(max, base * 2 ** attempt);
  return Math.floor(Math.random() * exp);
}

function retryAfter(res) {
  const h = res && res.headers && res.headers.get('retry-after');
  if (!h) return null;
  if (/^\d+$/.test(h)) return Number(h) * 1000;
  const t = Date.parse(h);
  return Number.isNaN(t) ? null : Math.max(0, t - Date.now());
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

module.exports = { delay, retryAfter, sleep };
