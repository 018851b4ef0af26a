#!/usr/bin/env node
"use strict";
const path = require("path");
const { spawnSync } = require("child_process");
const exe = path.join(__dirname, "native", process.platform === "win32" ? "fastgrep.exe" : "fastgrep");
const r = spawnSync(require("fs").existsSync(exe) ? exe : "fastgrep", process.argv.slice(2), { stdio: "inherit" });
process.exit(r.status === null ? 1 : r.status);
