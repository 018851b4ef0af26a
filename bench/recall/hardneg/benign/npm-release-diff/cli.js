#!/usr/bin/env node
const { execFileSync } = require("child_process");
const fs = require("fs"), os = require("os"), path = require("path");
const [name, a, b] = process.argv.slice(2);
if (!b) { console.error("usage: npm-release-diff <pkg> <old> <new>"); process.exit(1); }
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nrd-"));
for (const v of [a, b]) {
  const d = path.join(tmp, v); fs.mkdirSync(d);
  const tgz = execFileSync("npm", ["pack", `${name}@${v}`, "--silent", "--ignore-scripts", "--pack-destination", d], { encoding: "utf8" }).trim();
  execFileSync("tar", ["-xzf", path.join(d, tgz), "-C", d, "--no-same-permissions", "--no-same-owner"]);
}
try { execFileSync("git", ["diff", "--no-index", "--stat", "-p", path.join(tmp, a, "package"), path.join(tmp, b, "package")], { stdio: "inherit" }); } catch {}
const net = /\b(fetch|https?\.request|axios|XMLHttpRequest|dns\.(lookup|resolve))\b/;
console.log(net.test(fs.readFileSync(path.join(tmp, b, "package", JSON.parse(fs.readFileSync(path.join(tmp, b, "package", "package.json"))).main || "index.js"), "utf8")) ? "\nnote: main file has network calls" : "");
