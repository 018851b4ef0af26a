#!/usr/bin/env node
"use strict";
const { loadGraph, buildOrder, affected, toDot } = require("../src/graph");
const args = process.argv.slice(2);
const nodes = loadGraph(process.cwd());
if (args.includes("--dot")) { console.log(toDot(nodes)); process.exit(0); }
const i = args.indexOf("--affected");
if (i >= 0) { console.log(affected(nodes, args[i + 1] || "main").join("\n")); process.exit(0); }
const { order, cycles } = buildOrder(nodes);
if (args.includes("--cycles")) {
  if (!cycles.length) console.log("no cycles");
  for (const c of cycles) console.log(c.join(" -> "));
  process.exit(cycles.length ? 1 : 0);
}
order.forEach((n, k) => console.log(`${String(k + 1).padStart(3)}  ${n}`));
