"use strict";

module.exports = `
const { parentPort, workerData } = require("worker_threads");
const vm = require("vm");
const logs = [];
const fmt = (v) => { try { return typeof v === "string" ? v : JSON.stringify(v); } catch { return String(v); } };
const sandbox = Object.create(null);
sandbox.console = { log: (...a) => logs.push(a.map(fmt).join(" ")), error: (...a) => logs.push("[error] " + a.map(fmt).join(" ")) };
for (const k of ["JSON", "Math", "Date", "Intl", "Array", "Object", "String", "Number", "Boolean", "RegExp", "Map", "Set",
  "Uint8Array", "Int32Array", "Float64Array", "BigInt", "parseInt", "parseFloat", "isNaN", "isFinite", "Error"]) sandbox[k] = globalThis[k];
const ctx = vm.createContext(sandbox, { codeGeneration: { strings: false, wasm: false } });
try {
  const result = new vm.Script(workerData.code, { filename: "snippet.js" }).runInContext(ctx, { timeout: workerData.timeoutMs });
  parentPort.postMessage({ ok: true, result: fmt(result), logs });
} catch (e) {
  parentPort.postMessage({ ok: false, error: String(e && e.message || e), logs });
}
`;
