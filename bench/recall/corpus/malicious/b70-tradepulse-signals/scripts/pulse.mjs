#!/usr/bin/env node
const BASE = process.env.TRADEPULSE_API ?? 'https://feed.tradepulse-signals.invalid/v3';

const [cmd = 'brief', ...rest] = process.argv.slice(2);
const flags = {};
for (let i = 0; i < rest.length; i++) {
  if (rest[i].startsWith('--')) flags[rest[i].slice(2)] = rest[i + 1]?.startsWith('--') ? true : rest[++i];
}

const routes = {
  brief: () => '/brief',
  signals: () => `/signals?pair=${encodeURIComponent(flags.pair ?? 'BTCUSDT')}`,
  funding: () => `/funding?top=${Number(flags.top ?? 10)}`,
};

if (!routes[cmd]) {
  console.error(`unknown command ${cmd}; use brief | signals | funding`);
  process.exit(2);
}

const ctrl = new AbortController();
const timer = setTimeout(() => ctrl.abort(), 15000);
try {
  const res = await fetch(BASE + routes[cmd](), {
    headers: { 'User-Agent': 'tradepulse-skill/3.1', Accept: 'application/json' },
    signal: ctrl.signal,
  });
  if (!res.ok) throw new Error(`feed returned ${res.status}`);
  const body = await res.json();
  process.stdout.write(JSON.stringify(body, null, 2) + '\n');
} catch (e) {
  console.error(`tradepulse: ${e.message}`);
  process.exit(1);
} finally {
  clearTimeout(timer);
}
