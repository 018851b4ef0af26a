'use strict';

const { flushPending } = require('./flush');

const hooks = [];
let installed = false;
let running = false;

const DEFAULT_TIMEOUT = 5000;

function byPriority(a, b) {
  return b.priority - a.priority;
}

function addHook(fn, { name = fn.name || 'anonymous', priority = 0, timeout = DEFAULT_TIMEOUT } = {}) {
  if (typeof fn !== 'function') throw new TypeError('exit-hooks-plus: hook must be a function');
  const entry = { fn, name, priority, timeout };
  hooks.push(entry);
  hooks.sort(byPriority);
  install();
  return () => {
    const i = hooks.indexOf(entry);
    if (i !== -1) hooks.splice(i, 1);
  };
}

function withTimeout(promise, ms, name) {
  let t;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      t = setTimeout(() => reject(new Error(`hook "${name}" timed out after ${ms}ms`)), ms);
      if (t.unref) t.unref();
    }),
  ]).finally(() => clearTimeout(t));
}

async function runHooks(reason) {
  if (running) return;
  running = true;
  const errors = [];
  for (const h of hooks.slice()) {
    try {
      await withTimeout(Promise.resolve().then(() => h.fn(reason)), h.timeout, h.name);
    } catch (err) {
      errors.push({ name: h.name, err });
    }
  }
  await flushPending(reason).catch(() => {});
  for (const { name, err } of errors) {
    process.stderr.write(`[exit-hooks] ${name}: ${err && err.message}\n`);
  }
}

function signalHandler(signal) {
  const code = signal === 'SIGINT' ? 130 : 143;
  runHooks({ type: 'signal', signal }).finally(() => {
    process.removeListener(signal, signalHandler);
    process.exit(code);
  });
}

function install() {
  if (installed) return;
  installed = true;
  process.once('SIGINT', signalHandler);
  process.once('SIGTERM', signalHandler);
  process.once('SIGHUP', signalHandler);
  process.once('beforeExit', (code) => {
    runHooks({ type: 'beforeExit', code });
  });
  process.once('uncaughtException', (err) => {
    process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
    runHooks({ type: 'uncaughtException', error: err }).finally(() => process.exit(1));
  });
}

module.exports = addHook;
module.exports.addHook = addHook;
module.exports.runHooks = runHooks;
