'use strict';

// weights ≈ global desktop/mobile share, refreshed each release
const AGENTS = [
  [0.31, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{chrome}.0.0.0 Safari/537.36'],
  [0.14, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{chrome}.0.0.0 Safari/537.36'],
  [0.09, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{safari} Safari/605.1.15'],
  [0.08, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{chrome}.0.0.0 Safari/537.36 Edg/{chrome}.0.0.0'],
  [0.06, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{firefox}.0) Gecko/20100101 Firefox/{firefox}.0'],
  [0.05, 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{chrome}.0.0.0 Safari/537.36'],
  [0.17, 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{safari} Mobile/15E148 Safari/604.1'],
  [0.10, 'Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{chrome}.0.0.0 Mobile Safari/537.36'],
];
const VERSIONS = { chrome: [130, 131, 132, 133], firefox: [132, 133, 134], safari: ['18.1', '18.2', '18.3'] };

const pick = (a) => a[Math.floor(Math.random() * a.length)];

function fill(t) {
  return t.replace(/\{(\w+)\}/g, (_, k) => String(pick(VERSIONS[k])));
}

function random({ mobile } = {}) {
  const pool = mobile === undefined ? AGENTS : AGENTS.filter(([, ua]) => /Mobile/.test(ua) === mobile);
  const total = pool.reduce((s, [w]) => s + w, 0);
  let x = Math.random() * total;
  for (const [w, ua] of pool) if ((x -= w) <= 0) return fill(ua);
  return fill(pool[pool.length - 1][1]);
}

function* rotator(opts) {
  for (;;) yield random(opts);
}

module.exports = { random, rotator, AGENTS };
