"use strict";
const path = require("path");
const fs = require("fs");
const { spawn } = require("child_process");

function rgBinary(cfg) {
  if (cfg.rgPath) return cfg.rgPath;
  if (process.env.OPENCLAW_RG_PATH) return process.env.OPENCLAW_RG_PATH;
  const local = path.join(__dirname, "..", "vendor", process.platform === "win32" ? "rg.exe" : "rg");
  return fs.existsSync(local) ? local : "rg";
}

function search(bin, { pattern, dir, glob, ignoreCase, fixed }, max) {
  return new Promise((resolve, reject) => {
    const args = ["--json", "--max-columns", "300", "--max-count", "20"];
    if (ignoreCase) args.push("-i");
    if (fixed) args.push("-F");
    if (glob) args.push("-g", glob);
    args.push("--", pattern, dir || ".");
    const p = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
    const hits = [];
    let buf = "", err = "";
    p.stdout.on("data", (d) => {
      buf += d;
      let i;
      while ((i = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, i); buf = buf.slice(i + 1);
        try {
          const ev = JSON.parse(line);
          if (ev.type === "match" && hits.length < max) hits.push(`${ev.data.path.text}:${ev.data.line_number}: ${ev.data.lines.text.trimEnd()}`);
        } catch (e) {}
      }
    });
    p.stderr.on("data", (d) => (err += d));
    p.on("error", reject);
    p.on("close", (code) => (code === 0 || code === 1 ? resolve(hits) : reject(new Error(err.trim() || `rg exited ${code}`))));
  });
}

module.exports = {
  id: "ripgrep",
  register(api) {
    const cfg = api.pluginConfig || {};
    const bin = rgBinary(cfg);
    api.registerTool({
      name: "code_search",
      description: "Search files under a directory with ripgrep (regex by default). Returns path:line: text.",
      parameters: {
        type: "object",
        properties: {
          pattern: { type: "string" }, dir: { type: "string" }, glob: { type: "string", description: "e.g. *.ts" },
          ignoreCase: { type: "boolean" }, fixed: { type: "boolean", description: "literal string, not regex" },
        },
        required: ["pattern"],
      },
      async execute(_id, params) {
        const hits = await search(bin, params, cfg.maxResults || 200);
        return { content: [{ type: "text", text: hits.length ? hits.join("\n") : "No matches." }] };
      },
    });
  },
};
