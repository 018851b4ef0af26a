"use strict";

const { Worker } = require("worker_threads");
const os = require("os");
const { sourceFor, TASKS } = require("./lib/sources");

function createPool({ task, size = Math.max(1, os.availableParallelism ? os.availableParallelism() - 1 : 2) } = {}) {
  const src = sourceFor(task);
  const workers = [];
  const idle = [];
  const queue = [];
  const pending = new Map();
  let seq = 0;

  function spawn() {
    const w = new Worker(src, { eval: true });
    w.on("message", ({ id, result }) => {
      const p = pending.get(id);
      pending.delete(id);
      p.resolve(result);
      release(w);
    });
    w.on("error", (e) => {
      for (const [id, p] of pending) if (p.w === w) { pending.delete(id); p.reject(e); }
      workers.splice(workers.indexOf(w), 1);
      const r = spawn();
      workers.push(r);
      release(r);
    });
    return w;
  }

  function release(w) {
    const next = queue.shift();
    if (next) dispatch(w, next);
    else idle.push(w);
  }

  function dispatch(w, job) {
    pending.set(job.id, { ...job, w });
    w.postMessage({ id: job.id, ...job.msg });
  }

  for (let i = 0; i < size; i++) {
    const w = spawn();
    workers.push(w);
    idle.push(w);
  }

  return {
    run(input, extra = {}) {
      return new Promise((resolve, reject) => {
        const job = { id: ++seq, msg: { input, ...extra }, resolve, reject };
        const w = idle.pop();
        if (w) dispatch(w, job);
        else queue.push(job);
      });
    },
    async destroy() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

module.exports = { createPool, TASKS };
