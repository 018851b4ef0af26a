'use strict';
const os = require('os');
const path = require('path');
const { Worker } = require('worker_threads');

// Fixed worker bootstrap, run with { eval: true }. It only ever executes functions that
// the *calling* code passed to exec() (serialised via toString) or module exports the
// caller named in run().
const WORKER_SOURCE = `
'use strict';
const { parentPort } = require('worker_threads');
const fnCache = new Map();
function revive(src) {
  let fn = fnCache.get(src);
  if (!fn) {
    fn = new Function('return (' + src + ')')();
    if (typeof fn !== 'function') throw new TypeError('exec() expects a function');
    fnCache.set(src, fn);
  }
  return fn;
}
parentPort.on('message', async (msg) => {
  try {
    let fn;
    if (msg.kind === 'fn') fn = revive(msg.src);
    else {
      const mod = require(msg.module);
      fn = msg.exportName ? mod[msg.exportName] : mod;
      if (typeof fn !== 'function') throw new TypeError(msg.module + ' has no function export ' + msg.exportName);
    }
    const value = await fn(...msg.args);
    parentPort.postMessage({ id: msg.id, ok: true, value });
  } catch (e) {
    parentPort.postMessage({ id: msg.id, ok: false, error: { message: e && e.message, stack: e && e.stack, name: e && e.name } });
  }
});
`;

class Pool {
  constructor({ size = Math.max(1, os.cpus().length - 1), timeoutMs = 0, resourceLimits } = {}) {
    this.size = size;
    this.timeoutMs = timeoutMs;
    this.resourceLimits = resourceLimits;
    this.idle = [];
    this.all = new Set();
    this.queue = [];
    this.nextId = 1;
    this.closed = false;
  }

  _spawn() {
    const w = new Worker(WORKER_SOURCE, { eval: true, resourceLimits: this.resourceLimits });
    w.current = null;
    w.on('message', (m) => this._done(w, m));
    w.on('error', (e) => this._crash(w, e));
    w.on('exit', () => this.all.delete(w));
    this.all.add(w);
    return w;
  }

  _acquire() {
    if (this.idle.length) return this.idle.pop();
    if (this.all.size < this.size) return this._spawn();
    return null;
  }

  _pump() {
    while (this.queue.length) {
      const w = this._acquire();
      if (!w) return;
      const task = this.queue.shift();
      w.current = task;
      if (task.timeoutMs) {
        task.timer = setTimeout(() => {
          task.reject(new Error(`task ${task.msg.id} timed out after ${task.timeoutMs} ms`));
          w.current = null;
          w.terminate();
          this._pump();
        }, task.timeoutMs);
      }
      w.postMessage(task.msg);
    }
  }

  _done(w, m) {
    const task = w.current;
    w.current = null;
    if (task && task.msg.id === m.id) {
      clearTimeout(task.timer);
      if (m.ok) task.resolve(m.value);
      else task.reject(Object.assign(new Error(m.error.message), { name: m.error.name, workerStack: m.error.stack }));
    }
    if (!this.closed) this.idle.push(w);
    this._pump();
  }

  _crash(w, e) {
    const task = w.current;
    w.current = null;
    this.all.delete(w);
    if (task) { clearTimeout(task.timer); task.reject(e); }
    this._pump();
  }

  _submit(msg, opts = {}) {
    if (this.closed) return Promise.reject(new Error('pool is destroyed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ msg: Object.assign({ id: this.nextId++ }, msg), resolve, reject, timeoutMs: opts.timeoutMs ?? this.timeoutMs });
      this._pump();
    });
  }

  exec(fn, args = [], opts) {
    if (typeof fn !== 'function') throw new TypeError('exec(fn): fn must be a function');
    return this._submit({ kind: 'fn', src: fn.toString(), args }, opts);
  }

  run(modulePath, exportName, args = [], opts) {
    if (!path.isAbsolute(modulePath)) throw new TypeError('run(): modulePath must be absolute (use require.resolve)');
    return this._submit({ kind: 'module', module: modulePath, exportName, args }, opts);
  }

  async destroy() {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error('pool destroyed'));
    await Promise.all(Array.from(this.all, (w) => w.terminate()));
    this.idle = [];
  }
}

function createPool(opts) {
  return new Pool(opts);
}

module.exports = { createPool, Pool };
