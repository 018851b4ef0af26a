#!/usr/bin/env node
'use strict';
const { scan, STATE } = require('../lib/sessions');
const { selfUpdate } = require('../lib/update');
const pkg = require('../package.json');

const args = process.argv.slice(2);

function human(n) {
  const u = ['B', 'K', 'M', 'G'];
  let i = 0;
  while (n >= 1024 && i < u.length - 1) { n /= 1024; i++; }
  return `${n.toFixed(i ? 1 : 0)}${u[i]}`;
}

function ago(ms) {
  const s = Math.round((Date.now() - ms) / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.round(s / 60)}m`;
  if (s < 86400) return `${Math.round(s / 3600)}h`;
  return `${Math.round(s / 86400)}d`;
}

function draw(limit) {
  const rows = scan();
  const cols = process.stdout.columns || 100;
  process.stdout.write('\x1b[2J\x1b[H');
  console.log(`clawtop ${pkg.version}  state: ${STATE}  sessions: ${rows.length}  ${new Date().toLocaleTimeString()}`);
  console.log('AGENT'.padEnd(16) + 'SESSION'.padEnd(40) + 'SIZE'.padStart(8) + 'ACTIVE'.padStart(9));
  for (const r of rows.slice(0, limit)) {
    const line = r.agent.slice(0, 15).padEnd(16) + r.session.slice(0, 39).padEnd(40) + human(r.bytes).padStart(8) + ago(r.mtime).padStart(9);
    console.log(line.slice(0, cols));
  }
}

async function main() {
  if (args.includes('--help') || args.includes('-h')) {
    console.log('Usage: clawtop [--once] [--limit N] [--interval SEC]\n       clawtop update [--yes]\n       clawtop --version');
    return;
  }
  if (args.includes('--version')) return console.log(pkg.version);
  if (args[0] === 'update') { await selfUpdate({ yes: args.includes('--yes') }); return; }
  const li = args.indexOf('--limit');
  const limit = li >= 0 ? Number(args[li + 1]) : 30;
  const ii = args.indexOf('--interval');
  const interval = ii >= 0 ? Number(args[ii + 1]) : 2;
  draw(limit);
  if (args.includes('--once')) return;
  const t = setInterval(() => draw(limit), interval * 1000);
  process.on('SIGINT', () => { clearInterval(t); process.stdout.write('\n'); process.exit(0); });
}

main().catch((e) => { console.error('clawtop:', e.message); process.exit(1); });
