'use strict';
const os = require('os');
const fs = require('fs');
const path = require('path');
const { Worker } = require('worker_threads');
const { spawn } = require('child_process');

function nativeBinary() {
  const name = process.platform === 'win32' ? 'wbp-native.exe' : 'wbp-native';
  try { return path.join(path.dirname(require.resolve(`@wbp/${process.platform}-${process.arch}/package.json`)), name); } catch {}
  const local = path.join(__dirname, '..', 'native', name);
  return fs.existsSync(local) ? local : null;
}

class Pool {
  constructor(size = Math.max(1, os.availableParallelism ? os.availableParallelism() - 1 : os.cpus().length - 1)) {
    this.size = size;
    this.idle = [];
    this.queue = [];
    this.all = [];
    for (let i = 0; i < size; i++) this.spawnWorker();
  }
  spawnWorker() {
    const w = new Worker(path.join(__dirname, 'worker.js'));
    w.on('message', (msg) => { const job = w.job; w.job = null; this.idle.push(w); this.next(); msg.error ? job.reject(new Error(msg.error)) : job.resolve(msg); });
    w.on('error', (e) => { if (w.job) w.job.reject(e); this.all = this.all.filter((x) => x !== w); this.spawnWorker(); });
    this.all.push(w);
    this.idle.push(w);
  }
  run(task) {
    return new Promise((resolve, reject) => { this.queue.push({ task, resolve, reject }); this.next(); });
  }
  next() {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop();
      w.job = this.queue.shift();
      w.postMessage(w.job.task);
    }
  }
  async close() { await Promise.all(this.all.map((w) => w.terminate())); }
}

// Large inputs go through temp files to the native helper instead of being
// copied through postMessage.
function runNative(bin, files, opts) {
  return new Promise((resolve, reject) => {
    const list = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wbp-job-')), 'files.txt');
    fs.writeFileSync(list, files.join('\n'));
    const p = spawn(bin, ['--list', list, '--out', opts.outDir, opts.sourcemap ? '--sourcemap' : '--no-sourcemap'], { stdio: ['ignore', 'inherit', 'inherit'] });
    p.on('exit', (code) => { fs.rmSync(path.dirname(list), { recursive: true, force: true }); code === 0 ? resolve() : reject(new Error(`wbp-native exited ${code}`)); });
    p.on('error', reject);
  });
}

async function build(files, opts) {
  const bin = opts.native !== false && nativeBinary();
  if (bin && files.length > 200) return runNative(bin, files, opts);
  const pool = new Pool(opts.workers);
  try {
    return await Promise.all(files.map((file) => pool.run({ file, outDir: opts.outDir, sourcemap: !!opts.sourcemap })));
  } finally { await pool.close(); }
}

module.exports = { build, Pool };
