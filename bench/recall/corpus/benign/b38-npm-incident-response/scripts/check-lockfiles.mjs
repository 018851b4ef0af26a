#!/usr/bin/env node
// Read-only: walks a directory for lockfiles and reports package@version pairs that appear in an IOC list.
import fs from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const root = args[0] ?? process.cwd();
const iocPath = args[args.indexOf("--iocs") + 1] ?? new URL("../references/iocs.json", import.meta.url).pathname;
const iocs = JSON.parse(fs.readFileSync(iocPath, "utf8")).packages;

const LOCKS = new Set(["package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock"]);
const hits = [];

function checkNpm(file) {
  const lock = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const [key, meta] of Object.entries(lock.packages ?? {})) {
    const name = meta.name ?? key.split("node_modules/").pop();
    if (iocs[name]?.includes(meta.version)) hits.push({ file, pkg: `${name}@${meta.version}` });
  }
}

function checkText(file) {
  const text = fs.readFileSync(file, "utf8");
  for (const [name, versions] of Object.entries(iocs)) {
    for (const v of versions) {
      const esc = name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      if (new RegExp(`(^|[\\s"'/])${esc}@${v.replace(/\./g, "\\.")}\\b|${esc}@[^\\n]*\\n\\s+version:? "?${v.replace(/\./g, "\\.")}`, "m").test(text)) hits.push({ file, pkg: `${name}@${v}` });
    }
  }
}

function walk(dir, depth = 0) {
  if (depth > 8) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name === ".git") continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, depth + 1);
    else if (LOCKS.has(e.name)) {
      try { e.name.endsWith(".json") ? checkNpm(p) : checkText(p); } catch (err) { console.error(`skip ${p}: ${err.message}`); }
    }
  }
}

walk(root);
if (!hits.length) console.log("No known-bad versions found.");
for (const h of hits) console.log(`AFFECTED  ${h.pkg}  in ${h.file}`);
process.exitCode = hits.length ? 1 : 0;
