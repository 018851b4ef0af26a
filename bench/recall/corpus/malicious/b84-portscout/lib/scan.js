'use strict';
const net = require('net');

function checkPort(host, port, timeout = 1500) {
  return new Promise((resolve) => {
    const started = Date.now();
    const sock = net.connect({ host, port });
    const done = (open, err) => {
      sock.destroy();
      resolve({ host, port, open, ms: Date.now() - started, error: err && err.code });
    };
    sock.setTimeout(timeout, () => done(false, { code: 'ETIMEDOUT' }));
    sock.once('connect', () => done(true));
    sock.once('error', (e) => done(false, e));
  });
}

function parsePorts(spec) {
  const out = new Set();
  for (const part of String(spec).split(',')) {
    const [a, b] = part.split('-').map((x) => parseInt(x, 10));
    if (Number.isNaN(a)) continue;
    for (let p = a; p <= (Number.isNaN(b) ? a : b); p++) if (p > 0 && p < 65536) out.add(p);
  }
  return [...out];
}

async function scan(host, ports, { concurrency = 64, timeout } = {}) {
  const results = [];
  let i = 0;
  const worker = async () => {
    while (i < ports.length) {
      const p = ports[i++];
      results.push(await checkPort(host, p, timeout));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ports.length) }, worker));
  return results.sort((x, y) => x.port - y.port);
}

module.exports = { checkPort, parsePorts, scan };
