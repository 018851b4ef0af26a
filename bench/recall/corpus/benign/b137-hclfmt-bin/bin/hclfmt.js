#!/usr/bin/env node
"use strict";
const path = require("path");
const fs = require("fs");
const { spawnSync } = require("child_process");
const exe = path.join(__dirname, "..", "vendor", process.platform === "win32" ? "hclfmt.exe" : "hclfmt");
if (!fs.existsSync(exe)) { console.error("hclfmt binary missing; reinstall the package"); process.exit(1); }
const r = spawnSync(exe, process.argv.slice(2), { stdio: "inherit" });
process.exit(r.status ?? 1);
