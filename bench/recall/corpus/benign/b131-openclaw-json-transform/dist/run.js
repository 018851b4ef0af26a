"use strict";
const { Worker } = require("worker_threads");
const SRC = require("./worker-src");

function run(fn, input, { timeoutMs = 1000, maxHeapMb = 64 } = {}) {
  return new Promise((resolve) => {
    const w = new Worker(SRC, {
      eval: true,
      workerData: { fn, input, timeoutMs },
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 16, codeRangeSizeMb: 16 },
      env: {},          // empty environment: no secrets visible inside the worker
      stdout: true,
      stderr: true,
    });
    const kill = setTimeout(() => { w.terminate(); resolve({ ok: false, error: `timed out after ${timeoutMs} ms` }); }, timeoutMs + 500);
    w.once("message", (m) => { clearTimeout(kill); w.terminate(); resolve(m); });
    w.once("error", (e) => { clearTimeout(kill); resolve({ ok: false, error: e.message }); });
    w.once("exit", (code) => { clearTimeout(kill); if (code) resolve({ ok: false, error: `worker exited (${code}) – memory limit?` }); });
  });
}

module.exports = { run };
