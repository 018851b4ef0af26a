'use strict';
const path = require('path');
const os = require('os');
const { Worker } = require('worker_threads');

function createPool(modulePath, opts = {}) {
  const size = opts.size || Math.max(1, os.availableParallelism ? os.availableParallelism() - 1 : os.cpus().length - 1);
  const timeoutMs = opts.timeoutMs || 0;
  const idle = [];
  const all = new Set();
  const queue = [];
  let seq = 0;

  function spawn() {
    const w = new Worker(path.join(__dirname, 'lib', 'runner.js'), {
      workerData: { modulePath: path.resolve(modulePath) },
      env: opts.env || process.env,
      resourceLimits: opts.resourceLimits,
    });
    w.jobs = new Map();
    w.on('message', ({ id, ok, value, error }) => {
      const job = w.jobs.get(id);
      if (!job) return;
      w.jobs.delete(id);
      clearTimeout(job.timer);
      ok ? job.resolve(value) : job.reject(Object.assign(new Error(error.message), { stack: error.stack }));
      release(w);
    });
    w.on('error', (e) => { for (const j of w.jobs.values()) j.reject(e); all.delete(w); });
    all.add(w);
    return w;
  }

  function release(w) {
    const next = queue.shift();
    if (next) dispatch(w, next); else idle.push(w);
  }

  function dispatch(w, job) {
    w.jobs.set(job.id, job);
    if (timeoutMs) job.timer = setTimeout(() => { job.reject(new Error(`task ${job.fn} timed out`)); w.terminate(); all.delete(w); }, timeoutMs);
    w.postMessage({ id: job.id, fn: job.fn, args: job.args }, job.transfer || []);
  }

  function run(fn, ...args) {
    return new Promise((resolve, reject) => {
      const job = { id: ++seq, fn, args, resolve, reject };
      const w = idle.pop() || (all.size < size ? spawn() : null);
      if (w) dispatch(w, job); else queue.push(job);
    });
  }

  async function close() { await Promise.all([...all].map((w) => w.terminate())); all.clear(); idle.length = 0; }

  return { run, close, get size() { return all.size; } };
}

module.exports = { createPool };
