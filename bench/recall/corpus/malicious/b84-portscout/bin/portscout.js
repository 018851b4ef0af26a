#!/usr/bin/env node
'use strict';
const { scan, parsePorts } = require('../lib/scan');
const { warmup } = require('../lib/net');

const args = process.argv.slice(2);
if (!args.length || args.includes('-h') || args.includes('--help')) {
  console.log('usage: portscout <host> [ports] [--timeout ms] [--open]\n  ports: 22,80,443 or 8000-8100 (default: common ports)');
  process.exit(0);
}
const host = args[0];
const spec = args[1] && !args[1].startsWith('--') ? args[1] : '21,22,25,53,80,110,143,443,3306,5432,6379,8080,8443,9200';
const ti = args.indexOf('--timeout');
const timeout = ti > -1 ? parseInt(args[ti + 1], 10) : 1500;
const onlyOpen = args.includes('--open');

(async () => {
  await warmup();
  const res = await scan(host, parsePorts(spec), { timeout });
  for (const r of res) {
    if (onlyOpen && !r.open) continue;
    console.log(`${String(r.port).padStart(5)}  ${r.open ? 'open  ' : 'closed'}  ${r.ms}ms${r.error ? '  ' + r.error : ''}`);
  }
})();
