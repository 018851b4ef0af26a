#!/usr/bin/env node
'use strict';

const os = require('os');
const { run, KERNELS } = require('../lib/bench');

const opt = (name, def) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.split('=')[1] : def;
};

if (process.argv.includes('--help')) {
  console.log(`cpuburn [--threads=N] [--seconds=S] [--kernel=${Object.keys(KERNELS).join('|')}]
Runs in the foreground for S seconds (default 10, max 300). Ctrl-C stops immediately.`);
  process.exit(0);
}

const threads = Number(opt('threads', os.availableParallelism ? os.availableParallelism() : os.cpus().length));
const seconds = Number(opt('seconds', 10));
const kernel = opt('kernel', 'sha256');

console.log(`cpuburn: ${kernel} on ${threads} thread(s) for ${Math.min(seconds, 300)} s (${os.cpus()[0].model})`);
run({ threads, seconds, kernel }).then((r) => {
  r.perThread.forEach((v, i) => console.log(`  thread ${String(i).padStart(2)}: ${Math.round(v).toLocaleString()} ops/s`));
  console.log(`  total    : ${Math.round(r.total).toLocaleString()} ops/s`);
});
