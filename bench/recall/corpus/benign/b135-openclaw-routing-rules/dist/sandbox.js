"use strict";
const vm = require("node:vm");
const fs = require("node:fs");

function loadRules(file) {
  const code = fs.readFileSync(file, "utf8");
  const rules = [];
  const context = vm.createContext(Object.freeze({
    rule: (name, test, agent) => {
      if (typeof test !== "function" || typeof agent !== "string") throw new TypeError(`rule ${name}: need (name, fn, agentId)`);
      rules.push({ name: String(name), test, agent });
    },
    match: (s, re) => re instanceof RegExp && re.test(String(s || "")),
    env: process.env.NODE_ENV || "production",
  }), { codeGeneration: { strings: false, wasm: false }, name: "routing-rules" });
  new vm.Script(code, { filename: file }).runInContext(context, { timeout: 50 });
  return rules;
}

function route(rules, msg) {
  const frozen = Object.freeze({ ...msg });
  for (const r of rules) {
    try { if (r.test(frozen)) return r; } catch { /* broken rule: skip */ }
  }
  return null;
}
module.exports = { loadRules, route };
