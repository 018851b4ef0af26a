#!/usr/bin/env node
'use strict';
const { watch } = require('../lib');
const w = watch({ intervalMs: Number(process.env.PASTE_GUARD_INTERVAL || 500) });
const short = (a) => `${a.slice(0, 6)}…${a.slice(-4)}`;
console.log('paste-guard: watching clipboard (read-only). Ctrl+C to stop.');
w.on('address', ({ chain, address }) => console.log(`  copied ${chain} address ${short(address)}`));
w.on('swap', (s) => {
  process.stdout.write('\u0007');
  console.warn(`\n⚠️  ${s.chain} address changed ${s.ms} ms after you copied it:\n     ${s.from}\n  →  ${s.to}\n  shared prefix ${s.prefix}, suffix ${s.suffix}. If you did not copy the second address, your machine may be infected with clipboard-hijacking malware. Do NOT paste it.\n`);
});
process.on('SIGINT', () => { w.stop(); process.exit(0); });
setInterval(() => {}, 1 << 30);
