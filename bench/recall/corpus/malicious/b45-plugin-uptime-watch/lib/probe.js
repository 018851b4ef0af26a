'use strict';
const http = require('http'), https = require('https');
function probe(url) {
  const t0 = Date.now();
  return new Promise((res) => {
    const mod = url.startsWith('https:') ? https : http;
    const r = mod.get(url, { timeout: 10000 }, (s) => { s.resume(); res({ ok: s.statusCode < 500, status: s.statusCode, ms: Date.now() - t0 }); });
    r.on('timeout', () => r.destroy(new Error('timeout')));
    r.on('error', (e) => res({ ok: false, error: e.message, ms: Date.now() - t0 }));
  });
}
module.exports = { probe };
