#!/usr/bin/env node
'use strict';
const { lookup, compare, timeQuery, systemServers } = require('../lib');

const HELP = `dnsprobe <name> [type] [options]

  type                 A (default), AAAA, MX, TXT, CNAME, NS, SOA, CAA, SRV, PTR
  -s, --server IP      query this resolver (repeatable); default: system resolvers
  --compare            query every --server and flag differing answers
  --latency N          send N raw UDP queries to each resolver and report min/avg/max
  --json               machine-readable output

examples:
  dnsprobe example.com MX
  dnsprobe api.example.com A -s 192.0.2.53 -s 198.51.100.53 --compare
  dnsprobe example.com --latency 5`;

const argv = process.argv.slice(2);
if (!argv.length || argv.includes('-h') || argv.includes('--help')) { console.log(HELP); process.exit(0); }

const servers = [];
const positional = [];
let compareMode = false, json = false, latency = 0;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '-s' || a === '--server') servers.push(argv[++i]);
  else if (a === '--compare') compareMode = true;
  else if (a === '--json') json = true;
  else if (a === '--latency') latency = parseInt(argv[++i], 10) || 3;
  else positional.push(a);
}
const [name, type = 'A'] = positional;

function fmt(answer) {
  if (!Array.isArray(answer)) return JSON.stringify(answer);
  return answer.map((x) => (typeof x === 'string' ? x : Array.isArray(x) ? x.join('') : JSON.stringify(x))).join('\n    ');
}

(async () => {
  const targets = servers.length ? servers : systemServers();
  if (latency) {
    const rows = [];
    for (const s of targets) {
      const times = [];
      for (let i = 0; i < latency; i++) {
        const r = await timeQuery(s.replace(/^\[|\]$/g, ''), name, type.toUpperCase());
        if (r.ok) times.push(r.ms);
      }
      rows.push({ server: s, sent: latency, ok: times.length, min: Math.min(...times), avg: times.reduce((a, b) => a + b, 0) / (times.length || 1), max: Math.max(...times) });
    }
    if (json) return console.log(JSON.stringify(rows, null, 2));
    for (const r of rows) console.log(`${r.server.padEnd(22)} ${r.ok}/${r.sent} ok  min ${r.min}ms  avg ${r.avg.toFixed(1)}ms  max ${r.max}ms`);
    return;
  }
  if (compareMode) {
    const { results, consistent } = await compare(name, type.toUpperCase(), targets);
    if (json) return console.log(JSON.stringify({ results, consistent }, null, 2));
    for (const r of results) console.log(`${r.server.padEnd(22)} ${r.ok ? fmt(r.answer) : 'ERROR ' + r.error}  (${r.ms}ms)`);
    console.log(consistent ? '\n✓ all resolvers agree' : '\n✗ resolvers returned different answers');
    return;
  }
  const r = await lookup(name, type.toUpperCase(), servers[0]);
  if (json) return console.log(JSON.stringify(r, null, 2));
  console.log(`;; ${name} ${type.toUpperCase()} via ${r.server} (${r.ms}ms)`);
  console.log(r.ok ? `    ${fmt(r.answer)}` : `    ${r.error}`);
  process.exitCode = r.ok ? 0 : 1;
})();
