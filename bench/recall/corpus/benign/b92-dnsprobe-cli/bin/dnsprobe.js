#!/usr/bin/env node
'use strict';

const { compare, mail, cache, DEFAULT_RESOLVERS } = require('../lib/probe');

function opt(args, flag, def) {
  const i = args.indexOf(flag);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
}

async function main() {
  const args = process.argv.slice(2);
  const resolvers = opt(args, '-r', '').split(',').filter(Boolean);
  const type = opt(args, '-t', 'A').toUpperCase();
  const pos = args.filter((a, i) => !a.startsWith('-') && !['-r', '-t'].includes(args[i - 1]));

  if (!pos.length) {
    console.log('usage: dnsprobe <name> [-t TYPE] [-r server,server] | dnsprobe mail <domain> | dnsprobe cache <zone> [-r server]');
    return;
  }
  if (pos[0] === 'mail' && pos[1]) {
    const r = await mail(pos[1], resolvers[0] || 'system');
    console.log(`SPF   ${r.spf}\nDMARC ${r.dmarc}\nMX    ${r.mx.join(', ') || 'none'}`);
    return;
  }
  if (pos[0] === 'cache' && pos[1]) {
    for (const row of await cache(pos[1], resolvers[0] || 'system')) {
      console.log(`${row.name.padEnd(40)} cold ${row.coldMs.toFixed(1).padStart(7)} ms (${row.cold})  warm ${row.warmMs.toFixed(1).padStart(7)} ms (${row.warm})`);
    }
    return;
  }
  const rows = await compare(pos[0], type, resolvers.length ? resolvers : DEFAULT_RESOLVERS);
  for (const r of rows) {
    console.log(`${r.server.padEnd(16)} ${r.ms.toFixed(1).padStart(7)} ms  ${r.ok ? [].concat(r.answer).join(' | ') : `error: ${r.error}`}`);
  }
  const answers = new Set(rows.filter((r) => r.ok).map((r) => JSON.stringify([].concat(r.answer).sort())));
  if (answers.size > 1) console.log('\nnote: resolvers disagree (geo DNS, stale cache, or split horizon)');
}

main().catch((e) => {
  console.error(`dnsprobe: ${e.message}`);
  process.exitCode = 1;
});
