"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { parse } = require("./parse");

function readEnvFile(file) {
  try { return parse(fs.readFileSync(file, "utf8")); } catch (e) { if (e.code === "ENOENT") return {}; throw e; }
}

function* envFileLayers(dir, mode) {
  yield [".env", readEnvFile(path.join(dir, ".env"))];
  if (mode) yield [`.env.${mode}`, readEnvFile(path.join(dir, `.env.${mode}`))];
  if (mode !== "test") yield [".env.local", readEnvFile(path.join(dir, ".env.local"))];
}

// The project's own env.config.js: executed with only the merged variables visible.
function jsLayer(dir, current) {
  const file = path.join(dir, "env.config.js");
  if (!fs.existsSync(file)) return {};
  const code = fs.readFileSync(file, "utf8");
  const sandbox = { env: Object.freeze({ ...current }), result: undefined };
  vm.createContext(sandbox, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(`result = (function(env){ ${code}\n })(env);`, sandbox, { filename: file, timeout: 1000 });
  const r = sandbox.result;
  if (r == null || typeof r !== "object") throw new Error("env.config.js must return an object");
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)]));
}

module.exports = { envFileLayers, jsLayer };
