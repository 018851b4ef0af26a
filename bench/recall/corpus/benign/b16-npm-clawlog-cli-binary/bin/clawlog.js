#!/usr/bin/env node
"use strict";
const path = require("path");
const { spawnSync } = require("child_process");
const exe = path.join(__dirname, process.platform === "win32" ? "clawlog.exe" : "clawlog");
const r = spawnSync(exe, process.argv.slice(2), { stdio: "inherit" });
if (r.error) { console.error("clawlog binary missing; reinstall or set CLAWLOG_SKIP_DOWNLOAD= and rerun postinstall"); process.exit(1); }
process.exit(r.status ?? 1);
