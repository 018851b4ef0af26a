#!/usr/bin/env node
"use strict";
const path = require("path");
const { spawnSync } = require("child_process");
const bin = process.env.TIDYFMT_BINARY_PATH ||
  path.join(__dirname, "native", process.platform === "win32" ? "tidyfmt.exe" : "tidyfmt");
const r = spawnSync(bin, process.argv.slice(2), { stdio: "inherit" });
if (r.error) {
  console.error(`tidyfmt: could not run ${bin}: ${r.error.message}. Reinstall or set TIDYFMT_BINARY_PATH.`);
  process.exit(1);
}
process.exit(r.status ?? 1);
