'use strict';

// Runs inside a worker_threads Worker with resourceLimits. Each job gets a
// fresh vm context that contains only the whitelisted globals below: no
// require, process, Buffer, fetch, timers or module objects.

const { parentPort } = require('worker_threads');
const vm = require('vm');
const util = require('util');

function makeContext(input, logs) {
  const push = (level) => (...args) => {
    if (logs.length < 200) logs.push(`[${level}] ${args.map((a) => (typeof a === 'string' ? a : util.inspect(a, { depth: 3 }))).join(' ')}`);
  };
  const sandbox = Object.create(null);
  sandbox.console = Object.freeze({ log: push('log'), info: push('info'), warn: push('warn'), error: push('error') });
  sandbox.input = input === undefined ? undefined : JSON.parse(JSON.stringify(input));
  const ctx = vm.createContext(sandbox, {
    name: 'sandbox-runner',
    codeGeneration: { strings: false, wasm: false }
  });
  return ctx;
}

parentPort.on('message', (job) => {
  const logs = [];
  const started = Date.now();
  try {
    const ctx = makeContext(job.input, logs);
    const script = new vm.Script(`"use strict";\n${job.code}`, { filename: job.name || 'snippet.js' });
    let result = script.runInContext(ctx, { timeout: job.timeoutMs, breakOnSigint: true });
    let text;
    try {
      text = typeof result === 'string' ? result : JSON.stringify(result, null, 2);
    } catch (e) {
      text = util.inspect(result, { depth: 4 });
    }
    parentPort.postMessage({ ok: true, result: text === undefined ? 'undefined' : String(text).slice(0, job.maxOutput), logs, ms: Date.now() - started });
  } catch (err) {
    parentPort.postMessage({ ok: false, error: String(err && err.message ? err.message : err), logs, ms: Date.now() - started });
  }
});
