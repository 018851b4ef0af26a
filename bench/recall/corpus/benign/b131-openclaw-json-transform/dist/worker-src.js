"use strict";
// Source for the sandbox worker, passed to `new Worker(src, { eval: true })`
// so the plugin ships as a single directory without path resolution issues.
// Inside the worker the user's function runs in a fresh vm context that has
// no require, process, Buffer, timers or network - only JSON data and a few
// helpers. The input is parsed and the helpers are defined INSIDE the context,
// so no host-realm object (and thus no host Function constructor) is reachable.
module.exports = `
const { parentPort, workerData } = require("worker_threads");
const vm = require("vm");
const HELPERS = [
  "const sum = (a) => a.reduce((s, x) => s + Number(x || 0), 0);",
  "const groupBy = (a, f) => a.reduce((m, x) => { const k = String(f(x)); (m[k] = m[k] || []).push(x); return m; }, {});",
  "const uniq = (a) => [...new Set(a)];",
  "const pick = (o, ...ks) => Object.fromEntries(ks.filter((k) => k in o).map((k) => [k, o[k]]));",
  "const sortBy = (a, f) => [...a].sort((x, y) => (f(x) > f(y) ? 1 : f(x) < f(y) ? -1 : 0));",
].join("\\n");
try {
  const ctx = vm.createContext(Object.create(null), { codeGeneration: { strings: false, wasm: false } });
  ctx.__raw = String(workerData.input);
  ctx.__src = String(workerData.fn);
  const program = HELPERS + "\\n" +
    "const input = JSON.parse(__raw);\\n" +
    "const __fn = (" + workerData.fn + ");\\n" +
    "if (typeof __fn !== 'function') throw new Error('expression must be a function, e.g. (d) => d.items.length');\\n" +
    "JSON.stringify(__fn(input), null, 2);";
  const out = vm.runInContext(program, ctx, { timeout: workerData.timeoutMs });
  parentPort.postMessage({ ok: true, out: typeof out === "string" ? out : undefined });
} catch (e) {
  parentPort.postMessage({ ok: false, error: String((e && e.message) || e) });
}
`;
