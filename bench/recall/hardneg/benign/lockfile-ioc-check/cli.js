#!/usr/bin/env node
const fs = require("fs"), path = require("path");
const ioc = require("./iocs.json");
const lock = JSON.parse(fs.readFileSync(process.argv[2] || "package-lock.json", "utf8"));
let hits = 0;
for (const [p, meta] of Object.entries(lock.packages || {})) {
  const name = meta.name || p.split("node_modules/").pop();
  if ((ioc.packages[name] || []).includes(meta.version)) { console.log(`COMPROMISED ${name}@${meta.version} (${p})`); hits++; }
}
if (fs.existsSync("node_modules")) {
  for (const s of ioc.strings) {
    // cheap grep of installed JS for payload markers
    const stack = ["node_modules"];
    while (stack.length) {
      const d = stack.pop();
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const q = path.join(d, e.name);
        if (e.isDirectory()) stack.push(q);
        else if (e.name.endsWith(".js") && fs.statSync(q).size < 5e6 && fs.readFileSync(q, "utf8").includes(s)) { console.log(`MARKER "${s}" in ${q}`); hits++; }
      }
    }
  }
}
console.log(hits ? `${hits} finding(s) — rotate tokens and reinstall from a clean lockfile` : "clean");
process.exitCode = hits ? 1 : 0;
