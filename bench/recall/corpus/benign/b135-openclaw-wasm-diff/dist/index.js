"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { diffLines } = require("./myers");

let wasmCore = null;
async function loadWasm() {
  try {
    const bytes = fs.readFileSync(path.join(__dirname, "..", "wasm", "diff.wasm"));
    if (!WebAssembly.validate(bytes)) return null;
    const { instance } = await WebAssembly.instantiate(bytes, {}); // no host imports
    return typeof instance.exports.diff_lcs === "function" ? instance.exports : null;
  } catch { return null; }
}

function readMaybe(x) { return fs.existsSync(x) && fs.statSync(x).isFile() ? fs.readFileSync(x, "utf8") : x; }

module.exports = {
  id: "wasm-diff",
  register(api) {
    const cfg = api.pluginConfig || {};
    if (cfg.useWasm !== false) loadWasm().then((w) => { wasmCore = w; api.logger.debug?.(`wasm-diff: ${w ? "wasm" : "js"} core`); });
    api.registerTool({
      name: "diff_text",
      description: "Unified line diff between two texts or file paths",
      parameters: { type: "object", properties: { a: { type: "string" }, b: { type: "string" }, context: { type: "integer", default: 3 } }, required: ["a", "b"] },
      async execute(_id, p) {
        const A = readMaybe(p.a).split("\n"), B = readMaybe(p.b).split("\n");
        const lines = diffLines(A, B);
        const ctx = p.context ?? 3;
        const keep = lines.map((l, i) => l[0] !== " " || lines.slice(Math.max(0, i - ctx), i + ctx + 1).some((x) => x[0] !== " "));
        const text = lines.filter((_, i) => keep[i]).join("\n");
        return { content: [{ type: "text", text: text || "(identical)" }] };
      },
    });
  },
};
