#!/usr/bin/env node
'use strict';
const { check } = require('../lib');
const args = process.argv.slice(2);
const json = args.includes('--json');
const servers = (args.find((a) => a.startsWith('--dns=')) || '').slice(6);
(async () => {
  let bad = 0;
  for (const a of args.filter((x) => !x.startsWith('--'))) {
    const r = await check(a, servers ? { servers: servers.split(',') } : {});
    if (!r.valid) bad++;
    console.log(json ? JSON.stringify(r) : `${r.valid ? 'OK  ' : 'FAIL'} ${a}  mx=${r.mx.map((m) => m.exchange).join(',') || '-'} spf=${r.spf} dmarc=${r.dmarc || '-'}${r.reasons.length ? '  (' + r.reasons.join(', ') + ')' : ''}`);
  }
  process.exit(bad ? 1 : 0);
})();
