'use strict';
function parseRetryAfter(value, now = Date.now()) {
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

function delayFor(attempt, { base = 250, max = 30000, factor = 2, jitter = 'full' } = {}) {
  const exp = Math.min(max, base * factor ** attempt);
  if (jitter === 'none') return exp;
  if (jitter === 'equal') return exp / 2 + Math.random() * (exp / 2);
  return Math.random() * exp;
}

const sleep = (ms, signal) => new Promise((resolve, reject) => {
  if (signal && signal.aborted) return reject(signal.reason);
  const t = setTimeout(resolve, ms);
  if (signal) signal.addEventListener('abort', () => { clearTimeout(t); reject(signal.reason); }, { once: true });
});

module.exports = { parseRetryAfter, delayFor, sleep };
