#!/usr/bin/env node
"use strict";
// dotenv-layered [--mode m] [--print] [-- command args...]
const { spawn } = require("child_process");
const { config, mask } = require("../lib");
const argv = process.argv.slice(2);
const sep = argv.indexOf("--");
const opts = sep >= 0 ? argv.slice(0, sep) : argv;
const cmd = sep >= 0 ? argv.slice(sep + 1) : [];
const mi = opts.indexOf("--mode");
const r = config({ mode: mi >= 0 ? opts[mi + 1] : undefined, override: opts.includes("--override") });
if (opts.includes("--print") || !cmd.length) {
  console.log(`# from ${r.files.join(", ") || "(no files)"}`);
  for (const [k, v] of Object.entries(r.parsed)) console.log(`${k}=${opts.includes("--reveal") ? v : mask(k, v)}`);
  if (!cmd.length) process.exit(0);
}
const child = spawn(cmd[0], cmd.slice(1), { stdio: "inherit", env: process.env, shell: process.platform === "win32" });
child.on("exit", (code, sig) => process.exit(sig ? 1 : code));
