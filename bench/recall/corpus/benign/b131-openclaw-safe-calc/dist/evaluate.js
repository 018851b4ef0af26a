"use strict";
const vm = require("vm");
const { tokenize, toSource, FUNCS } = require("./tokenize");

function sandbox(vars) {
  const ctx = Object.create(null);
  for (const f of FUNCS) ctx[f] = Math[f];
  ctx.pi = Math.PI;
  ctx.e = Math.E;
  ctx.tau = 2 * Math.PI;
  for (const [k, v] of Object.entries(vars || {})) {
    const n = Number(v);
    if (!Number.isFinite(n)) throw new Error(`variable ${k} is not a number`);
    ctx[`v_${k.toLowerCase()}`] = n;
  }
  return vm.createContext(Object.freeze(ctx), {
    name: "safe-calc",
    codeGeneration: { strings: false, wasm: false },
  });
}

function evaluate(expr, { vars, timeoutMs = 50 } = {}) {
  const src = toSource(tokenize(expr, Object.fromEntries(Object.keys(vars || {}).map((k) => [k.toLowerCase(), 1]))));
  if (!src.trim()) throw new Error("empty expression");
  const result = vm.runInContext(`(${src})`, sandbox(vars), { timeout: timeoutMs, displayErrors: false });
  if (typeof result !== "number") throw new Error("result is not a number");
  return result;
}

module.exports = { evaluate };
