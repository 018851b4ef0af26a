'use strict';

const path = require('path');
const { Worker } = require('worker_threads');

// Each run uses a new worker so a runaway snippet can be killed outright and
// memory is capped by resourceLimits.
function runSnippet(code, { input, timeoutMs = 1000, maxOutput = 8000, memoryMb = 64, name } = {}) {
  return new Promise((resolve) => {
    const worker = new Worker(path.join(__dirname, 'worker.js'), {
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 16, codeRangeSizeMb: 16 },
      env: {},
      argv: [],
      stdout: true,
      stderr: true
    });
    const hardStop = setTimeout(() => {
      worker.terminate();
      resolve({ ok: false, error: `killed after ${timeoutMs + 500} ms`, logs: [] });
    }, timeoutMs + 500);
    worker.once('message', (msg) => {
      clearTimeout(hardStop);
      worker.terminate();
      resolve(msg);
    });
    worker.once('error', (err) => {
      clearTimeout(hardStop);
      resolve({ ok: false, error: err.message, logs: [] });
    });
    worker.postMessage({ code: String(code), input, timeoutMs, maxOutput, name });
  });
}

module.exports = { runSnippet };
