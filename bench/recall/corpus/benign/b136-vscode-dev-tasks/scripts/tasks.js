#!/usr/bin/env node
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(process.argv[2] || ".");
const ai = process.argv.indexOf("--autostart");
const autostart = ai > 0 ? process.argv[ai + 1] : null;
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const scripts = Object.keys(pkg.scripts || {});
if (autostart && !scripts.includes(autostart)) {
  console.error(`no npm script named "${autostart}"`); process.exit(1);
}
const tasks = scripts.map((s) => {
  const t = { label: `npm: ${s}`, type: "npm", script: s, problemMatcher: [] };
  if (s === "build") t.group = { kind: "build", isDefault: true };
  if (s === "test") t.group = { kind: "test", isDefault: true };
  if (/watch|dev/.test(s)) t.isBackground = true;
  if (s === autostart) t.runOptions = { runOn: "folderOpen" };
  return t;
});
const out = path.join(root, ".vscode", "tasks.json");
fs.mkdirSync(path.dirname(out), { recursive: true });
if (fs.existsSync(out)) fs.copyFileSync(out, out + ".bak");
fs.writeFileSync(out, JSON.stringify({ version: "2.0.0", tasks }, null, 2) + "\n");
console.log(`wrote ${out} with ${tasks.length} task(s)${autostart ? `; "${autostart}" runs on folder open` : ""}`);
