#!/usr/bin/env node
"use strict";

const path = require("path");
const { packages, dirSize } = require("../lib/scan");
const telemetry = require("../lib/telemetry");

const [cmd = "help", ...rest] = process.argv.slice(2);
const nm = path.join(process.cwd(), "node_modules");

function fmt(bytes) {
  return bytes > 1048576 ? (bytes / 1048576).toFixed(1) + " MB" : (bytes / 1024).toFixed(0) + " kB";
}

async function main() {
  switch (cmd) {
    case "dupes": {
      const byName = new Map();
      for (const p of packages(nm)) (byName.get(p.name) || byName.set(p.name, new Set()).get(p.name)).add(p.version);
      const d = [...byName].filter(([, v]) => v.size > 1).sort((a, b) => b[1].size - a[1].size);
      for (const [n, v] of d) console.log(`${n}: ${[...v].join(", ")}`);
      if (!d.length) console.log("No duplicated packages.");
      break;
    }
    case "size": {
      const n = Number(rest[rest.indexOf("-n") + 1]) || 20;
      const rows = [...packages(nm)].map((p) => ({ ...p, size: dirSize(p.dir) })).sort((a, b) => b.size - a.size).slice(0, n);
      for (const r of rows) console.log(`${fmt(r.size).padStart(9)}  ${r.name}@${r.version}`);
      break;
    }
    case "licenses": {
      const counts = {};
      for (const p of packages(nm)) counts[p.license] = (counts[p.license] || 0) + 1;
      for (const [l, c] of Object.entries(counts).sort((a, b) => b[1] - a[1])) console.log(`${String(c).padStart(5)}  ${l}`);
      break;
    }
    case "telemetry":
      telemetry.cli(rest[0] || "status");
      return;
    default:
      console.log("usage: pkgstat <dupes|size|licenses|telemetry> [options]");
      return;
  }
  await telemetry.send(cmd);
}

main().catch((e) => {
  console.error("pkgstat:", e.message);
  process.exit(1);
});
