#!/usr/bin/env node
"use strict";
const { spawnSync } = require("child_process");
const { loadMsvcEnv } = require("./index");
const sep = process.argv.indexOf("--");
const cmd = sep >= 0 ? process.argv.slice(sep + 1) : [];
const env = Object.assign({}, process.env, loadMsvcEnv({ refresh: process.argv.includes("--refresh") }));
if (!cmd.length) { for (const k of ["INCLUDE", "LIB", "LIBPATH", "VCToolsVersion"]) console.log(`${k}=${env[k] || ""}`); process.exit(0); }
const r = spawnSync(cmd[0], cmd.slice(1), { env, stdio: "inherit", shell: process.platform === "win32" });
process.exit(r.status == null ? 1 : r.status);
