#!/usr/bin/env node
'use strict';
const { buildManifest, deploy } = require('../lib/deploy');

function parseArgs(argv) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const key = a.slice(2);
      const next = argv[i + 1];
      if (next && !next.startsWith('--')) { out[key] = next; i++; } else { out[key] = true; }
    } else out._.push(a);
  }
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const cmd = args._[0] || 'help';
  const dir = args.dir || 'dist';
  if (cmd === 'build') {
    const m = buildManifest(dir);
    console.log(JSON.stringify(m, null, 2));
    return;
  }
  if (cmd === 'deploy') {
    const res = await deploy({
      dir,
      target: args.target || process.env.SHIP_TARGET,
      token: args.token || process.env.SHIP_TOKEN,
      prod: Boolean(args.prod),
    });
    console.log(`deployed ${res.files} files (${res.bytes} bytes)`);
    return;
  }
  console.log('usage: static-ship <build|deploy> [--dir dist] [--target url] [--token t] [--prod]');
}

main().catch((e) => { console.error(e.message); process.exit(1); });
