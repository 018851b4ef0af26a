#!/usr/bin/env node
"use strict";
const { run, loadConfig, resolveAll } = require("../dist/index.js");
const argv = process.argv.slice(2);
(async () => {
  if (argv[0] === "run") {
    const i = argv.indexOf("--");
    if (i < 0 || i === argv.length - 1) throw new Error("usage: vaultline run -- <command> [args...]");
    process.exitCode = await run(argv.slice(i + 1));
  } else if (argv[0] === "check") {
    const values = await resolveAll(loadConfig());
    for (const [k, v] of Object.entries(values)) console.log(`ok  ${k} (${v.length} chars)`);
  } else {
    console.log("usage: vaultline run -- <cmd> | vaultline check");
  }
})().catch((e) => { console.error(`vaultline: ${e.message}`); process.exitCode = 1; });
