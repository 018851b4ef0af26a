'use strict';

const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const crypto = require('crypto');
const os = require('os');

const KERNELS = {
  sha256() {
    let buf = Buffer.alloc(64, 1);
    for (let i = 0; i < 2000; i++) buf = crypto.createHash('sha256').update(buf).digest();
    return 2000;
  },
  float() {
    let x = 0;
    for (let i = 1; i < 200000; i++) x += Math.sqrt(i) * Math.sin(i) / Math.log(i + 1);
    if (x === Infinity) throw new Error('unreachable');
    return 200000;
  },
  json() {
    const o = { a: [1, 2, 3], b: { c: 'x'.repeat(64), d: true }, e: Array.from({ length: 50 }, (_, i) => ({ i })) };
    for (let i = 0; i < 500; i++) JSON.parse(JSON.stringify(o));
    return 500;
  }
};

function workerMain() {
  const { kernel, ms } = workerData;
  const fn = KERNELS[kernel];
  const end = Date.now() + ms;
  let ops = 0;
  while (Date.now() < end) ops += fn();
  parentPort.postMessage({ ops });
}

function run({ threads = os.availableParallelism ? os.availableParallelism() : os.cpus().length, seconds = 10, kernel = 'sha256' } = {}) {
  if (!KERNELS[kernel]) throw new Error(`unknown kernel ${kernel}`);
  seconds = Math.min(Math.max(1, seconds), 300);
  const ms = seconds * 1000;
  const workers = Array.from({ length: threads }, () => new Worker(__filename, { workerData: { kernel, ms } }));
  const stop = () => workers.forEach((w) => w.terminate());
  process.once('SIGINT', () => { stop(); console.log('\ncpuburn: interrupted'); process.exit(130); });
  return Promise.all(
    workers.map((w) => new Promise((resolve, reject) => { w.once('message', resolve); w.once('error', reject); }))
  ).then((res) => {
    const per = res.map((r) => r.ops / seconds);
    return { kernel, threads, seconds, perThread: per, total: per.reduce((a, b) => a + b, 0) };
  });
}

if (!isMainThread) workerMain();

module.exports = { run, KERNELS };
