#!/usr/bin/env node
"use strict";
const { spawnSync } = require("child_process");
const { binary } = require("../lib");
const bin = binary();
if (!bin) { console.error("fastdiff: native binary missing; reinstall or set FASTDIFF_BINARY_PATH"); process.exit(1); }
const r = spawnSync(bin, process.argv.slice(2), { stdio: "inherit" });
process.exit(r.status ?? 1);
