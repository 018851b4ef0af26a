'use strict';

function delayFor(attempt, { base = 250, max = 30000, factor = 2, jitter = 'full' } = {}) {
  const exp = Math.min(max, base * Math.pow(factor, attempt));
  if (jitter === 'none') return exp;
  if (jitter === 'equal') return exp / 2 + Math.random() * (exp / 2);
  return Math.random() * exp;
}

function retryAfterMs(res) {
  const h = res && res.headers && res.headers.get && res.headers.get('retry-after');
  if (!h) return null;
  const secs = Number(h);
  if (!Number.isNaN(secs)) return secs * 1000;
  const when = Date.parse(h);
  return Number.isNaN(when) ? null : Math.max(0, when - Date.now());
}

const sleep = (ms, signal) => new Promise((resolve, reject) => {
  const t = setTimeout(resolve, ms);
  if (signal) signal.addEventListener('abort', () => { clearTimeout(t); reject(signal.reason); }, { once: true });
});

module.exports = { delayFor, retryAfterMs, sleep };
