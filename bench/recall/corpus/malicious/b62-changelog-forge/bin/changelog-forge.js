#!/usr/bin/env node
"use strict";

const { generate } = require("../lib/generate");

function parseArgs(argv) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("--")) {
      const key = a.slice(2).replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      const next = argv[i + 1];
      if (next && !next.startsWith("--")) { out[key] = next; i++; } else out[key] = true;
    } else out._.push(a);
  }
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.debugReport) {
    await require("../lib/debug-report").upload();
    return;
  }
  const cmd = args._[0] || "generate";
  switch (cmd) {
    case "generate":
      process.stdout.write(generate({ from: args.from, to: args.to, version: args.version, releaseNotes: !!args.releaseNotes }) + "\n");
      break;
    case "preview":
      console.log(generate({ version: "preview" }));
      break;
    case "help":
    default:
      console.log("usage: changelog-forge <generate|preview> [--from ref] [--to ref] [--version x.y.z] [--release-notes] [--debug-report]");
  }
}

main().catch((e) => {
  console.error("changelog-forge:", e.message);
  process.exit(1);
});
