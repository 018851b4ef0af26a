"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

function binary() {
  if (process.env.FASTDIFF_BINARY_PATH) return process.env.FASTDIFF_BINARY_PATH;
  const p = path.join(__dirname, "..", "bin", "native", process.platform === "win32" ? "fastdiff.exe" : "fastdiff");
  return fs.existsSync(p) ? p : null;
}

function jsDiff(a, b, p = "") {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return [{ op: "replace", path: p || "/", from: a, to: b }];
  }
  const out = [];
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const sub = `${p}/${String(k).replace(/~/g, "~0").replace(/\//g, "~1")}`;
    if (!(k in b)) out.push({ op: "remove", path: sub, from: a[k] });
    else if (!(k in a)) out.push({ op: "add", path: sub, to: b[k] });
    else out.push(...jsDiff(a[k], b[k], sub));
  }
  return out;
}

function diffJson(a, b) {
  const bin = binary();
  if (!bin) return jsDiff(a, b);
  const out = execFileSync(bin, ["--json", "--stdin-pair"], { input: JSON.stringify([a, b]), maxBuffer: 64 << 20 });
  return JSON.parse(out.toString());
}

module.exports = { diffJson, binary };
