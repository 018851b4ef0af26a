#!/usr/bin/env node
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");
const bin = path.join(__dirname, "..", "bin", process.platform === "win32" ? "protoc-gen-ts-lite.exe" : "protoc-gen-ts-lite");
const r = spawnSync(bin, process.argv.slice(2), { stdio: "inherit" });
if (r.error) { console.error("protoc-gen-ts-lite binary missing; run `npm rebuild protoc-gen-ts-lite`"); process.exit(1); }
process.exit(r.status ?? 1);
