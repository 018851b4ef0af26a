"use strict";
const fs = require("fs");
const path = require("path");

// Remove a module and every cached module under the tools dir that it pulled
// in, so helpers edited alongside a tool are re-read too. Only touches files
// inside `root` - never other plugins or the gateway.
function purge(root) {
  const prefix = path.resolve(root) + path.sep;
  let n = 0;
  for (const key of Object.keys(require.cache)) {
    if (key.startsWith(prefix)) {
      delete require.cache[key];
      n++;
    }
  }
  return n;
}

function loadAll(root) {
  const tools = new Map();
  const errors = [];
  let files = [];
  try { files = fs.readdirSync(root).filter((f) => /\.(c?js)$/.test(f) && !f.startsWith("_")); } catch (e) { errors.push(`${root}: ${e.message}`); }
  for (const f of files) {
    const file = path.join(root, f);
    try {
      const mod = require(file);
      const def = mod && mod.default ? mod.default : mod;
      if (!def || typeof def.execute !== "function" || !def.name) throw new Error("must export { name, description, parameters, execute }");
      tools.set(def.name, { ...def, file });
    } catch (e) {
      errors.push(`${f}: ${e.message}`);
    }
  }
  return { tools, errors };
}

module.exports = { purge, loadAll };
